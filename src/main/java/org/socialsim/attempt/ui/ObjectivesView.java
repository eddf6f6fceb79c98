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
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.work.PlanEdits;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.SmartObjective;

/**
 * Step 3: SMART objectives. Each objective names a KPI, platform, baseline, target, deadline week and the business
 * objective it serves, and a live check marks each letter and says why. Objectives are fixed once week 1 has run:
 * results are measured against them.
 */
@Route(value = AttemptStep.PREFIX + "objectives", layout = AttemptLayout.class)
@RolesAllowed({"STUDENT", "TUTOR", "ADMIN"})
public final class ObjectivesView extends AttemptStepView {

    final List<ObjectiveForm> forms = new ArrayList<>();
    final Div list = new Div();
    final Paragraph empty = new Paragraph();
    final Paragraph fixed = new Paragraph();
    final Button add = new Button();

    ObjectivesView(AttemptService attempts) {
        super(attempts, AttemptStep.OBJECTIVES);
    }

    @Override
    protected void render(AttemptState state) {
        Paragraph guidance = new Paragraph(getTranslation("objectives.guidance"));
        guidance.addClassName("step-guidance");
        fixed.setId("objectives-fixed");
        fixed.addClassName("step-fixed");
        fixed.setVisible(state.strategyFixed());
        if (state.weeksRun() >= 1) {
            fixed.setText(getTranslation("attempt.frozen.objectives"));
        } else {
            fixed.setText(getTranslation("objectives.read-only"));
        }
        empty.setText(getTranslation("objectives.empty"));
        empty.addClassName("muted");
        list.addClassName("objective-list");
        list.setId("objectives-list");

        add.setText(getTranslation("objectives.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("objectives-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(!state.strategyFixed());
        add.addClickListener(click -> addObjective());

        showForms(state.plan().objectives());
        add(guidance, fixed, empty, list, add);
    }

    private void showForms(List<SmartObjective> objectives) {
        list.removeAll();
        forms.clear();
        int number = 1;
        for (SmartObjective objective : objectives) {
            ObjectiveForm form = new ObjectiveForm(
                    objective, number++, state().scenario(), !state().strategyFixed(), this::changed, this::remove);
            forms.add(form);
            list.add(form);
        }
        empty.setVisible(objectives.isEmpty());
    }

    private void addObjective() {
        Plan plan = state().plan();
        String id = PlanEdits.nextId(
                "o", plan.objectives().stream().map(SmartObjective::id).toList());
        SmartObjective blank = new SmartObjective(id, "", null, null, 0, 0, null, null);
        List<SmartObjective> objectives = new ArrayList<>(plan.objectives());
        objectives.add(blank);
        if (save((attemptId, version) ->
                attempts.savePlan(attemptId, version, PlanEdits.withObjectives(plan, objectives)))) {
            showForms(state().plan().objectives());
            forms.getLast().statement.focus();
        }
    }

    private void changed(SmartObjective objective) {
        forms.stream()
                .filter(form -> form.objectiveId.equals(objective.id()))
                .forEach(form -> form.showCheck(objective));
        Plan plan = state().plan();
        List<SmartObjective> objectives = PlanEdits.replaced(plan.objectives(), objective, SmartObjective::id);
        save((attemptId, version) -> attempts.savePlan(attemptId, version, PlanEdits.withObjectives(plan, objectives)));
    }

    private void remove(ObjectiveForm form) {
        Plan plan = state().plan();
        List<SmartObjective> objectives = PlanEdits.without(plan.objectives(), form.objectiveId, SmartObjective::id);
        if (save((attemptId, version) ->
                attempts.savePlan(attemptId, version, PlanEdits.withObjectives(plan, objectives)))) {
            showForms(state().plan().objectives());
            add.focus();
        }
    }
}
