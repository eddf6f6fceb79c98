package org.socialsim.attempt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.work.PersonaChecks;
import org.socialsim.attempt.work.PlanEdits;
import org.socialsim.attempt.work.Reason;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.simulation.plan.Persona;
import org.socialsim.simulation.plan.Plan;

/**
 * Step 4: buyer personas, two to five. The simulation matches their platforms, active hours and content preferences
 * with the true audience, which stays hidden until the debrief, so this page never shows it. Personas are fixed once
 * week 1 has run. A persona that posts or campaigns target cannot be removed: the student retargets those first.
 */
@Route(value = AttemptStep.PREFIX + "personas", layout = AttemptLayout.class)
@RolesAllowed({"STUDENT", "TUTOR", "ADMIN"})
public final class PersonasView extends AttemptStepView {

    /** A new persona's age range: adults of the most common social media age band, for the student to narrow. */
    private static final int NEW_MIN_AGE = 18;

    private static final int NEW_MAX_AGE = 34;

    final List<PersonaForm> forms = new ArrayList<>();
    final Div list = new Div();
    final Paragraph count = new Paragraph();
    final Paragraph fixed = new Paragraph();
    final Button add = new Button();

    PersonasView(AttemptService attempts) {
        super(attempts, AttemptStep.PERSONAS);
    }

    @Override
    protected void render(AttemptState state) {
        Paragraph guidance = new Paragraph(getTranslation("personas.guidance"));
        guidance.addClassName("step-guidance");
        fixed.setId("personas-fixed");
        fixed.addClassName("step-fixed");
        fixed.setVisible(state.strategyFixed());
        fixed.setText(
                state.weeksRun() >= 1
                        ? getTranslation("attempt.frozen.personas")
                        : getTranslation("personas.read-only"));
        count.setId("personas-count");
        count.addClassName("step-progress");
        list.addClassName("persona-list");
        list.setId("personas-list");

        add.setText(getTranslation("personas.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("personas-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(!state.strategyFixed());
        add.addClickListener(click -> addPersona());

        showForms(state.plan().personas());
        add(guidance, fixed, count, list, add);
    }

    private void showForms(List<Persona> personas) {
        list.removeAll();
        forms.clear();
        int number = 1;
        for (Persona persona : personas) {
            PersonaForm form = new PersonaForm(
                    persona, number++, state().scenario(), !state().strategyFixed(), this::changed, this::remove);
            forms.add(form);
            list.add(form);
        }
        showCount(personas.size());
    }

    private void showCount(int personas) {
        Optional<Reason> advice = PersonaChecks.countAdvice(personas);
        count.setText(advice.map(reason -> Reasons.text(this, reason))
                .orElseGet(() -> getTranslation("personas.count", personas, PersonaChecks.MAX_PERSONAS)));
        count.getElement().setAttribute("data-warning", advice.isPresent());
        boolean full = personas >= PersonaChecks.MAX_PERSONAS;
        add.setEnabled(!full);
        add.setTooltipText(full ? getTranslation("personas.add.full", PersonaChecks.MAX_PERSONAS) : "");
    }

    private void addPersona() {
        Plan plan = state().plan();
        if (plan.personas().size() >= PersonaChecks.MAX_PERSONAS) {
            return;
        }
        String id =
                PlanEdits.nextId("p", plan.personas().stream().map(Persona::id).toList());
        Persona blank = new Persona(
                id,
                "",
                NEW_MIN_AGE,
                NEW_MAX_AGE,
                "",
                "",
                "",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                FunnelStage.AWARENESS);
        List<Persona> personas = new ArrayList<>(plan.personas());
        personas.add(blank);
        if (save((attemptId, version) ->
                attempts.savePlan(attemptId, version, PlanEdits.withPersonas(plan, personas)))) {
            showForms(state().plan().personas());
            forms.getLast().name.focus();
        }
    }

    private void changed(Persona persona) {
        Plan plan = state().plan();
        List<Persona> personas = PlanEdits.replaced(plan.personas(), persona, Persona::id);
        save((attemptId, version) -> attempts.savePlan(attemptId, version, PlanEdits.withPersonas(plan, personas)));
    }

    private void remove(PersonaForm form) {
        Plan plan = state().plan();
        Optional<Reason> problem = PersonaChecks.removalProblem(plan, form.personaId);
        if (problem.isPresent()) {
            form.showRefusal(Reasons.text(this, problem.get()));
            return;
        }
        List<Persona> personas = PlanEdits.without(plan.personas(), form.personaId, Persona::id);
        if (save((attemptId, version) ->
                attempts.savePlan(attemptId, version, PlanEdits.withPersonas(plan, personas)))) {
            showForms(state().plan().personas());
            add.focus();
        }
    }
}
