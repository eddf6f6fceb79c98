package org.socialsim.grading.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.attempt.work.PlanEdits;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.ReferencePlans;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.SmartObjective;

class SmartObjectivesAssessorTest {

    private static final ScenarioDefinition BREWHAVEN = Submissions.brewhaven();
    private static final SmartObjectivesAssessor ASSESSOR = new SmartObjectivesAssessor();

    static final SmartObjective SALES = new SmartObjective(
            "sales",
            "Sell 600 four-packs through the web shop by week 6",
            Kpi.CONVERSIONS,
            null,
            0,
            600,
            6,
            "launch-sales");
    static final SmartObjective REACH = new SmartObjective(
            "reach",
            "Reach 60,000 coffee drinkers beyond our followers by week 4",
            Kpi.REACH,
            null,
            0,
            60_000,
            4,
            "awareness");
    static final SmartObjective ENGAGEMENT = new SmartObjective(
            "er", "Lift TikTok engagement rate to 3% by week 6", Kpi.ENGAGEMENT_RATE, null, 0.02, 0.03, 6, "awareness");
    static final SmartObjective VAGUE = new SmartObjective("v", "grow Instagram", null, null, 0, 0, null, null);

    private static Assessment assess(List<SmartObjective> objectives) {
        return assess(objectives, AssessorParameters.NONE);
    }

    private static Assessment assess(List<SmartObjective> objectives, AssessorParameters parameters) {
        Plan plan = PlanEdits.withObjectives(ReferencePlans.competent(BREWHAVEN), objectives);
        return ASSESSOR.assess(Submissions.competentPlan(BREWHAVEN, p -> plan), parameters);
    }

    @Test
    void an_empty_submission_scores_zero_and_asks_for_objectives() {
        Assessment assessment = ASSESSOR.assess(Submissions.empty(BREWHAVEN), AssessorParameters.NONE);

        assertThat(assessment.score()).isZero();
        assertThat(assessment.evidence())
                .singleElement()
                .isEqualTo(EvidenceLine.gap("You set no objectives: write at least 3 SMART objectives, each with a"
                        + " KPI, a baseline and target, a deadline week and the business objective it serves."));
    }

    @Test
    void the_competent_plans_two_objectives_are_very_good_and_the_lapse_is_named_with_its_reason() {
        Assessment assessment = ASSESSOR.assess(Submissions.competentPlan(BREWHAVEN), AssessorParameters.NONE);

        assertThat(assessment.score()).isBetween(0.60, 0.70);
        assertThat(assessment.evidence())
                .contains(
                        EvidenceLine.strength(
                                "1 of 2 objectives is fully SMART: 'Reach 200 conversions by the last week'."),
                        EvidenceLine.gap("'Lift engagement rate to 1% by week 6' is not R: engagement rate does not"
                                + " show progress on sales; choose a KPI that does."),
                        EvidenceLine.note("9 of 10 SMART tests pass across your 2 objectives."));
    }

    @Test
    void three_fully_smart_objectives_earn_full_credit_and_two_are_excellent() {
        assertThat(assess(List.of(SALES, REACH, ENGAGEMENT)).score()).isEqualTo(1.0);
        assertThat(assess(List.of(SALES, REACH)).score()).isBetween(0.70, 0.85);
    }

    @Test
    void two_smart_objectives_beside_one_with_a_lapse_are_very_good_not_excellent() {
        SmartObjective undated = new SmartObjective(
                "undated",
                "Raise Instagram engagement per follower from 0.47% to 0.6%",
                Kpi.ENGAGEMENT_RATE,
                Platform.INSTAGRAM,
                0.0047,
                0.006,
                null,
                "awareness");

        assertThat(assess(List.of(SALES, REACH, undated)).score()).isBetween(0.60, 0.70);
        assertThat(assess(List.of(SALES, REACH, undated)).score())
                .isLessThan(assess(List.of(SALES, REACH, ENGAGEMENT)).score());
    }

    @Test
    void a_single_fully_smart_objective_only_meets_the_minimum() {
        assertThat(assess(List.of(SALES)).score()).isBetween(0.40, 0.50);
    }

    @Test
    void vague_objectives_are_insufficient_and_each_failing_letter_says_what_to_do() {
        SmartObjective engagement =
                new SmartObjective("more", "More engagement on our posts", Kpi.LIKES, null, 100, 500, null, null);
        Assessment assessment = assess(List.of(VAGUE, engagement));

        assertThat(assessment.score()).isBetween(0.0, 0.30);
        assertThat(assessment.evidence())
                .contains(
                        EvidenceLine.gap("'grow Instagram' is not S, M, A, R and T: say what will change, where and"
                                + " for whom; choose the KPI that measures it; with no KPI or change its ambition"
                                + " cannot be judged; link it to one of the brand's business objectives; give it a"
                                + " deadline week."),
                        EvidenceLine.gap("'More engagement on our posts' is not R and T: likes alone is a vanity"
                                + " metric with no business objective; give it a deadline week."),
                        EvidenceLine.gap("None of your objectives is fully SMART; 3 are needed for full credit."));
    }

    @Test
    void typical_weak_objectives_with_two_lapses_each_land_between_insufficient_and_adequate() {
        List<SmartObjective> weak = List.of(
                new SmartObjective("a", "Get more likes on Instagram posts", Kpi.LIKES, null, 100, 400, null, null),
                new SmartObjective(
                        "b", "Increase followers on TikTok a lot", Kpi.FOLLOWERS, null, 1800, 2500, null, null),
                new SmartObjective("c", "Drive sales of the new cold brew", Kpi.CONVERSIONS, null, 0, 300, null, null));

        assertThat(assess(weak).score()).isBetween(0.20, 0.45);
    }

    @Test
    void min_objectives_sets_how_many_fully_smart_objectives_full_credit_needs() {
        List<SmartObjective> two = List.of(SALES, REACH);

        assertThat(assess(two, AssessorParameters.of("min_objectives", 2)).score())
                .isEqualTo(1.0);
        assertThat(assess(two, AssessorParameters.of("min_objectives", 3)).score())
                .isLessThan(0.85);
        assertThat(assess(two, AssessorParameters.of("min_objectives", 5)).score())
                .isLessThan(
                        assess(two, AssessorParameters.of("min_objectives", 3)).score());
        assertThat(assess(two, AssessorParameters.of("min_objectives", 2)).evidence())
                .noneMatch(line -> line.text().contains("needed for full credit"));
    }

    @Test
    void completing_an_objective_letter_by_letter_never_lowers_the_score() {
        List<SmartObjective> steps = List.of(
                new SmartObjective("s", "", null, null, 0, 0, null, null),
                new SmartObjective("s", "Sell four-packs through the web shop", null, null, 0, 0, null, null),
                new SmartObjective(
                        "s", "Sell four-packs through the web shop", Kpi.CONVERSIONS, null, 0, 600, null, null),
                new SmartObjective("s", "Sell four-packs through the web shop", Kpi.CONVERSIONS, null, 0, 600, 6, null),
                SALES);
        List<Double> scores = new ArrayList<>();
        for (SmartObjective step : steps) {
            scores.add(assess(List.of(step, REACH)).score());
        }

        assertThat(scores).isSorted();
        assertThat(scores.getLast()).isGreaterThan(scores.getFirst());
    }

    @Test
    void identical_submissions_get_identical_assessments() {
        assertThat(assess(List.of(VAGUE, SALES))).isEqualTo(assess(List.of(VAGUE, SALES)));
    }
}
