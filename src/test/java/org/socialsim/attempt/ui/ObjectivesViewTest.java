package org.socialsim.attempt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.ReferencePlans;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.SmartObjective;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
class ObjectivesViewTest extends SpringBrowserlessTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    UserDetailsService users;

    private ObjectivesView open(long attemptId) {
        return navigate(AttemptStep.OBJECTIVES.path(attemptId), ObjectivesView.class);
    }

    private AttemptState start() {
        return attempts.open(attempts.myAssignments().getFirst().assignmentId());
    }

    private SmartObjective stored(long attemptId, int index) {
        return attempts.attempt(attemptId).plan().objectives().get(index);
    }

    @Test
    @WithUserDetails("student1")
    void an_added_objective_is_saved_at_once_and_its_check_says_what_is_missing() {
        AttemptState state = start();
        ObjectivesView view = open(state.attemptId());
        assertThat(view.empty.isVisible()).isTrue();

        test(view.add).click();

        assertThat(attempts.attempt(state.attemptId()).plan().objectives())
                .containsExactly(new SmartObjective("o1", "", null, null, 0, 0, null, null));
        assertThat(view.empty.isVisible()).isFalse();
        ObjectiveForm form = view.forms.getFirst();
        assertThat(form.checkTexts())
                .containsExactly(
                        "Not Specific: write the objective as a sentence.",
                        "Not Measurable: choose the KPI that measures it.",
                        "Achievable? Needs a KPI and a target different from the baseline before it can be judged.",
                        "Not Relevant: link it to one of the brand’s business objectives.",
                        "Not Time-bound: no deadline week.");
        assertThat(form.score.getText()).isEqualTo("0 of 5 SMART");
    }

    @Test
    @WithUserDetails("student1")
    void every_field_autosaves_and_the_check_turns_green_letter_by_letter() {
        AttemptState state = start();
        ObjectivesView view = open(state.attemptId());
        test(view.add).click();
        ObjectiveForm form = view.forms.getFirst();

        test(form.statement).setValue("Sell 150 four-packs through Instagram by the end of week 6");
        test(form.kpi).selectItem("Conversions");
        test(form.platform).selectItem("Instagram");
        test(form.target).setValue(150.0);
        test(form.deadlineWeek).selectItem("End of week 6 of 6");
        test(form.businessObjective)
                .selectItem("Sales — Sell 1,500 four-packs of Oat Cold Brew through the web shop in the launch weeks.");

        assertThat(stored(state.attemptId(), 0))
                .isEqualTo(new SmartObjective(
                        "o1",
                        "Sell 150 four-packs through Instagram by the end of week 6",
                        Kpi.CONVERSIONS,
                        Platform.INSTAGRAM,
                        0,
                        150,
                        6,
                        "launch-sales"));
        assertThat(form.score.getText()).isEqualTo("5 of 5 SMART");
        assertThat(form.checkTexts())
                .contains("Relevant: Conversions shows progress on Sales.", "Time-bound: by the end of week 6 of 6.");
    }

    @Test
    @WithUserDetails("student1")
    void a_fivefold_follower_target_is_flagged_as_unachievable_and_as_a_vanity_metric() {
        AttemptState state = start();
        ObjectivesView view = open(state.attemptId());
        test(view.add).click();
        ObjectiveForm form = view.forms.getFirst();

        test(form.kpi).selectItem("Followers");
        test(form.platform).selectItem("Instagram");
        assertThat(form.baseline.getHelperText()).isEqualTo("Now: 4,200 followers on Instagram.");
        test(form.baseline).setValue(4200.0);
        test(form.target).setValue(21000.0);
        test(form.deadlineWeek).selectItem("End of week 6 of 6");

        assertThat(form.checkTexts().get(2))
                .isEqualTo("Not Achievable: +400% in 6 weeks is 288.9% a month, far above the 5–10% a month benchmark"
                        + " for follower growth.");
        assertThat(form.checkTexts().get(3))
                .isEqualTo("Not Relevant: vanity metric — Followers alone are not linked to a business outcome."
                        + " Link it to a business objective, or measure an outcome such as conversions.");
    }

    @Test
    @WithUserDetails("student1")
    void rates_are_typed_as_percentages_and_stored_as_fractions() {
        AttemptState state = start();
        ObjectivesView view = open(state.attemptId());
        test(view.add).click();
        ObjectiveForm form = view.forms.getFirst();

        test(form.kpi).selectItem("Engagement rate");
        test(form.platform).selectItem("Instagram");
        test(form.baseline).setValue(0.47);
        test(form.target).setValue(5.0);

        assertThat(form.baseline.getLabel()).isEqualTo("Baseline (%)");
        assertThat(form.target.getLabel()).isEqualTo("Target (%)");
        assertThat(form.baseline.getHelperText()).startsWith("The brief’s benchmark on Instagram: 0.47% (Rival IQ");
        SmartObjective saved = stored(state.attemptId(), 0);
        assertThat(saved.baseline()).isEqualTo(0.0047);
        assertThat(saved.target()).isEqualTo(0.05);
        assertThat(form.checkTexts().get(2)).startsWith("Not Achievable: 5% is 10.6× the Instagram benchmark of 0.47%");

        ObjectivesView reopened = open(state.attemptId());
        assertThat(reopened.forms.getFirst().baseline.getValue()).isEqualTo(0.47);
        assertThat(reopened.forms.getFirst().target.getValue()).isEqualTo(5.0);
    }

    @Test
    @WithUserDetails("student1")
    void removing_an_objective_saves_the_rest_and_new_ids_stay_unique() {
        AttemptState state = start();
        ObjectivesView view = open(state.attemptId());
        test(view.add).click();
        test(view.add).click();
        test(view.forms.get(1).statement).setValue("Answer every complaint within an hour");

        test(view.forms.getFirst().remove).click();
        test(view.add).click();

        assertThat(attempts.attempt(state.attemptId()).plan().objectives())
                .extracting(SmartObjective::id)
                .containsExactly("o2", "o1");
        assertThat(view.forms).hasSize(2);
        assertThat(view.forms.getFirst().statement.getValue()).isEqualTo("Answer every complaint within an hour");
    }

    @Test
    @WithUserDetails("student1")
    void once_week_one_has_run_the_objectives_are_read_only_with_the_reason() {
        AttemptState state = start();
        state = attempts.savePlan(state.attemptId(), state.version(), ReferencePlans.competent(state.scenario()));
        attempts.runWeek(state.attemptId(), state.version());

        ObjectivesView view = open(state.attemptId());

        assertThat(view.fixed.isVisible()).isTrue();
        assertThat(view.fixed.getText()).startsWith("Your objectives are fixed once week 1 has run");
        assertThat(view.add.isVisible()).isFalse();
        assertThat(view.forms).isNotEmpty().allSatisfy(form -> {
            assertThat(form.statement.isReadOnly()).isTrue();
            assertThat(form.kpi.isReadOnly()).isTrue();
            assertThat(form.target.isReadOnly()).isTrue();
            assertThat(form.remove.isVisible()).isFalse();
        });
    }

    @Test
    @WithUserDetails("tutor1")
    void the_tutor_sees_the_objectives_and_their_check_read_only() {
        long attemptId = AsUser.as(users, "student1", () -> {
            AttemptState state = start();
            return attempts.savePlan(state.attemptId(), state.version(), ReferencePlans.competent(state.scenario()))
                    .attemptId();
        });

        ObjectivesView view = open(attemptId);

        assertThat(view.fixed.isVisible()).isTrue();
        assertThat(view.fixed.getText()).isEqualTo("Read only: these are the objectives as the student set them.");
        assertThat(view.add.isVisible()).isFalse();
        assertThat(view.forms.getFirst().statement.isReadOnly()).isTrue();
        assertThat(view.forms.getFirst().checkTexts()).hasSize(5);
    }
}
