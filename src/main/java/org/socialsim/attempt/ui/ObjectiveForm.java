package org.socialsim.attempt.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.socialsim.attempt.AttemptKeys;
import org.socialsim.attempt.work.KpiUnit;
import org.socialsim.attempt.work.SmartCheck;
import org.socialsim.scenario.definition.BusinessObjective;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.SmartObjective;

/**
 * One SMART objective: its fields and the live check of its five letters. Rates are typed as percentages and stored as
 * fractions ({@link KpiUnit}); the unit is in the labels of baseline and target. Reports every change and the remove
 * button to its view, which saves.
 */
final class ObjectiveForm extends Composite<Div> {

    final String objectiveId;
    final TextArea statement = new TextArea();
    final ComboBox<Kpi> kpi = new ComboBox<>();
    final Select<Platform> platform = new Select<>();
    final NumberField baseline = new NumberField();
    final NumberField target = new NumberField();
    final Select<Integer> deadlineWeek = new Select<>();
    final Select<String> businessObjective = new Select<>();
    final Button remove = new Button();
    final Span score = new Span();
    final UnorderedList check = new UnorderedList();

    private final ScenarioDefinition scenario;

    ObjectiveForm(
            SmartObjective objective,
            int number,
            ScenarioDefinition scenario,
            boolean editable,
            Consumer<SmartObjective> changed,
            Consumer<ObjectiveForm> removed) {
        this.objectiveId = objective.id();
        this.scenario = scenario;
        Div root = getContent();
        root.addClassName("objective-card");
        root.setId("objective-" + objective.id());

        H4 heading = new H4(getTranslation("objectives.objective", number));
        score.addClassName("smart-score");
        Div header = new Div(heading, score);
        header.addClassName("card-header");

        statement.setLabel(getTranslation("objectives.statement"));
        statement.setHelperText(getTranslation("objectives.statement.help"));
        statement.setValue(objective.statement());
        statement.setMaxLength(500);
        statement.setWidthFull();
        statement.setValueChangeMode(ValueChangeMode.TIMEOUT);
        statement.setValueChangeTimeout(1000);

        kpi.setLabel(getTranslation("objectives.kpi"));
        kpi.setItems(Kpi.values());
        kpi.setItemLabelGenerator(value -> getTranslation(AttemptKeys.label(value)));
        kpi.setPlaceholder(getTranslation("objectives.kpi.none"));
        kpi.setClearButtonVisible(true);
        kpi.setValue(objective.kpi());

        platform.setLabel(getTranslation("objectives.platform"));
        platform.setItems(scenario.platforms().keySet());
        platform.setItemLabelGenerator(value ->
                value == null ? getTranslation("objectives.platform.all") : getTranslation(AttemptKeys.label(value)));
        platform.setEmptySelectionAllowed(true);
        platform.setEmptySelectionCaption(getTranslation("objectives.platform.all"));
        platform.setValue(objective.platform());

        KpiUnit unit = unit();
        baseline.setValue(unit.toShown(objective.baseline()));
        target.setValue(unit.toShown(objective.target()));

        deadlineWeek.setLabel(getTranslation("objectives.deadline"));
        deadlineWeek.setItems(IntStream.rangeClosed(1, scenario.weeks()).boxed().toList());
        deadlineWeek.setItemLabelGenerator(week -> week == null
                ? getTranslation("objectives.deadline.none")
                : getTranslation("objectives.deadline.week", week, scenario.weeks()));
        deadlineWeek.setEmptySelectionAllowed(true);
        deadlineWeek.setEmptySelectionCaption(getTranslation("objectives.deadline.none"));
        // A deadline a plan file set outside the weeks is shown as none; the check still names it until changed.
        Integer week = objective.deadlineWeek();
        deadlineWeek.setValue(week != null && week >= 1 && week <= scenario.weeks() ? week : null);

        businessObjective.setLabel(getTranslation("objectives.business"));
        businessObjective.setItems(scenario.businessObjectives().stream()
                .map(BusinessObjective::id)
                .toList());
        businessObjective.setItemLabelGenerator(this::businessLabel);
        businessObjective.setEmptySelectionAllowed(true);
        businessObjective.setEmptySelectionCaption(getTranslation("objectives.business.none"));
        businessObjective.setValue(
                scenario.businessObjectives().stream().anyMatch(b -> b.id().equals(objective.businessObjective()))
                        ? objective.businessObjective()
                        : null);

        remove.setText(getTranslation("objectives.remove"));
        remove.getElement().setAttribute("aria-label", getTranslation("objectives.remove.label", number));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> removed.accept(this));
        remove.setVisible(editable);

