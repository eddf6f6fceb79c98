package org.socialsim.grading.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.attempt.work.Evaluation;
import org.socialsim.attempt.work.SituationalAnalysis;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.ReferencePlans;
import org.socialsim.simulation.plan.CrisisFollowUp;
import org.socialsim.simulation.plan.CrisisResponse;
import org.socialsim.simulation.plan.CrisisStrategy;

class CrisisResponseAssessorTest {

    private static final ScenarioDefinition BREWHAVEN = Submissions.brewhaven();
    private static final CrisisResponseAssessor ASSESSOR = new CrisisResponseAssessor();
    private static final String GOOD_STATEMENT =
            "We're sorry. Batch 0419 may be unsafe: do not drink it. We are recalling it and will update at 21:00.";

    private static CrisisResponse response(
            double hours, CrisisStrategy strategy, String statement, boolean pause, List<Platform> channels) {
        return new CrisisResponse(
                hours,
                strategy,
                false,
                channels,
                statement,
                pause,
                List.of(
                        new CrisisFollowUp(12, "What we found and what we do"),
                        new CrisisFollowUp(36, "How we make it right")));
    }

    private static CrisisResponse response(double hours, CrisisStrategy strategy, String statement, boolean pause) {
        return response(
                hours,
                strategy,
                statement,
                pause,
                List.copyOf(BREWHAVEN.platforms().keySet()));
    }

    private static Assessment assess(CrisisResponse response) {
        return assess(response, AssessorParameters.NONE);
    }

    private static Assessment assess(CrisisResponse response, AssessorParameters parameters) {
        return ASSESSOR.assess(
                Submissions.competentPlan(BREWHAVEN, plan -> CommunityPlanEdits.withCrisis(plan, response)),
                parameters);
    }

    @Test
    void the_reference_competent_response_reaches_excellent() {
        Assessment assessment = ASSESSOR.assess(Submissions.competentPlan(BREWHAVEN), AssessorParameters.NONE);

        assertThat(assessment.score()).isGreaterThanOrEqualTo(0.7);
        assertThat(assessment.evidence())
                .contains(EvidenceLine.strength("You chose to rebuild (apologise and put it right), which fits a"
                        + " preventable crisis: the public holds BrewHaven fully responsible."));
    }

    @Test
    void an_empty_submission_scores_zero() {
        assertThat(ASSESSOR.assess(Submissions.empty(BREWHAVEN), AssessorParameters.NONE)
                        .score())
                .isZero();
    }

    @Test
    void a_crisis_not_yet_reached_scores_zero_with_a_note_saying_so() {
        Assessment assessment = ASSESSOR.assess(
                Submissions.of(
                        BREWHAVEN,
                        ReferencePlans.competent(BREWHAVEN),
                        SituationalAnalysis.empty(),
                        Evaluation.empty(),
                        3),
                AssessorParameters.NONE);

        assertThat(assessment.score()).isZero();
        assertThat(assessment.evidence())
                .containsExactly(EvidenceLine.note("The crisis breaks in week 4 and only weeks 1–3 were run, so there"
                        + " was no crisis to answer and nothing here can be credited yet."));
    }

    @Test
    void never_answering_the_crisis_scores_zero() {
        Assessment assessment = ASSESSOR.assess(
                Submissions.competentPlan(BREWHAVEN, plan -> CommunityPlanEdits.withCrisis(plan, null)),
                AssessorParameters.NONE);

        assertThat(assessment.score()).isZero();
        assertThat(assessment.evidence().get(0).text()).startsWith("The brand never answered the crisis");
    }

    @Test
    void denying_a_preventable_crisis_is_capped_at_weak_work_however_fast_and_loud() {
        Assessment assessment = assess(response(0.5, CrisisStrategy.DENY, "These claims are false.", true));

        assertThat(assessment.score()).isBetween(0.2, CrisisResponseAssessor.DENIAL_CAP);
        assertThat(assessment.evidence().get(0))
                .isEqualTo(EvidenceLine.gap("You chose to deny a preventable crisis: the public holds BrewHaven fully"
                        + " responsible; denial against the facts is a serious error that makes the story grow."
                        + " Rebuild: apologise, recall and compensate."));
        assertThat(assessment.evidence())
                .extracting(EvidenceLine::text)
                .anySatisfy(text -> assertThat(text).contains("dismisses what people saw"));
    }

    @Test
    void diminishing_a_preventable_crisis_earns_less_than_rebuilding() {
        double rebuild = assess(response(0.5, CrisisStrategy.REBUILD, GOOD_STATEMENT, true))
                .score();
        double diminish = assess(response(0.5, CrisisStrategy.DIMINISH, GOOD_STATEMENT, true))
                .score();
        double deny =
                assess(response(0.5, CrisisStrategy.DENY, GOOD_STATEMENT, true)).score();

        assertThat(rebuild).isGreaterThan(diminish);
        assertThat(diminish).isGreaterThan(deny);
        assertThat(diminish).isBetween(0.4, 0.7);
    }

