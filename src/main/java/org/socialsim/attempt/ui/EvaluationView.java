package org.socialsim.attempt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.socialsim.attempt.AttemptKeys;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.work.Evaluation;
import org.socialsim.attempt.work.KpiCitation;
import org.socialsim.attempt.work.SevenP;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.plan.Kpi;

/**
 * Step 8: the evaluation and recommendations. What happened (citing real KPI values, which the helper inserts), why,
 * what to change, and how the changes bear on the 7Ps. Everything autosaves a second after the student stops typing.
 */
@Route(value = AttemptStep.PREFIX + "evaluation", layout = AttemptLayout.class)
@RolesAllowed({"STUDENT", "TUTOR", "ADMIN"})
public final class EvaluationView extends AttemptStepView {

    /** The whole run rather than one week, in the week choice. */
    static final int WHOLE_RUN = 0;

    private static final int MAX_PART = 8000;
    private static final int MAX_SEVEN_P = 2000;

    // Built afresh on every render, so a re-entered view never stacks listeners.
    TextArea whatHappened = new TextArea();
    TextArea why = new TextArea();
    TextArea recommendations = new TextArea();
    final Map<SevenP, TextArea> sevenPs = new EnumMap<>(SevenP.class);
    Select<Integer> citeWeek = new Select<>();
    Select<Platform> citePlatform = new Select<>();
    Select<Kpi> citeKpi = new Select<>();
    Select<TextArea> citeInto = new Select<>();
    Span citePreview = new Span();
    Button insert = new Button();

    private @Nullable SimulationRun run;

    EvaluationView(AttemptService attempts) {
        super(attempts, AttemptStep.EVALUATION);
    }

    @Override
    protected void render(AttemptState state) {
        whatHappened = new TextArea();
        why = new TextArea();
        recommendations = new TextArea();
        sevenPs.clear();
        citeWeek = new Select<>();
        citePlatform = new Select<>();
        citeKpi = new Select<>();
        citeInto = new Select<>();
        citePreview = new Span();
        insert = new Button();
        Paragraph intro = new Paragraph(getTranslation("evaluation.intro"));
        intro.addClassName("muted");
        add(intro);
        if (state.weeksRun() == 0) {
            Paragraph notYet = new Paragraph(getTranslation("evaluation.not-yet"));
            notYet.addClassName("callout");
            notYet.setId("evaluation-not-yet");
            Anchor weeks = new Anchor(AttemptStep.WEEKS.path(state.attemptId()), getTranslation("evaluation.go-run"));
            weeks.getElement().setAttribute("router-link", true);
            add(notYet, weeks);
            return;
        }
        run = attempts.results(state.attemptId());
        Evaluation evaluation = state.evaluation();

        part(
                whatHappened,
                "evaluation-what-happened",
                evaluation.whatHappened(),
                MAX_PART,
                (current, text) -> new Evaluation(text, current.why(), current.recommendations(), current.sevenPs()));
        whatHappened.setLabel(getTranslation("evaluation.what-happened"));
        whatHappened.setHelperText(getTranslation("evaluation.what-happened.help"));
        part(
                why,
                "evaluation-why",
                evaluation.why(),
                MAX_PART,
                (current, text) ->
                        new Evaluation(current.whatHappened(), text, current.recommendations(), current.sevenPs()));
        why.setLabel(getTranslation("evaluation.why"));
        why.setHelperText(getTranslation("evaluation.why.help"));
        part(
                recommendations,
                "evaluation-recommendations",
                evaluation.recommendations(),
                MAX_PART,
                (current, text) -> new Evaluation(current.whatHappened(), current.why(), text, current.sevenPs()));
        recommendations.setLabel(getTranslation("evaluation.recommendations"));
        recommendations.setHelperText(getTranslation("evaluation.recommendations.help"));

        FormLayout sevenPForm = new FormLayout();
        sevenPForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        for (SevenP p : SevenP.values()) {
            TextArea area = new TextArea(getTranslation(AttemptKeys.label(p)));
            area.setHelperText(sevenPGuidance(p));
            part(
                    area,
                    "evaluation-7p-" + AttemptKeys.kebab(p),
                    evaluation.sevenPs().getOrDefault(p, ""),
                    MAX_SEVEN_P,
                    (current, text) -> {
                        Map<SevenP, String> changed = new EnumMap<>(SevenP.class);
                        changed.putAll(current.sevenPs());
                        if (text.isBlank()) {
                            changed.remove(p);
                        } else {
                            changed.put(p, text);
                        }
                        return new Evaluation(
                                current.whatHappened(), current.why(), current.recommendations(), changed);
                    });
            area.addClassName("seven-p-field");
            sevenPs.put(p, area);
            sevenPForm.add(area);
        }

        Section written =
                new Section(new H3(getTranslation("evaluation.write-up")), whatHappened, why, recommendations);
        written.addClassNames("card", "evaluation-write-up");
        Paragraph sevenPIntro = new Paragraph(getTranslation("evaluation.seven-ps.intro"));
        sevenPIntro.addClassName("muted");
        Section mix = new Section(new H3(getTranslation("evaluation.seven-ps")), sevenPIntro, sevenPForm);
        mix.addClassNames("card", "evaluation-seven-ps");

        Div columns = new Div();
        columns.addClassName("evaluation-columns");
        Div main = new Div(written, mix);
        main.addClassName("evaluation-main");
        columns.add(main);
        if (editable() && run != null) {
            columns.add(kpiHelper(state, run));
        }
        add(columns);
    }

