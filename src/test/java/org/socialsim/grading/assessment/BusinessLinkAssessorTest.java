package org.socialsim.grading.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialsim.attempt.work.Evaluation;
import org.socialsim.attempt.work.PlanEdits;
import org.socialsim.attempt.work.SituationalAnalysis;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.ReferencePlans;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.SmartObjective;

class BusinessLinkAssessorTest {

    private static final ScenarioDefinition BREWHAVEN = Submissions.brewhaven();
    private static final BusinessLinkAssessor ASSESSOR = new BusinessLinkAssessor();
    private static final String SALES_RECOMMENDATION =
            "Move half the TikTok budget to Instagram carousels, which brought most of our sales, and offer a"
                    + " subscription to turn first-time buyers into repeat customers.";

    private static final SmartObjective FOLLOWERS = new SmartObjective(
            "f", "Grow Instagram followers to 5,000 by week 6", Kpi.FOLLOWERS, null, 4200, 5000, 6, "awareness");
    private static final SmartObjective LIKES =
            new SmartObjective("l", "Get 2,000 likes on TikTok by week 6", Kpi.LIKES, null, 0, 2000, 6, "awareness");

    private static Assessment assess(List<SmartObjective> objectives, String recommendations, AssessorParameters p) {
        Plan plan = PlanEdits.withObjectives(ReferencePlans.competent(BREWHAVEN), objectives);
        Submission submission = Submissions.of(
                BREWHAVEN, plan, SituationalAnalysis.empty(), new Evaluation("", "", recommendations, Map.of()), 1);
        return ASSESSOR.assess(submission, p);
    }

    @Test
    void an_empty_submission_scores_zero_and_says_what_to_link_to() {
        Assessment assessment = ASSESSOR.assess(Submissions.empty(BREWHAVEN), AssessorParameters.NONE);

        assertThat(assessment.score()).isZero();
        assertThat(assessment.evidence())
                .containsExactly(
                        EvidenceLine.gap("You set no objectives, so none serves a business objective: link each"
                                + " objective to one of the brand's, e.g. 'Sell 1,500 four-packs of Oat Cold Brew"
                                + " through the web shop…'."),
                        EvidenceLine.gap("You wrote no recommendations: say what the business should do next and"
                                + " what it would bring in sales, leads or customers."));
    }

    @Test
    void the_competent_plan_with_recommendations_about_sales_is_excellent() {
        Assessment assessment =
                assess(ReferencePlans.competent(BREWHAVEN).objectives(), SALES_RECOMMENDATION, AssessorParameters.NONE);

        assertThat(assessment.score()).isGreaterThanOrEqualTo(0.70);
        assertThat(assessment.evidence())
                .contains(EvidenceLine.gap("'Lift engagement rate to 1% by week 6' (engagement rate) names a business"
                        + " objective but measures something that does not show progress on it: choose the KPI that"
                        + " does."))
                .anyMatch(line -> line.text()
                        .startsWith("'Reach 200 conversions by the last week' serves the business"
                                + " objective 'Sell 1,500 four-packs"));
    }

    @Test
    void vanity_only_objectives_count_as_unlinked_unless_penalise_vanity_is_off() {
        List<SmartObjective> vanity = List.of(FOLLOWERS, LIKES);

        Assessment penalised = assess(vanity, "", AssessorParameters.NONE);
        Assessment tolerated = assess(vanity, "", AssessorParameters.of("penalise_vanity", false));

        assertThat(penalised.score()).isZero();
        assertThat(penalised.evidence().getFirst())
                .isEqualTo(EvidenceLine.gap("2 objectives count as unlinked because they are measured by a vanity"
                        + " metric: 'Grow Instagram followers to 5,000 by week 6' (followers) and 'Get 2,000 likes on"
                        + " TikTok by week 6' (likes). Measure what the attention should bring, such as clicks,"
                        + " conversions or revenue."));
        // Followers show progress on awareness; likes do not, so they only name the objective.
        assertThat(tolerated.score()).isCloseTo(0.85 * 0.75, within(1e-9));
    }

    @Test
    void objectives_rise_from_unlinked_to_implied_to_mismatched_to_linked() {
        SmartObjective unlinked =
                new SmartObjective("s", "Spend the whole ads budget by week 6", Kpi.SPEND, null, 0, 5000, 6, null);
        SmartObjective implied = new SmartObjective(
                "s", "Sell 600 four-packs through the web shop by week 6", Kpi.CONVERSIONS, null, 0, 600, 6, null);
        SmartObjective mismatched = new SmartObjective(
                "s", "Sell 600 four-packs through the web shop by week 6", Kpi.REACH, null, 0, 600, 6, "launch-sales");
        SmartObjective linked = new SmartObjective(
                "s",
                "Sell 600 four-packs through the web shop by week 6",
                Kpi.CONVERSIONS,
                null,
                0,
                600,
                6,
                "launch-sales");

        Assessment none = assess(List.of(unlinked), "", AssessorParameters.NONE);
        Assessment quarter = assess(List.of(implied), "", AssessorParameters.NONE);

        assertThat(none.score()).isZero();
        assertThat(quarter.score()).isCloseTo(0.85 * 0.25, within(1e-9));
        assertThat(assess(List.of(mismatched), "", AssessorParameters.NONE).score())
                .isCloseTo(0.85 * 0.5, within(1e-9));
        assertThat(assess(List.of(linked), "", AssessorParameters.NONE).score()).isCloseTo(0.85, within(1e-9));
        assertThat(none.evidence().getFirst())
                .isEqualTo(EvidenceLine.gap("'Spend the whole ads budget by week 6' serves no business objective of"
                        + " the brand: link it to one, e.g. 'Sell 1,500 four-packs of Oat Cold Brew through the web"
                        + " shop…'."));
        assertThat(quarter.evidence().getFirst())
                .isEqualTo(EvidenceLine.gap("'Sell 600 four-packs through the web shop by week 6' measures progress"
                        + " on 'Sell 1,500 four-packs of Oat Cold Brew through the web shop…' but does not name it:"
                        + " link it to the business objective it serves."));
    }

    @Test
    void recommendations_about_business_outcomes_lift_the_score_a_little() {
        List<SmartObjective> objectives = ReferencePlans.competent(BREWHAVEN).objectives();

        double silent = assess(objectives, "Post more reels and use trending sounds.", AssessorParameters.NONE)
                .score();
        double one = assess(objectives, "Post more reels to drive sales.", AssessorParameters.NONE)
                .score();
        Assessment outcomes = assess(objectives, SALES_RECOMMENDATION, AssessorParameters.NONE);

        assertThat(silent).isLessThan(one);
        assertThat(one).isLessThan(outcomes.score());
        assertThat(outcomes.score() - silent).isCloseTo(0.15, within(1e-9));
        assertThat(outcomes.evidence())
                .contains(EvidenceLine.strength("Your recommendations speak of business outcomes ('sales',"
                        + " 'repeat', 'customers', 'first-time' and 'buyers')."));
    }

    @Test
    void identical_submissions_get_identical_assessments() {
        List<SmartObjective> objectives = List.of(FOLLOWERS, LIKES);

        assertThat(assess(objectives, SALES_RECOMMENDATION, AssessorParameters.NONE))
                .isEqualTo(assess(objectives, SALES_RECOMMENDATION, AssessorParameters.NONE));
    }
}
