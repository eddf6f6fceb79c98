package org.socialsim.grading.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.attempt.work.Evaluation;
import org.socialsim.attempt.work.PlanEdits;
import org.socialsim.attempt.work.SituationalAnalysis;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.ReferencePlans;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.SmartObjective;

class ObjectiveAttainmentAssessorTest {

    private static final ScenarioDefinition BREWHAVEN = Submissions.brewhaven();
    private static final ObjectiveAttainmentAssessor ASSESSOR = new ObjectiveAttainmentAssessor();

    private static SmartObjective sales(double target) {
        return new SmartObjective(
                "sales",
                "Sell four-packs through the web shop by week 6",
                Kpi.CONVERSIONS,
                null,
                0,
                target,
                6,
                "launch-sales");
    }

    private static Assessment assess(List<SmartObjective> objectives, int weeksRun) {
        return ASSESSOR.assess(
                Submissions.of(
                        BREWHAVEN,
                        PlanEdits.withObjectives(ReferencePlans.competent(BREWHAVEN), objectives),
                        SituationalAnalysis.empty(),
                        Evaluation.empty(),
                        weeksRun),
                AssessorParameters.NONE);
    }

    @Test
    void with_no_week_run_nothing_was_attained() {
        Assessment empty = ASSESSOR.assess(Submissions.empty(BREWHAVEN), AssessorParameters.NONE);
        Assessment unrun = assess(ReferencePlans.competent(BREWHAVEN).objectives(), 0);

        assertThat(empty.score()).isZero();
        assertThat(unrun).isEqualTo(empty);
        assertThat(unrun.evidence())
                .containsExactly(EvidenceLine.gap("No week was run, so no objective could be met: run the campaign's"
                        + " weeks before you submit."));
    }

    @Test
    void with_no_objectives_there_was_nothing_to_attain() {
        Assessment assessment = assess(List.of(), 6);

        assertThat(assessment.score()).isZero();
        assertThat(assessment.evidence())
                .containsExactly(EvidenceLine.gap("You set no objectives, so there were no targets to attain: set"
                        + " SMART objectives with a KPI, a target and a deadline week."));
    }

    @Test
    void the_competent_plan_meets_both_its_targets_but_its_unlinked_one_counts_half() {
        Assessment assessment = ASSESSOR.assess(Submissions.competentPlan(BREWHAVEN), AssessorParameters.NONE);

        assertThat(assessment.score()).isEqualTo(0.75);
        assertThat(assessment.evidence().getFirst().text())
                .startsWith("You met 2 of 2 targets: 'Lift engagement rate to 1% by week 6' (")
                .contains("against 1% by week 6) and 'Reach 200 conversions by the last week' (");
        assertThat(assessment.evidence())
                .contains(EvidenceLine.gap("'Lift engagement rate to 1% by week 6' (R) is not fully SMART, so it"
                        + " counts half: a target with no deadline, no business link or no realistic level says"
                        + " little about success."));
    }

    @Test
    void fully_smart_targets_met_earn_full_credit() {
        assertThat(assess(List.of(sales(200)), 6).score()).isEqualTo(1.0);
    }

    @Test
    void an_objective_with_nothing_to_measure_cannot_be_attained_and_the_student_is_told_so() {
        SmartObjective vague = new SmartObjective("v", "grow Instagram", null, null, 0, 0, null, null);
        SmartObjective flat = new SmartObjective(
                "f", "Keep our engagement rate where it is", Kpi.ENGAGEMENT_RATE, null, 0.01, 0.01, 6, "awareness");

        Assessment assessment = assess(List.of(vague, flat, sales(200)), 6);

        assertThat(assessment.score()).isCloseTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(assessment.evidence())
                .contains(EvidenceLine.gap("'grow Instagram' has no KPI to measure and 'Keep our engagement rate"
                        + " where it is' has a target equal to its baseline, so they cannot be attained: give every"
                        + " objective a KPI and a target it can be measured against."));
    }

    @Test
    void a_missed_target_says_how_far_it_came_and_earns_part_credit() {
        Assessment assessment = assess(List.of(sales(2_000)), 6);

        assertThat(assessment.score()).isStrictlyBetween(0.0, 0.8);
        assertThat(assessment.evidence().getFirst().kind()).isEqualTo(EvidenceLine.Kind.GAP);
        assertThat(assessment.evidence().getFirst().text())
                .startsWith("'Sell four-packs through the web shop by week 6' reached ")
                .contains(" against a target of 2,000 by week 6, ")
                .endsWith("% of the way from the baseline of 0.");
    }

    @Test
    void a_higher_target_never_scores_more_and_any_target_met_beats_a_near_miss() {
        List<Double> scores = new ArrayList<>();
        for (double target : new double[] {50, 200, 500, 800, 1_500, 5_000, 100_000}) {
            scores.add(assess(List.of(sales(target)), 6).score());
        }

        assertThat(scores).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(scores.getFirst()).isEqualTo(1.0);
        assertThat(scores.stream().filter(score -> score < 1)).allMatch(score -> score <= 0.8);
    }

    @Test
    void a_deadline_after_the_weeks_run_is_noted() {
        Assessment assessment = assess(List.of(sales(200)), 3);

        assertThat(assessment.evidence())
                .contains(EvidenceLine.note("Measured through week 3: the deadline of 'Sell four-packs through the"
                        + " web shop by week 6' falls after the weeks you ran."));
    }

    @Test
    void identical_submissions_get_identical_assessments() {
        assertThat(assess(List.of(sales(900)), 6)).isEqualTo(assess(List.of(sales(900)), 6));
    }
}