    /** One autosaving part of the write-up. */
    private void part(
            TextArea area,
            String id,
            String value,
            int maxLength,
            BiFunction<Evaluation, String, Evaluation> withText) {
        area.setId(id);
        area.setValue(value);
        area.setMaxLength(maxLength);
        area.setWidthFull();
        area.setReadOnly(!editable());
        area.setValueChangeMode(ValueChangeMode.TIMEOUT);
        area.setValueChangeTimeout(1000);
        area.addValueChangeListener(change -> save((attemptId, version) ->
                attempts.saveEvaluation(attemptId, version, withText.apply(state().evaluation(), change.getValue()))));
        // The KPI helper inserts into the field the student was last writing in.
        area.addFocusListener(focus -> citeInto.setValue(area));
    }

    private Section kpiHelper(AttemptState state, SimulationRun results) {
        List<Integer> weeks = new ArrayList<>();
        weeks.add(WHOLE_RUN);
        IntStream.rangeClosed(1, results.weeksRun()).forEach(weeks::add);
        citeWeek.setLabel(getTranslation("evaluation.kpi.week"));
        citeWeek.setItems(weeks);
        citeWeek.setItemLabelGenerator(week -> week == WHOLE_RUN
                ? getTranslation("evaluation.kpi.whole-run", results.weeksRun())
                : getTranslation("evaluation.kpi.one-week", week));
        citeWeek.setValue(results.weeksRun());
        citeWeek.setId("evaluation-kpi-week");

        citePlatform.setLabel(getTranslation("evaluation.kpi.platform"));
        citePlatform.setItems(state.scenario().platforms().keySet());
        citePlatform.setEmptySelectionAllowed(true);
        citePlatform.setEmptySelectionCaption(getTranslation("evaluation.kpi.all-platforms"));
        citePlatform.setItemLabelGenerator(platform -> platform == null
                ? getTranslation("evaluation.kpi.all-platforms")
                : getTranslation(AttemptKeys.label(platform)));
        citePlatform.setId("evaluation-kpi-platform");

        citeKpi.setLabel(getTranslation("evaluation.kpi.kpi"));
        citeKpi.setItems(Kpi.values());
        citeKpi.setItemLabelGenerator(kpi -> getTranslation(AttemptKeys.label(kpi)));
        citeKpi.setValue(Kpi.REACH);
        citeKpi.setId("evaluation-kpi");

        citeInto.setLabel(getTranslation("evaluation.kpi.into"));
        List<TextArea> targets = new ArrayList<>(List.of(whatHappened, why, recommendations));
        targets.addAll(sevenPs.values());
        citeInto.setItems(targets);
        citeInto.setItemLabelGenerator(TextArea::getLabel);
        citeInto.setValue(whatHappened);
        citeInto.setId("evaluation-kpi-into");

        citePreview.setId("evaluation-kpi-preview");
        citePreview.addClassName("kpi-citation");
        citeWeek.addValueChangeListener(change -> showCitation());
        citePlatform.addValueChangeListener(change -> showCitation());
        citeKpi.addValueChangeListener(change -> showCitation());
        showCitation();

        insert.setText(getTranslation("evaluation.kpi.insert"));
        insert.setIcon(VaadinIcon.PLUS.create());
        insert.setId("evaluation-insert-kpi");
        insert.addClickListener(click -> insertCitation());

        Paragraph help = new Paragraph(getTranslation("evaluation.kpi.help"));
        help.addClassName("muted");
        Div preview = new Div(citePreview);
        preview.addClassName("kpi-citation-box");
        Div choices = new Div(citeWeek, citePlatform, citeKpi);
        choices.addClassName("kpi-choices");
        Div target = new Div(citeInto, insert);
        target.addClassName("kpi-target");
        Section helper = new Section(new H3(getTranslation("evaluation.kpi.title")), help, choices, preview, target);
        helper.addClassNames("card", "kpi-helper");
        return helper;
    }

