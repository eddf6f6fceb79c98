package org.socialsim.attempt.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.socialsim.attempt.AttemptKeys;
import org.socialsim.attempt.work.PersonaChecks;
import org.socialsim.attempt.work.Reason;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.Persona;

/**
 * One buyer persona. An age range that cannot be a range is marked on the fields and not reported (so never saved);
 * every other change is reported to the view, which saves. Advice on what the persona still lacks is listed below it.
 */
final class PersonaForm extends Composite<Div> {

    final String personaId;
    final TextField name = new TextField();
    final IntegerField minAge = new IntegerField();
    final IntegerField maxAge = new IntegerField();
    final TextField occupation = new TextField();
    final TextArea goals = new TextArea();
    final TextArea painPoints = new TextArea();
    final CheckboxGroup<Platform> platforms = new CheckboxGroup<>();
    final MultiSelectComboBox<Integer> weekdayHours = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Integer> weekendHours = new MultiSelectComboBox<>();
    final PillarRanking preferences;
    final Select<FunnelStage> journeyStage = new Select<>();
    final Button remove = new Button();
    final UnorderedList advice = new UnorderedList();
    final Paragraph refusal = new Paragraph();

    private final Persona saved;
    private final Consumer<Persona> changed;

    PersonaForm(
            Persona persona,
            int number,
            ScenarioDefinition scenario,
            boolean editable,
            Consumer<Persona> changed,
            Consumer<PersonaForm> removed) {
        this.personaId = persona.id();
        this.saved = persona;
        this.changed = changed;
        Div root = getContent();
        root.addClassName("persona-card");
        root.setId("persona-" + persona.id());

        H4 heading = new H4(getTranslation("personas.persona", number));

        name.setLabel(getTranslation("personas.name"));
        name.setPlaceholder(getTranslation("personas.name.placeholder"));
        name.setValue(persona.name());
        name.setMaxLength(80);
        text(name);

        minAge.setLabel(getTranslation("personas.min-age"));
        maxAge.setLabel(getTranslation("personas.max-age"));
        for (IntegerField age : List.of(minAge, maxAge)) {
            age.setMin(PersonaChecks.MIN_AGE);
            age.setMax(PersonaChecks.MAX_AGE);
            age.setStepButtonsVisible(true);
            age.setValueChangeMode(ValueChangeMode.TIMEOUT);
            age.setValueChangeTimeout(1000);
        }
        minAge.setValue(persona.minAge());
        maxAge.setValue(persona.maxAge());

        occupation.setLabel(getTranslation("personas.occupation"));
        occupation.setValue(persona.occupation());
        occupation.setMaxLength(200);
        text(occupation);

        goals.setLabel(getTranslation("personas.goals"));
        goals.setHelperText(getTranslation("personas.goals.help"));
        goals.setValue(persona.goals());
        painPoints.setLabel(getTranslation("personas.pain-points"));
        painPoints.setHelperText(getTranslation("personas.pain-points.help"));
        painPoints.setValue(persona.painPoints());
        for (TextArea area : List.of(goals, painPoints)) {
            area.setMaxLength(2000);
            area.setMinRows(2);
            text(area);
        }

        platforms.setLabel(getTranslation("personas.platforms"));
        platforms.setItems(scenario.platforms().keySet());
        platforms.setItemLabelGenerator(platform -> getTranslation(AttemptKeys.label(platform)));
        // A platform a plan file named that the scenario lacks is kept out of the choices, not silently dropped.
        platforms.setValue(persona.platforms().stream()
                .filter(scenario.platforms()::containsKey)
                .collect(java.util.stream.Collectors.toSet()));

        hours(weekdayHours, getTranslation("personas.weekday-hours"), persona.weekdayHours());
        hours(weekendHours, getTranslation("personas.weekend-hours"), persona.weekendHours());

        preferences = new PillarRanking(
                getTranslation("personas.preferences"), persona.contentPreferences(), editable, ranked -> report());

        journeyStage.setLabel(getTranslation("personas.stage"));
        journeyStage.setItems(FunnelStage.values());
        journeyStage.setItemLabelGenerator(stage -> getTranslation(AttemptKeys.label(stage)));
        journeyStage.setValue(persona.journeyStage());
        journeyStage.setHelperText(getTranslation("personas.stage.help"));

        remove.setText(getTranslation("personas.remove"));
        remove.getElement().setAttribute("aria-label", getTranslation("personas.remove.label", number));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> removed.accept(this));
        remove.setVisible(editable);