    @Test
    void a_slower_first_response_always_scores_lower() {
        double previous = 2;
        for (double hours : new double[] {0.5, 1, 2, 4, 10, 30}) {
            double score = assess(response(hours, CrisisStrategy.REBUILD, GOOD_STATEMENT, true))
                    .score();
            assertThat(score).as("first response after %s h", hours).isLessThanOrEqualTo(previous);
            previous = score;
        }
        Assessment slow = assess(response(30, CrisisStrategy.REBUILD, GOOD_STATEMENT, true));
        assertThat(slow.score()).isLessThan(0.45);
        assertThat(slow.evidence())
                .contains(EvidenceLine.gap("Your first statement came after 30 h; people expect one within 1 h and the"
                        + " story grew in the silence. Post a short holding statement first."));
    }

    @Test
    void a_longer_first_response_parameter_forgives_a_slower_statement() {
        CrisisResponse tenHours = response(10, CrisisStrategy.REBUILD, GOOD_STATEMENT, true);

        double strict = assess(tenHours).score();
        double lenient = assess(tenHours, AssessorParameters.of("first_response_hours", 12.0))
                .score();

        assertThat(lenient).isGreaterThan(strict + 0.2);
    }

    @Test
    void leaving_promotion_running_costs_a_level_and_says_so() {
        double paused = assess(response(0.5, CrisisStrategy.REBUILD, GOOD_STATEMENT, true))
                .score();
        Assessment running = assess(response(0.5, CrisisStrategy.REBUILD, GOOD_STATEMENT, false));

        assertThat(running.score()).isLessThan(paused - 0.2).isLessThan(0.7);
        assertThat(running.evidence())
                .contains(EvidenceLine.gap("Scheduled promotion kept running during the crisis and looked tone-deaf;"
                        + " pause promotional posts and ads when a crisis breaks."));
    }

    @Test
    void a_holding_statement_that_acknowledges_gives_facts_acts_and_promises_an_update_earns_full_credit() {
        Assessment full = assess(response(0.5, CrisisStrategy.REBUILD, GOOD_STATEMENT, true));
        Assessment thin = assess(response(0.5, CrisisStrategy.REBUILD, "We're sorry.", true));

        assertThat(full.evidence())
                .extracting(EvidenceLine::text)
                .anySatisfy(text -> assertThat(text).contains("acknowledges the problem, gives facts"));
        assertThat(thin.evidence())
                .contains(EvidenceLine.gap("Your holding statement 'We're sorry.' does not give a fact you know (what,"
                        + " which batch, how many); say what you are doing or say when the next update comes."));
        assertThat(thin.score()).isLessThan(full.score());
    }

    @Test
    void a_time_for_the_next_update_is_not_taken_for_a_fact() {
        Assessment assessment = assess(response(
                0.5, CrisisStrategy.REBUILD, "We're sorry. We are investigating and will update at 21:00.", true));

        assertThat(assessment.evidence())
                .contains(
                        EvidenceLine.gap("Your holding statement 'We're sorry. We are investigating and will update at"
                                + " 21:00.' does not give a fact you know (what, which batch, how many)."));
    }

    @Test
    void a_statement_that_overstates_the_facts_is_flagged() {
        Assessment assessment = assess(response(
                0.5,
                CrisisStrategy.REBUILD,
                "We're sorry for the worry. Our cans are completely safe and we are checking batch 0419.",
                true));

        assertThat(assessment.evidence())
                .extracting(EvidenceLine::text)
                .anySatisfy(text -> assertThat(text).contains("claims more than the brand knows"));
    }

    @Test
    void a_statement_on_one_platform_misses_the_followers_elsewhere() {
        Platform first = BREWHAVEN.platforms().keySet().iterator().next();
        double everywhere = assess(response(0.5, CrisisStrategy.REBUILD, GOOD_STATEMENT, true))
                .score();
        Assessment one = assess(response(0.5, CrisisStrategy.REBUILD, GOOD_STATEMENT, true, List.of(first)));

        assertThat(one.score()).isLessThan(everywhere);
        assertThat(one.evidence())
                .extracting(EvidenceLine::text)
                .anySatisfy(text -> assertThat(text).startsWith("Your statement reached platforms with"));
    }

    @Test
    void the_same_submission_always_gets_the_same_assessment() {
        CrisisResponse response = response(3, CrisisStrategy.DIMINISH, "We are looking into it.", false);

        assertThat(assess(response)).isEqualTo(assess(response));
    }
}