        check.addClassName("smart-check");
        check.getElement().setAttribute("aria-label", getTranslation("objectives.check.label", number));

        Div numbers = new Div(kpi, platform, baseline, target, deadlineWeek);
        numbers.addClassName("objective-fields");
        Div business = new Div(businessObjective);
        business.addClassName("objective-business");
        Div fields = new Div(statement, numbers, business, remove);
        fields.addClassName("objective-inputs");
        Div body = new Div(fields, check);
        body.addClassName("objective-body");
        root.add(header, body);

        labelNumbers();
        showCheck(objective);
        statement.addValueChangeListener(change -> changed.accept(value()));
        kpi.addValueChangeListener(change -> {
            labelNumbers();
            changed.accept(value());
        });
        platform.addValueChangeListener(change -> {
            labelNumbers();
            changed.accept(value());
        });
        baseline.addValueChangeListener(change -> changed.accept(value()));
        target.addValueChangeListener(change -> changed.accept(value()));
        deadlineWeek.addValueChangeListener(change -> changed.accept(value()));
        businessObjective.addValueChangeListener(change -> changed.accept(value()));
        setReadOnly(!editable);
    }

    /** The objective as the fields say now; an empty number counts as 0. */
    SmartObjective value() {
        KpiUnit unit = unit();
        return new SmartObjective(
                objectiveId,
                statement.getValue(),
                kpi.getValue(),
                platform.getValue(),
                unit.toStored(orZero(baseline.getValue())),
                unit.toStored(orZero(target.getValue())),
                deadlineWeek.getValue(),
                businessObjective.getValue());
    }

    /** Shows the five letters for {@code objective}. */
    void showCheck(SmartObjective objective) {
        List<SmartCheck.Mark> marks = SmartCheck.check(objective, scenario);
        check.removeAll();
        for (SmartCheck.Mark mark : marks) {
            Span letter = new Span(mark.letter().name());
            letter.addClassNames("smart-letter", mark.met() ? "met" : "not-met");
            // The sentence says met or not; the letter is decoration for sighted readers.
            letter.getElement().setAttribute("aria-hidden", "true");
            Span reason = new Span(Reasons.text(this, mark.reason()));
            reason.addClassName("smart-reason");
            ListItem item = new ListItem(letter, reason);
            item.addClassName(mark.met() ? "met" : "not-met");
            check.add(item);
        }
        long met = marks.stream().filter(SmartCheck.Mark::met).count();
        score.setText(getTranslation("objectives.score", met));
    }

    /** The texts of the five marks, S to T, as shown. */
    List<String> checkTexts() {
        return check.getChildren()
                .map(item -> item.getChildren()
                        .skip(1)
                        .findFirst()
                        .map(reason -> reason.getElement().getText())
                        .orElse(""))
                .toList();
    }

    private void setReadOnly(boolean readOnly) {
        statement.setReadOnly(readOnly);
        kpi.setReadOnly(readOnly);
        platform.setReadOnly(readOnly);
        baseline.setReadOnly(readOnly);
        target.setReadOnly(readOnly);
        deadlineWeek.setReadOnly(readOnly);
        businessObjective.setReadOnly(readOnly);
    }

    /** Baseline and target say their unit, and the baseline says what the brief knows of the starting value. */
    private void labelNumbers() {
        String unit = switch (unit()) {
            case PERCENT -> getTranslation("objectives.unit.percent");
            case MONEY -> getTranslation("objectives.unit.money", scenario.currency());
            case RATIO -> getTranslation("objectives.unit.ratio");
            case HOURS -> getTranslation("objectives.unit.hours");
            case COUNT -> getTranslation("objectives.unit.count");
        };
        baseline.setLabel(getTranslation("objectives.baseline", unit));
        target.setLabel(getTranslation("objectives.target", unit));
        baseline.setHelperText(SmartCheck.baselineHint(kpi.getValue(), platform.getValue(), scenario)
                .map(hint -> Reasons.text(this, hint))
                .orElse(getTranslation("objectives.baseline.help")));
    }

    private KpiUnit unit() {
        Kpi chosen = kpi.getValue();
        return chosen == null ? KpiUnit.COUNT : KpiUnit.of(chosen);
    }

    private String businessLabel(@Nullable String id) {
        if (id == null) {
            return getTranslation("objectives.business.none");
        }
        return scenario.businessObjectives().stream()
                .filter(b -> b.id().equals(id))
                .findFirst()
                .map(b -> getTranslation(AttemptKeys.label(b.kind())) + " — " + b.description())
                .orElse(id);
    }

    private static double orZero(@Nullable Double value) {
        return value == null ? 0 : value;
    }
}
