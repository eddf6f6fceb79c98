package org.socialsim.grading.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialsim.grading.assessment.ContentPlans.budget;
import static org.socialsim.grading.assessment.ContentPlans.campaigns;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.attempt.work.Evaluation;
import org.socialsim.attempt.work.SituationalAnalysis;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.ReferencePlans;
import org.socialsim.simulation.plan.AdCampaign;
import org.socialsim.simulation.plan.BidStrategy;

class PaidEfficiencyAssessorTest {

    private static final ScenarioDefinition BREWHAVEN = Submissions.brewhaven();
    private static final PaidEfficiencyAssessor ASSESSOR = new PaidEfficiencyAssessor();

    private static Assessment assess(Submission submission) {
        return ASSESSOR.assess(submission, AssessorParameters.NONE);
    }

    private static AdCampaign retargeted(AdCampaign c, List<String> personas, BidStrategy strategy, Double cap) {
        return new AdCampaign(
                c.id(),
                c.name(),
                c.platform(),
                c.objective(),
                personas,
                c.format(),
                c.stage(),
                c.budget(),
                strategy,
                cap,
                c.fromWeek(),
                c.toWeek());
    }

    @Test
    void the_reference_plans_targeted_campaigns_are_excellent() {
        Assessment assessment = assess(Submissions.competentPlan(BREWHAVEN));

        assertThat(assessment.score()).isGreaterThanOrEqualTo(0.7);
        assertThat(assessment.evidence().getFirst().text())
                .startsWith("Paid spend of £")
                .contains(" sales at £");
        assertThat(assessment.evidence())
                .contains(
                        EvidenceLine.strength("Campaigns and boosts commit £4,250 of the £5,000 ads budget (85%)."),
                        EvidenceLine.strength("Every campaign targets your personas."));
    }

    @Test
    void a_plan_without_paid_activity_scores_nothing_and_says_so() {
        Assessment assessment = assess(Submissions.competentPlan(BREWHAVEN, ContentPlans::noPaid));

        assertThat(assessment.score()).isZero();
        assertThat(assessment.evidence())
                .containsExactly(
                        EvidenceLine.gap(
                                "There is no paid activity at all: no campaign and no boosted post,"
                                        + " though the brief gives £5,000 for ads. Plan at least one campaign aimed at your personas."));
    }

    @Test
    void an_empty_submission_scores_nothing() {
        assertThat(assess(Submissions.empty(BREWHAVEN)).score()).isZero();
    }

    @Test
    void leaving_most_of_the_budget_idle_cannot_be_excellent() {
        Assessment assessment =
                assess(Submissions.competentPlan(BREWHAVEN, p -> campaigns(p, c -> budget(c, c.budget() * 0.1))));

        assertThat(assessment.score()).isBetween(0.4, 0.6);
        assertThat(assessment.evidence())
                .extracting(EvidenceLine::text)
                .contains("Campaigns and boosts commit £425 of the £5,000 ads budget (9%): put more of it to work"
                        + " behind your best posts and audiences.");
    }

    @Test
    void committing_more_than_the_budget_never_spends_more_but_is_flagged() {
        Submission overCommitted =
                Submissions.competentPlan(BREWHAVEN, p -> campaigns(p, c -> budget(c, c.budget() * 2)));

        Assessment assessment = assess(overCommitted);

        assertThat(overCommitted.results().totals().spend()).isLessThanOrEqualTo(5000);
        assertThat(assessment.score())
                .isLessThan(assess(Submissions.competentPlan(BREWHAVEN)).score());
        assertThat(assessment.evidence())
                .extracting(EvidenceLine::text)
                .contains("Campaigns and boosts commit £8,500 of the £5,000 ads budget (170%): the campaigns and"
                        + " boosts that do not fit will not run; trim them so every one you count on is paid for.");
    }

    @Test
    void broad_targeting_pays_more_per_sale_and_is_told_to_aim_at_the_personas() {
        Assessment assessment = assess(Submissions.competentPlan(
                BREWHAVEN, p -> campaigns(p, c -> retargeted(c, List.of(), c.bidStrategy(), c.bidCap()))));

        assertThat(assessment.score())
                .isLessThan(0.7)
                .isLessThan(assess(Submissions.competentPlan(BREWHAVEN)).score() - 0.25);
        assertThat(assessment.evidence())
                .extracting(EvidenceLine::text)
                .contains("'Always-on instagram' and 'Always-on tiktok' target no persona, so they pay for people"
                        + " outside your audience: aim them at the personas they are for.");
    }

    @Test
    void a_bid_cap_below_the_market_is_quoted_from_the_simulation() {
        Assessment assessment = assess(Submissions.competentPlan(
                BREWHAVEN, p -> campaigns(p, c -> retargeted(c, c.personas(), BidStrategy.BID_CAP, 2.0))));

        assertThat(assessment.score())
                .isLessThan(assess(Submissions.competentPlan(BREWHAVEN)).score());
        assertThat(assessment.evidence())
                .extracting(EvidenceLine::text)
                .anyMatch(text -> text.startsWith("Campaign Always-on ")
                        && text.endsWith("its bid cap was below what the market asked. Raise the cap or bid for the"
                                + " lowest cost."));
    }

    @Test
    void before_any_week_has_run_the_plan_is_judged_on_budget_targeting_and_bids() {
        Assessment assessment = assess(Submissions.of(
                BREWHAVEN, ReferencePlans.competent(BREWHAVEN), SituationalAnalysis.empty(), Evaluation.empty(), 0));

        assertThat(assessment.score()).isGreaterThanOrEqualTo(0.7);
        assertThat(assessment.evidence().getFirst())
                .isEqualTo(
                        EvidenceLine.note("No week has been run, so what the paid plan bought cannot be judged yet."));
    }

    @Test
    void a_lead_scenario_reports_what_each_lead_cost() {
        Assessment assessment = assess(Submissions.competentPlan(Submissions.scenario("tallybook-b2b-saas")));

        assertThat(assessment.score()).isGreaterThanOrEqualTo(0.7);
        assertThat(assessment.evidence().getFirst().text())
                .contains(" leads at ")
                .contains("times the spend");
    }

    @Test
    void identical_submissions_get_identical_assessments() {
        assertThat(assess(Submissions.competentPlan(BREWHAVEN)))
                .isEqualTo(assess(Submissions.competentPlan(BREWHAVEN)));
    }
}
