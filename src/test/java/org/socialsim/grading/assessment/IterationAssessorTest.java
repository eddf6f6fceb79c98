package org.socialsim.grading.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialsim.grading.assessment.ContentPlans.at;
import static org.socialsim.grading.assessment.ContentPlans.posts;
import static org.socialsim.grading.assessment.ContentPlans.postsWhere;

import org.junit.jupiter.api.Test;
import org.socialsim.attempt.work.Evaluation;
import org.socialsim.attempt.work.SituationalAnalysis;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.ReferencePlans;
import org.socialsim.simulation.plan.Plan;

class IterationAssessorTest {

    private static final ScenarioDefinition BREWHAVEN = Submissions.brewhaven();
    private static final IterationAssessor ASSESSOR = new IterationAssessor();

    private static Assessment assess(Submission submission) {
        return ASSESSOR.assess(submission, AssessorParameters.NONE);
    }

    /** Night posting in weeks 1..{@code weeks}, the audience's hours afterwards. */
    private static Plan nightUntil(int weeks) {
        return postsWhere(ReferencePlans.competent(BREWHAVEN), p -> p.week() <= weeks, p -> at(p, 3));
    }

    private static Submission run(Plan plan, int weeksRun) {
        return Submissions.of(BREWHAVEN, plan, SituationalAnalysis.empty(), Evaluation.empty(), weeksRun);
    }

    @Test
    void moving_posts_into_the_audiences_hours_after_a_costly_week_is_two_data_driven_changes() {
        Assessment assessment = assess(run(nightUntil(2), 6));

        assertThat(assessment.score()).isEqualTo(1.0);
        assertThat(assessment.evidence())
                .containsExactly(
                        EvidenceLine.strength("2 data-driven changes between weeks, 2 needed for full credit."),
                        EvidenceLine.strength("Week 3 moved Instagram posts from 03:00 to 12:00 after week 2's timing"
                                + " cost 66% reach."),
                        EvidenceLine.strength("Week 3 moved TikTok posts from 03:00 to 13:00 after week 2's timing cost"
                                + " 65% reach."));
    }

    @Test
    void asking_for_more_changes_lowers_the_same_plans_score() {
        Submission submission = run(nightUntil(2), 6);

        double three = ASSESSOR.assess(submission, AssessorParameters.of("min_changes", 3))
                .score();
        double none = ASSESSOR.assess(submission, AssessorParameters.of("min_changes", 0))
                .score();

        assertThat(three).isBetween(0.6, 0.75);
        assertThat(none).isEqualTo(1.0);
    }

    @Test
    void one_change_earns_part_of_the_credit() {
        Plan instagramFixedOnly = posts(
                ReferencePlans.competent(BREWHAVEN),
                p -> p.week() <= 2 || p.platform() != org.socialsim.scenario.definition.Platform.INSTAGRAM
                        ? at(p, 3)
                        : p);

        Assessment assessment = assess(run(instagramFixedOnly, 6));

        assertThat(assessment.score()).isBetween(0.5, 0.65);
        assertThat(assessment.evidence().getFirst())
                .isEqualTo(EvidenceLine.gap("Only 1 data-driven change between weeks, 2 needed for full credit: answer"
                        + " more of what the dashboard flagged."));
        assertThat(assessment.evidence())
                .contains(
                        EvidenceLine.gap("Week 1's timing on TikTok cost 65% reach, and no later week changed that."));
    }

    @Test
    void posting_at_night_every_week_ignores_the_data() {
        Assessment assessment = assess(run(nightUntil(6), 6));

        assertThat(assessment.score()).isEqualTo(0.15);
        assertThat(assessment.evidence().getFirst().text())
                .startsWith("The simulation flagged ")
                .endsWith("but no later week changed to answer them: after each week, adjust the next one where the"
                        + " dashboard's explanations show a cost.");
    }

    @Test
    void a_plan_with_nothing_flagged_is_neither_credited_nor_blamed() {
        Assessment assessment = assess(Submissions.competentPlan(BREWHAVEN));

        assertThat(assessment.score()).isEqualTo(0.5);
        assertThat(assessment.evidence())
                .singleElement()
                .extracting(EvidenceLine::kind)
                .isEqualTo(EvidenceLine.Kind.NOTE);
    }

    @Test
    void after_only_week_one_the_next_week_can_already_answer_it() {
        Assessment assessment = assess(run(nightUntil(1), 1));

        assertThat(assessment.score()).isEqualTo(1.0);
        assertThat(assessment.evidence().get(1).text()).startsWith("Week 2 moved Instagram posts from 03:00 to ");
    }

    @Test
    void without_a_week_run_or_a_plan_there_is_nothing_to_iterate() {
        assertThat(assess(Submissions.empty(BREWHAVEN)).score()).isZero();
        Assessment notRun = assess(run(ReferencePlans.competent(BREWHAVEN), 0));
        assertThat(notRun.score()).isZero();
        assertThat(notRun.evidence().getFirst().text()).startsWith("No week has been run");
    }

    @Test
    void a_plan_written_up_front_with_the_right_variation_looks_iterative() {
        // The documented limitation: only the final plan is stored, so intent cannot be told from the weeks alone.
        assertThat(assess(run(nightUntil(2), 6)).score())
                .isEqualTo(assess(Submissions.of(
                                BREWHAVEN, nightUntil(2), SituationalAnalysis.empty(), Evaluation.empty()))
                        .score());
    }

    @Test
    void identical_submissions_get_identical_assessments() {
        assertThat(assess(run(nightUntil(2), 6))).isEqualTo(assess(run(nightUntil(2), 6)));
    }
}