    /** The chosen value as a sentence fragment, e.g. "Reach on Instagram in week 3: 12,340"; empty when none. */
    String citation() {
        Integer week = citeWeek.getValue();
        Kpi kpi = citeKpi.getValue();
        if (run == null || week == null || kpi == null) {
            return "";
        }
        Platform platform = citePlatform.getValue();
        Integer chosenWeek = week == WHOLE_RUN ? null : week;
        OptionalDouble value = KpiCitation.value(run, chosenWeek, platform, kpi);
        if (value.isEmpty()) {
            return "";
        }
        String scope = chosenWeek == null
                ? getTranslation("evaluation.cite.weeks", run.weeksRun())
                : getTranslation("evaluation.cite.week", chosenWeek);
        String number =
                KpiCitation.format(kpi, value.getAsDouble(), state().scenario().currency(), getLocale());
        String name = getTranslation(AttemptKeys.label(kpi));
        return platform == null
                ? getTranslation("evaluation.cite.all-platforms", name, scope, number)
                : getTranslation(
                        "evaluation.cite.platform", name, getTranslation(AttemptKeys.label(platform)), scope, number);
    }

    private void showCitation() {
        citePreview.setText(citation());
    }

    private void insertCitation() {
        String citation = citation();
        TextArea target = citeInto.getValue();
        if (citation.isEmpty() || target == null) {
            return;
        }
        String text = target.getValue();
        String joined = text.isBlank() ? citation : text.stripTrailing() + " " + citation;
        // Setting the value fires the field's change listener, which autosaves.
        target.setValue(joined);
        target.focus();
    }

    private String sevenPGuidance(SevenP p) {
        return switch (p) {
            case PRODUCT -> getTranslation("evaluation.seven-p.product.help");
            case PRICE -> getTranslation("evaluation.seven-p.price.help");
            case PLACE -> getTranslation("evaluation.seven-p.place.help");
            case PROMOTION -> getTranslation("evaluation.seven-p.promotion.help");
            case PEOPLE -> getTranslation("evaluation.seven-p.people.help");
            case PROCESS -> getTranslation("evaluation.seven-p.process.help");
            case PHYSICAL_EVIDENCE -> getTranslation("evaluation.seven-p.physical-evidence.help");
        };
    }
}
