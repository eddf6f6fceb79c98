package org.socialsim.grading.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.attempt.work.Evaluation;
import org.socialsim.attempt.work.SituationalAnalysis;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.InfluencerPartnership;
import org.socialsim.simulation.plan.Plan;

class InfluencerComplianceAssessorTest {

    private static final ScenarioDefinition BREWHAVEN = Submissions.brewhaven();
    private static final InfluencerComplianceAssessor ASSESSOR = new InfluencerComplianceAssessor();

    private static Assessment paying(String creator, double fee, boolean disclosed) {
        return paying(creator, fee, disclosed, AssessorParameters.NONE);
    }

    private static Assessment paying(String creator, double fee, boolean disclosed, AssessorParameters parameters) {
        InfluencerPartnership partnership =
                new InfluencerPartnership(creator, 2, 1, Format.SHORT_VIDEO, fee, disclosed);
        return ASSESSOR.assess(
                Submissions.competentPlan(
                        BREWHAVEN, plan -> CommunityPlanEdits.withInfluencers(plan, List.of(partnership))),
                parameters);
    }

    @Test
    void the_reference_competent_creator_choice_reaches_excellent() {
        Assessment assessment = ASSESSOR.assess(Submissions.competentPlan(BREWHAVEN), AssessorParameters.NONE);

        assertThat(assessment.score()).isGreaterThanOrEqualTo(0.7);
        assertThat(assessment.evidence())
                .containsExactly(
                        EvidenceLine.strength(
                                "@studybreakzara fits: 45% of the audience is yours and 90% of it is real, at £500 a post."),
                        EvidenceLine.strength("The sponsored post is disclosed as paid."));
    }

    @Test
    void an_empty_submission_scores_zero() {
        assertThat(ASSESSOR.assess(Submissions.empty(BREWHAVEN), AssessorParameters.NONE)
                        .score())
                .isZero();
    }

    @Test
    void an_undisclosed_sponsored_post_scores_zero_when_disclosure_is_required() {
        Assessment assessment = paying("latte-art-lucy", 450, false);

        assertThat(assessment.score()).isZero();
        assertThat(assessment.evidence().get(0))
                .isEqualTo(EvidenceLine.gap("1 of 1 sponsored posts are not disclosed: @latteartlucy (week 2). Label"
                        + " every paid post (#ad, paid partnership); hidden advertising breaks advertising rules and"
                        + " risks a backlash."));
    }

    @Test
    void without_required_disclosure_an_undisclosed_post_only_loses_its_disclosure_share() {
        AssessorParameters lenient = AssessorParameters.of("require_disclosure", false);

        double disclosed = paying("latte-art-lucy", 450, true, lenient).score();
        double hidden = paying("latte-art-lucy", 450, false, lenient).score();

        assertThat(hidden).isGreaterThan(0.5).isLessThan(disclosed);
        assertThat(disclosed - hidden).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void a_huge_creator_with_bought_followers_is_a_trap() {
        Assessment assessment = paying("luxe-life-mia", 2500, true);

        assertThat(assessment.score()).isBetween(0.2, 0.4);
        assertThat(assessment.evidence().get(0))
                .isEqualTo(EvidenceLine.gap("@luxelifestyle.mia has a large audience, but only 35% of it is real and"
                        + " 8% of it is in your audience; choose a smaller creator whose followers are real and match"
                        + " your personas."));
    }

    @Test
    void creators_rank_by_fit_authenticity_and_value_not_by_size() {
        double fitting = paying("study-break-zara", 500, true).score();
        double big = paying("morning-routine-tom", 1200, true).score();
        double trap = paying("luxe-life-mia", 2500, true).score();

        assertThat(fitting).isGreaterThan(big);
        assertThat(big).isGreaterThan(trap);
        assertThat(paying("morning-routine-tom", 1200, true).evidence().get(0).text())
                .isEqualTo("Only 25% of @morningroutine.tom's audience is in your audience, where other creators"
                        + " offered up to 55%; pick creators by audience fit, not size.");
    }

    @Test
    void no_creator_at_all_is_neutral_with_a_note() {
        Assessment assessment = ASSESSOR.assess(
                Submissions.competentPlan(BREWHAVEN, plan -> CommunityPlanEdits.withInfluencers(plan, List.of())),
                AssessorParameters.NONE);

        assertThat(assessment.score()).isEqualTo(InfluencerComplianceAssessor.NO_CREATOR_SCORE);
        assertThat(assessment.evidence())
                .containsExactly(EvidenceLine.note("You worked with no creator, although the scenario offered 5 and a"
                        + " creator budget of £3,000. Nothing was wrong, but nothing showed how you would choose and"
                        + " disclose one."));
    }

    @Test
    void fees_above_the_creator_budget_are_flagged() {
        InfluencerPartnership costly = new InfluencerPartnership("latte-art-lucy", 2, 8, Format.IMAGE, 3600, true);
        Assessment assessment = ASSESSOR.assess(
                Submissions.of(
                        BREWHAVEN,
                        CommunityPlanEdits.withInfluencers(Plan.empty(), List.of(costly)),
                        SituationalAnalysis.empty(),
                        Evaluation.empty(),
                        1),
                AssessorParameters.NONE);

        assertThat(assessment.evidence())
                .contains(EvidenceLine.gap("Your creator fees of £3,600 exceed the creator budget of £3,000; the engine"
                        + " only pays what the budget holds."));
    }

    @Test
    void the_same_submission_always_gets_the_same_assessment() {
        assertThat(paying("gym-fuel-gabe", 900, true)).isEqualTo(paying("gym-fuel-gabe", 900, true));
    }
}