        advice.addClassName("persona-advice");
        refusal.addClassName("persona-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);

        Div who = new Div(name, minAge, maxAge, occupation);
        who.addClassName("persona-who");
        Div why = new Div(goals, painPoints);
        why.addClassName("persona-why");
        Div when = new Div(platforms, weekdayHours, weekendHours);
        when.addClassName("persona-when");
        Div what = new Div(preferences, journeyStage);
        what.addClassName("persona-what");
        root.add(heading, who, why, when, what, advice, refusal, remove);

        showAdvice(persona);
        name.addValueChangeListener(change -> report());
        minAge.addValueChangeListener(change -> report());
        maxAge.addValueChangeListener(change -> report());
        occupation.addValueChangeListener(change -> report());
        goals.addValueChangeListener(change -> report());
        painPoints.addValueChangeListener(change -> report());
        platforms.addValueChangeListener(change -> report());
        weekdayHours.addValueChangeListener(change -> report());
        weekendHours.addValueChangeListener(change -> report());
        journeyStage.addValueChangeListener(change -> report());

        for (var field : List.of(name, occupation)) {
            field.setReadOnly(!editable);
        }
        for (var field : List.of(goals, painPoints)) {
            field.setReadOnly(!editable);
        }
        minAge.setReadOnly(!editable);
        maxAge.setReadOnly(!editable);
        platforms.setReadOnly(!editable);
        weekdayHours.setReadOnly(!editable);
        weekendHours.setReadOnly(!editable);
        journeyStage.setReadOnly(!editable);
    }

    /** The persona as the fields say now, or empty while the age range cannot be saved. */
    Optional<Persona> value() {
        Optional<Reason> ageProblem = PersonaChecks.ageProblem(minAge.getValue(), maxAge.getValue());
        String message = ageProblem.map(problem -> Reasons.text(this, problem)).orElse("");
        minAge.setInvalid(ageProblem.isPresent());
        maxAge.setInvalid(ageProblem.isPresent());
        minAge.setErrorMessage(message);
        maxAge.setErrorMessage(message);
        if (ageProblem.isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new Persona(
                personaId,
                name.getValue(),
                minAge.getValue(),
                maxAge.getValue(),
                occupation.getValue(),
                goals.getValue(),
                painPoints.getValue(),
                // In the scenario's order, so the same choice always saves the same plan.
                platforms
                        .getListDataView()
                        .getItems()
                        .filter(platforms.getValue()::contains)
                        .toList(),
                weekdayHours.getValue().stream().sorted().toList(),
                weekendHours.getValue().stream().sorted().toList(),
                preferences.value(),
                journeyStage.getValue() == null ? saved.journeyStage() : journeyStage.getValue()));
    }

    void showAdvice(Persona persona) {
        advice.removeAll();
        for (Reason reason : PersonaChecks.advice(persona)) {
            advice.add(new ListItem(Reasons.text(this, reason)));
        }
        advice.setVisible(advice.getChildren().findAny().isPresent());
    }

    /** Says, beside the remove button, why this persona cannot be removed. */
    void showRefusal(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
    }

    private void report() {
        value().ifPresent(persona -> {
            showAdvice(persona);
            changed.accept(persona);
        });
    }

    private void text(com.vaadin.flow.data.value.HasValueChangeMode field) {
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(1000);
        if (field instanceof com.vaadin.flow.component.HasSize sized) {
            sized.setWidthFull();
        }
    }

    private void hours(MultiSelectComboBox<Integer> field, String label, List<Integer> chosen) {
        field.setLabel(label);
        field.setItems(IntStream.range(0, 24).boxed().toList());
        field.setItemLabelGenerator(hour -> getTranslation("personas.hour", hour, (hour + 1) % 24));
        field.setHelperText(getTranslation("personas.hours.help"));
        field.setValue(
                chosen.stream().filter(hour -> hour >= 0 && hour < 24).collect(java.util.stream.Collectors.toSet()));
    }
}
