package org.socialsim.grading.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.socialsim.rubric.definition.AssessorName;
import org.socialsim.rubric.definition.RubricDefinition;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.CrisisResponse;
import org.socialsim.simulation.plan.CrisisStrategy;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.Post;
import org.socialsim.simulation.plan.SmartObjective;

/**
 * The shipped rubric's guidance caps a criterion whatever else is good; the assessor that finds the error sets the
 * ceiling, and the suggested level respects it. Each case is the competent plan with the one error.
 */
class GuidanceCeilingsTest {

    private static final ScenarioDefinition BREWHAVEN = Submissions.brewhaven();
    private static final RubricDefinition RUBRIC = Submissions.rubric("smm-coursework");

    private static Plan posts(Plan plan, UnaryOperator<Post> edit) {
        return new Plan(
                plan.objectives(),
                plan.personas(),
                plan.posts().stream().map(edit).toList(),
                plan.campaigns(),
                plan.influencers(),
                plan.community(),
                plan.crisis());
    }

    private static Post with(Post p, int hour, Pillar pillar) {
        return new Post(
                p.id(),
                p.week(),
                p.day(),
                hour,
                p.platform(),
                p.format(),
                pillar,
                p.persona(),
                p.stage(),
                p.callToAction(),
                p.link(),
                p.caption(),
                p.hashtags(),
                p.boost());
    }

    private static SuggestedGrade suggest(UnaryOperator<Plan> edit) {
        return SuggestedMarks.suggest(RUBRIC, Submissions.competentPlan(BREWHAVEN, edit));
    }

    @Test
    void the_competent_plan_has_no_ceiling() {
        SuggestedGrade grade = SuggestedMarks.suggest(RUBRIC, Submissions.competentPlan(BREWHAVEN));
        assertThat(grade.criteria())
                .flatExtracting(CriterionSuggestion::results)
                .allSatisfy(r -> assertThat(r.assessment().ceiling()).isEqualTo(Assessment.NO_CEILING));
    }

    @Test
    void posting_at_night_keeps_the_content_plan_at_good_at_best() {
        SuggestedGrade grade = suggest(plan -> posts(plan, p -> with(p, 3, p.pillar())));

        assertThat(grade.criterion("content-plan").score()).isLessThanOrEqualTo(Assessment.AT_MOST_GOOD);
        assertThat(grade.criterion("content-plan").level()).isNotIn("Excellent", "Very good");
        assertThat(Assessors.of(AssessorName.SCHEDULING)
                        .assess(
                                Submissions.competentPlan(BREWHAVEN, plan -> posts(plan, p -> with(p, 3, p.pillar()))),
                                AssessorParameters.of())
                        .evidence())
                .anySatisfy(line -> assertThat(line.text())
                        .startsWith("Most of your posts go out when your audience is not online"));
    }

    @Test
    void a_mostly_promotional_plan_keeps_the_content_plan_at_good_at_best() {
        SuggestedGrade grade = suggest(plan -> posts(plan, p -> with(p, p.hour(), Pillar.PROMOTIONAL)));

        assertThat(grade.criterion("content-plan").level()).isNotIn("Excellent", "Very good");
    }

    @Test
    void a_denial_in_the_preventable_crisis_keeps_community_and_crisis_at_adequate_at_best() {
        SuggestedGrade grade = suggest(plan -> {
            CrisisResponse c = plan.crisis();
            return new Plan(
                    plan.objectives(),
                    plan.personas(),
                    plan.posts(),
                    plan.campaigns(),
                    plan.influencers(),
                    plan.community(),
                    new CrisisResponse(
                            c.firstResponseHours(),
                            CrisisStrategy.DENY,
                            false,
                            c.channels(),
                            "These claims are false.",
                            c.pausePromotion(),
                            c.followUps()));
        });

        assertThat(grade.criterion("community-crisis").score()).isLessThanOrEqualTo(Assessment.AT_MOST_ADEQUATE);
        assertThat(grade.criterion("community-crisis").level()).isIn("Adequate", "Insufficient");
    }

    @Test
    void vanity_only_objectives_with_no_business_link_keep_the_strategy_at_adequate_at_best_and_a_link_lifts_it() {
        UnaryOperator<Plan> vanity = plan -> withObjectives(plan, null);
        UnaryOperator<Plan> linked = plan -> withObjectives(plan, "awareness");

        assertThat(suggest(vanity).criterion("strategy").score()).isLessThanOrEqualTo(Assessment.AT_MOST_ADEQUATE);
        assertThat(Assessors.of(AssessorName.SMART_OBJECTIVES)
                        .assess(Submissions.competentPlan(BREWHAVEN, linked), AssessorParameters.of())
                        .ceiling())
                .isEqualTo(Assessment.NO_CEILING);
    }

    private static Plan withObjectives(Plan plan, String business) {
        return new Plan(
                List.of(
                        new SmartObjective(
                                "followers",
                                "Grow Instagram from 4,200 to 5,000 followers by week 6",
                                Kpi.FOLLOWERS,
                                Platform.INSTAGRAM,
                                4200,
                                5000,
                                6,
                                business),
                        new SmartObjective(
                                "likes",
                                "Earn 15,000 likes on both platforms by week 6",
                                Kpi.LIKES,
                                null,
                                0,
                                15000,
                                6,
                                business)),
                plan.personas(),
                plan.posts(),
                plan.campaigns(),
                plan.influencers(),
                plan.community(),
                plan.crisis());
    }
}
