package org.socialsim.attempt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.socialsim.attempt.AttemptKeys;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.work.CrisisRoom;
import org.socialsim.scenario.definition.CrisisDefinition;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.Explanation;
import org.socialsim.simulation.plan.CrisisFollowUp;
import org.socialsim.simulation.plan.CrisisResponse;
import org.socialsim.simulation.plan.CrisisStrategy;

/**
 * The crisis room, open from the week the crisis breaks: the trigger and the facts the brand knows, mentions growing
 * hour by hour, and the brand's response (first response time, SCCT strategy, bolstering, channels, holding
 * statement, pausing promotion, follow-ups). The response autosaves and re-scores; it is fixed once the week after the
 * crisis has run.
 */
final class CrisisPanel extends Div {

    /** First-response times to choose from, in hours after the trigger. */
    static final List<Double> FIRST_RESPONSE_HOURS = List.of(0.5, 1.0, 2.0, 4.0, 8.0, 12.0, 24.0, 48.0);

    private final WeeksView view;
    private final boolean answerable;
    final Select<Double> firstResponse = new Select<>();
    final RadioButtonGroup<CrisisStrategy> strategy = new RadioButtonGroup<>();
    final Checkbox bolster = new Checkbox();
    final CheckboxGroup<Platform> channels = new CheckboxGroup<>();
    final TextArea holdingStatement = new TextArea();
    final Checkbox pausePromotion = new Checkbox();
    final Div followUps = new Div();
    final Button addFollowUp = new Button();
    final Paragraph status = new Paragraph();
    private final Div timeline = new Div();
    private final Div review = new Div();
    private final List<FollowUpRow> rows = new ArrayList<>();
    private boolean filling;
    private boolean built;

    CrisisPanel(WeeksView view) {
        this.view = view;
        AttemptState state = view.current();
        CrisisDefinition crisis = state.scenario().crisis();
        answerable = view.canEdit() && CrisisRoom.answerable(crisis.week(), state.weeksRun());
        setId("weeks-crisis");
        addClassName("crisis-room");
    }

    /**
     * Builds the room the first time it is shown: a "Run week" click then sends only what the student sees first
     * (the inbox), which keeps the click fast.
     */
    void show() {
        if (built) {
            return;
        }
        built = true;
        AttemptState state = view.current();
        CrisisDefinition crisis = state.scenario().crisis();
        H3 title = new H3(getTranslation("crisis.title"));
        Paragraph when = new Paragraph(getTranslation(
                "crisis.broke",
                getTranslation(AttemptKeys.label(crisis.kind())),
                crisis.week(),
                getTranslation(AttemptKeys.label(crisis.day())),
                String.format(Locale.ROOT, "%02d:00", crisis.hour())));
        when.addClassName("crisis-when");
        Paragraph trigger = new Paragraph(crisis.trigger());
        trigger.setId("crisis-trigger");
        trigger.addClassName("crisis-trigger");
        Div facts = new Div(new H4(getTranslation("crisis.facts")), new Markdown(crisis.facts()));
        facts.addClassName("crisis-facts");
        Div situation = new Div(trigger, facts);
        situation.addClassName("crisis-situation");

        timeline.addClassName("crisis-timeline");
        review.setId("crisis-review");
        review.addClassName("crisis-review");

        Div decisions = decisions(state, crisis);
        add(title, when, situation, timeline, decisions, review);
        fill(state.plan().crisis());
        rescored();
    }

