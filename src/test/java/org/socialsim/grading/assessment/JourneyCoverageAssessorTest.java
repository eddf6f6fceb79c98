package org.socialsim.grading.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialsim.grading.assessment.ContentPlans.aimed;
import static org.socialsim.grading.assessment.ContentPlans.posts;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.CallToAction;
import org.socialsim.simulation.plan.Plan;

class JourneyCoverageAssessorTest {

    private static final ScenarioDefinition BREWHAVEN = Submissions.brewhaven();
    private static final JourneyCoverageAssessor ASSESSOR = new JourneyCoverageAssessor();

    private static Assessment assess(Submission submission) {
        return ASSESSOR.assess(submission, AssessorParameters.NONE);
    }

    /** The reference plan with only the posts aimed at {@code stages} and no campaigns. */
    private static Submission only(Set<FunnelStage> stages) {
        return Submissions.competentPlan(
                BREWHAVEN,
                p -> ContentPlans.campaigns(
                        ContentPlans.keepPosts(p, post -> stages.contains(post.stage())), List.of()));
    }

    @Test
    void the_reference_plan_covers_the_whole_journey_with_fitting_calls_to_action() {
        Assessment assessment = assess(Submissions.competentPlan(BREWHAVEN));

        assertThat(assessment.score()).isEqualTo(1.0);
        assertThat(assessment.evidence())
                .containsExactly(
                        EvidenceLine.strength("Your plan aims at awareness (30 posts), consideration (12 posts),"
                                + " conversion (6 posts, 2 campaigns) and loyalty (12 posts)."),
                        EvidenceLine.strength("Every post's call to action fits its journey stage."));
    }

    @Test
    void an_empty_plan_scores_nothing() {
        Assessment assessment = assess(Submissions.empty(BREWHAVEN));

        assertThat(assessment.score()).isZero();
        assertThat(assessment.evidence())
                .singleElement()
                .extracting(EvidenceLine::text)
                .asString()
                .startsWith("No posts or campaigns are planned");
    }

    @Test
    void an_all_selling_plan_ignores_most_of_the_journey() {
        Assessment assessment = assess(Submissions.competentPlan(BREWHAVEN, p -> posts(p, ContentPlans::selling)));

        assertThat(assessment.score()).isBetween(0.2, 0.4);
        assertThat(assessment.evidence())
                .extracting(EvidenceLine::text)
                .contains(
                        "Your plan aims at conversion (60 posts, 2 campaigns). Cover at least 3 of the 4 stages with"
                                + " fitting calls to action.",
                        "Nothing is aimed at awareness, consideration or loyalty: add posts that introduce the brand"
                                + " to new people and ask them to follow or share.");
    }

    @Test
    void each_stage_added_raises_the_score() {
        double one = assess(only(Set.of(FunnelStage.AWARENESS))).score();
        double two = assess(only(Set.of(FunnelStage.AWARENESS, FunnelStage.CONSIDERATION)))
                .score();
        double three = assess(only(Set.of(FunnelStage.AWARENESS, FunnelStage.CONSIDERATION, FunnelStage.CONVERSION)))
                .score();
        double four = assess(only(Set.of(FunnelStage.values()))).score();

        assertThat(one).isLessThan(0.4);
        assertThat(two).isBetween(0.5, 0.7);
        assertThat(three).isGreaterThanOrEqualTo(0.7).isGreaterThan(two);
        assertThat(four).isGreaterThan(three);
    }

    @Test
    void fewer_required_stages_give_a_two_stage_plan_full_coverage() {
        Submission twoStages = only(Set.of(FunnelStage.AWARENESS, FunnelStage.CONVERSION));

        double strict = assess(twoStages).score();
        double lenient = ASSESSOR.assess(twoStages, AssessorParameters.of("min_stages", 2))
                .score();

        assertThat(lenient).isGreaterThanOrEqualTo(0.9).isGreaterThan(strict);
    }

    @Test
    void a_shop_now_to_strangers_is_named_with_the_post_it_is_on() {
        Assessment assessment = assess(Submissions.competentPlan(
                BREWHAVEN,
                p -> ContentPlans.postsWhere(
                        posts(p, post -> ContentPlans.captioned(post, "Our oat cold brew is here")),
                        post -> post.stage() == FunnelStage.AWARENESS,
                        post -> aimed(post, FunnelStage.AWARENESS, CallToAction.SHOP_NOW))));

        assertThat(assessment.score())
                .isLessThan(assess(Submissions.competentPlan(BREWHAVEN)).score());
        assertThat(assessment.evidence())
                .extracting(EvidenceLine::text)
                .contains("30 of 60 posts ask for something that does not fit their stage, e.g. week 1 Instagram,"
                        + " Monday 12:00, 'Our oat cold brew is here' (awareness, asks to shop now).");
    }

    @Test
    void identical_submissions_get_identical_assessments() {
        Plan plan = org.socialsim.simulation.ReferencePlans.competent(BREWHAVEN);
        Submission first = Submissions.of(
                BREWHAVEN,
                plan,
                org.socialsim.attempt.work.SituationalAnalysis.empty(),
                org.socialsim.attempt.work.Evaluation.empty());

        assertThat(assess(first)).isEqualTo(assess(Submissions.competentPlan(BREWHAVEN)));
    }
}