    private Div decisions(AttemptState state, CrisisDefinition crisis) {
        Div decisions = new Div();
        decisions.setId("crisis-decisions");
        decisions.addClassName("crisis-decisions");
        decisions.add(new H4(getTranslation("crisis.decisions")));
        Paragraph note = new Paragraph(
                answerable
                        ? getTranslation("crisis.open", crisis.week() + 1)
                        : view.canEdit()
                                ? getTranslation("crisis.fixed", crisis.week() + 1)
                                : getTranslation("crisis.read-only"));
        note.setId("crisis-note");
        note.addClassName(answerable ? "muted" : "frozen-note");
        decisions.add(note);

        firstResponse.setId("crisis-first-response");
        firstResponse.setLabel(getTranslation("crisis.first-response"));
        firstResponse.setPlaceholder(getTranslation("crisis.first-response.placeholder"));
        firstResponse.setItems(FIRST_RESPONSE_HOURS);
        firstResponse.setItemLabelGenerator(this::hoursLabel);

        strategy.setId("crisis-strategy");
        strategy.setLabel(getTranslation("crisis.strategy"));
        strategy.setItems(CrisisStrategy.values());
        strategy.setRenderer(new ComponentRenderer<>(choice -> {
            Span name = new Span(getTranslation(AttemptKeys.label(choice)));
            name.addClassName("strategy-name");
            Span explanation = new Span(
                    switch (choice) {
                        case DENY -> getTranslation("crisis.strategy.deny");
                        case DIMINISH -> getTranslation("crisis.strategy.diminish");
                        case REBUILD -> getTranslation("crisis.strategy.rebuild");
                    });
            explanation.addClassName("strategy-explanation");
            return new Div(name, explanation);
        }));
        strategy.addClassName("crisis-strategy");

        bolster.setId("crisis-bolster");
        bolster.setLabel(getTranslation("crisis.bolster"));
        channels.setId("crisis-channels");
        channels.setLabel(getTranslation("crisis.channels"));
        channels.setItems(state.scenario().platforms().keySet());
        channels.setItemLabelGenerator(platform -> getTranslation(AttemptKeys.label(platform)));
        holdingStatement.setId("crisis-holding-statement");
        holdingStatement.setLabel(getTranslation("crisis.holding-statement"));
        holdingStatement.setHelperText(getTranslation("crisis.holding-statement.help"));
        holdingStatement.setValueChangeMode(ValueChangeMode.TIMEOUT);
        holdingStatement.setValueChangeTimeout(1000);
        holdingStatement.setMaxLength(2000);
        holdingStatement.setWidthFull();
        pausePromotion.setId("crisis-pause-promotion");
        pausePromotion.setLabel(getTranslation("crisis.pause-promotion"));

        followUps.setId("crisis-follow-ups");
        followUps.addClassName("crisis-follow-ups");
        addFollowUp.setId("crisis-add-follow-up");
        addFollowUp.setText(getTranslation("crisis.follow-ups.add"));
        addFollowUp.setIcon(VaadinIcon.PLUS.create());
        addFollowUp.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addFollowUp.addClickListener(click -> {
            FollowUpRow row = new FollowUpRow(new CrisisFollowUp(24, ""));
            rows.add(row);
            followUps.add(row);
            row.hour.focus();
            changed();
        });
        status.setId("crisis-status");
        status.addClassName("crisis-status");
        status.getElement().setAttribute("aria-live", "polite");

        firstResponse.addValueChangeListener(change -> changed());
        strategy.addValueChangeListener(change -> changed());
        bolster.addValueChangeListener(change -> changed());
        channels.addValueChangeListener(change -> changed());
        holdingStatement.addValueChangeListener(change -> changed());
        pausePromotion.addValueChangeListener(change -> changed());

        Div when = new Div(firstResponse);
        when.addClassName("crisis-row");
        H4 followUpTitle = new H4(getTranslation("crisis.follow-ups"));
        followUpTitle.addClassName("crisis-follow-ups-title");
        decisions.add(
                when,
                strategy,
                bolster,
                channels,
                holdingStatement,
                pausePromotion,
                followUpTitle,
                followUps,
                addFollowUp,
                status);
        return decisions;
    }

    /** Shows {@code response} in the fields, without saving. */
    private void fill(@Nullable CrisisResponse response) {
        filling = true;
        try {
            if (response != null) {
                if (!FIRST_RESPONSE_HOURS.contains(response.firstResponseHours())) {
                    List<Double> items = new ArrayList<>(FIRST_RESPONSE_HOURS);
                    items.add(response.firstResponseHours());
                    firstResponse.setItems(items.stream().sorted().toList());
                }
                firstResponse.setValue(response.firstResponseHours());
                strategy.setValue(response.strategy());
                bolster.setValue(response.bolster());
                channels.setValue(new LinkedHashSet<>(response.channels()));
                holdingStatement.setValue(response.holdingStatement());
                pausePromotion.setValue(response.pausePromotion());
                for (CrisisFollowUp followUp : response.followUps()) {
                    FollowUpRow row = new FollowUpRow(followUp);
                    rows.add(row);
                    followUps.add(row);
                }
            }
        } finally {
            filling = false;
        }
        enableFields();
    }

    private void enableFields() {
        boolean chosen = firstResponse.getValue() != null && strategy.getValue() != null;
        firstResponse.setReadOnly(!answerable);
        strategy.setReadOnly(!answerable);
        for (var field : List.of(bolster, pausePromotion)) {
            field.setReadOnly(!answerable);
            field.setEnabled(chosen || !answerable);
        }
        channels.setReadOnly(!answerable);
        channels.setEnabled(chosen || !answerable);
        holdingStatement.setReadOnly(!answerable);
        holdingStatement.setEnabled(chosen || !answerable);
        addFollowUp.setVisible(answerable);
        addFollowUp.setEnabled(chosen);
        rows.forEach(row -> row.setEditable(answerable));
        if (view.current().plan().crisis() == null) {
            status.setText(
                    answerable ? getTranslation("crisis.status.silent-open") : getTranslation("crisis.status.silent"));
        } else {
            status.setText(getTranslation("crisis.status.responded"));
        }
    }

    private void changed() {
        if (filling || !answerable) {
            return;
        }
        CrisisResponse response = response();
        if (response != null) {
            view.savePlan(plan -> CrisisRoom.withResponse(plan, response));
        }
        enableFields();
    }

    /** The response the fields describe; {@code null} until a first response time and a strategy are chosen. */
    private @Nullable CrisisResponse response() {
        Double hours = firstResponse.getValue();
        CrisisStrategy chosen = strategy.getValue();
        if (hours == null || chosen == null) {
            return null;
        }
        List<Platform> on = view.current().scenario().platforms().keySet().stream()
                .filter(channels.getValue()::contains)
                .toList();
        List<CrisisFollowUp> updates = rows.stream()
                .map(FollowUpRow::followUp)
                .filter(followUp -> followUp != null)
                .toList();
        return new CrisisResponse(
                hours, chosen, bolster.getValue(), on, holdingStatement.getValue(), pausePromotion.getValue(), updates);
    }

    /** Redraws the timeline and what the response did, after the results changed. */
    void rescored() {
        if (!built) {
            return;
        }
        timeline.removeAll();
        view.charts().crisisTimeline().ifPresent(spec -> timeline.add(new ChartFigure(spec)));
        review.removeAll();
        review.add(new H4(getTranslation("crisis.review")));
        List<Explanation> crisisEffects = view.run().explanations().stream()
                .filter(explanation -> explanation.factor().startsWith("crisis"))
                .toList();
        if (crisisEffects.isEmpty()) {
            review.add(new Paragraph(getTranslation("crisis.review.none")));
        } else {
            UnorderedList list = new UnorderedList();
            crisisEffects.forEach(explanation -> list.add(new ListItem(explanation.sentence())));
            review.add(list);
        }
    }

    private String hoursLabel(Double hours) {
        if (hours < 1) {
            return getTranslation("crisis.minutes", Math.round(hours * 60));
        }
        return getTranslation("crisis.hours", hours % 1 == 0 ? Long.toString(Math.round(hours)) : hours.toString());
    }

    /** One later update: when (hours after the trigger) and what the brand says. */
    final class FollowUpRow extends Div {

        final IntegerField hour = new IntegerField();
        final TextArea text = new TextArea();
        final Button remove = new Button(VaadinIcon.TRASH.create());

        FollowUpRow(CrisisFollowUp followUp) {
            addClassName("crisis-follow-up");
            hour.setLabel(getTranslation("crisis.follow-ups.hour"));
            hour.setMin(1);
            hour.setMax(336);
            hour.setStepButtonsVisible(true);
            hour.setValue(followUp.hour());
            text.setLabel(getTranslation("crisis.follow-ups.text"));
            text.setValue(followUp.text());
            text.setValueChangeMode(ValueChangeMode.TIMEOUT);
            text.setValueChangeTimeout(1000);
            text.setMaxLength(1000);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.getElement().setAttribute("aria-label", getTranslation("crisis.follow-ups.remove"));
            remove.addClickListener(click -> {
                rows.remove(this);
                followUps.remove(this);
                changed();
            });
            hour.addValueChangeListener(change -> changed());
            text.addValueChangeListener(change -> changed());
            add(hour, text, remove);
        }

        @Nullable
        CrisisFollowUp followUp() {
            Integer at = hour.getValue();
            return at == null || at < 0 ? null : new CrisisFollowUp(at, text.getValue());
        }

        void setEditable(boolean editable) {
            hour.setReadOnly(!editable);
            text.setReadOnly(!editable);
            remove.setVisible(editable);
        }
    }
}
