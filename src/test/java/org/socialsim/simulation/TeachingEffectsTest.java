package org.socialsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.Plan;

/**
 * Bad practice measurably costs, and the engine says why: each mistake against the competent plan,
 * over 200 seeds with common random numbers, compared by a paired t-test (Commons Math) at p < 0.01.
 */
class TeachingEffectsTest {

    static final int SEEDS = 200;
    static final double ALPHA = 0.01;

    private final ScenarioDefinition scenario = Scenarios.coldBrew();
    private final Plan competent = ReferencePlans.competent(scenario);
    private final SimulationEngine engine = new SimulationEngine();

    @Test
    void posting_between_one_and_five_at_night_reaches_fewer_people() {
        costs("night posting", ReferencePlans::atNight, r -> r.totals().organicReach(), "timing");
    }

    @Test
    void formats_that_do_not_suit_the_platform_reach_fewer_people() {
        costs(
                "unsuited formats",
                p -> ReferencePlans.wrongFormats(scenario, p),
                r -> r.totals().organicReach(),
                "format");
    }

    @Test
    void personas_that_miss_the_real_segments_engage_fewer_people_and_convert_fewer() {
        costs(
                "wrong personas",
                p -> ReferencePlans.wrongPersonas(scenario, p),
                r -> r.totals().engagementRate(),
                "audience-fit");
        costs(
                "wrong personas",
                p -> ReferencePlans.wrongPersonas(scenario, p),
                r -> r.totals().conversions(),
                "ad-relevance");
    }

    @Test
    void posting_three_times_the_sweet_spot_wears_each_post_down() {
        costs(
                "over-posting",
                p -> ReferencePlans.overPosting(scenario, p),
                r -> r.totals().engagementRate(),
                "frequency");
        costs(
                "over-posting",
                p -> ReferencePlans.overPosting(scenario, p),
                r -> (double) r.totals().organicReach() / r.totals().posts(),
                "frequency");
    }

    @Test
    void an_all_promotional_mix_engages_less_and_loses_followers() {
        costs(
                "all promotional",
                p -> ReferencePlans.allPromotional(scenario, p),
                r -> r.totals().engagementRate(),
                "pillar-mix");
        costs(
                "all promotional",
                p -> ReferencePlans.allPromotional(scenario, p),
                r -> r.totals().followers(),
                "over-promotion");
    }

    @Test
    void ignoring_the_inbox_costs_sentiment_and_conversions() {
        costs("ignored inbox", ReferencePlans::ignoringInbox, r -> r.totals().netSentiment(), "inbox-ignored");
        costs("ignored inbox", ReferencePlans::ignoringInbox, r -> r.totals().conversions(), "inbox-ignored");
    }

    @Test
    void answering_a_preventable_crisis_after_a_day_costs_sentiment() {
        costs(
                "slow crisis response",
                ReferencePlans::slowCrisisResponse,
                r -> r.totals().netSentiment(),
                "crisis-speed");
    }

    @Test
    void denying_a_preventable_crisis_costs_sentiment() {
        costs("denial", ReferencePlans::denyingCrisis, r -> r.totals().netSentiment(), "crisis-strategy");
    }

    @Test
    void leaving_promotion_running_during_the_crisis_costs_sentiment() {
        costs(
                "promotion in crisis",
                ReferencePlans::promotionDuringCrisis,
                r -> r.totals().netSentiment(),
                "crisis-promotion");
    }

    @Test
    void an_undisclosed_influencer_post_risks_sentiment_and_trust() {
        costs(
                "undisclosed influencer",
                ReferencePlans::undisclosedInfluencer,
                r -> r.totals().netSentiment(),
                "influencer-undisclosed");
    }

    /**
     * Runs both plans with the same 200 seeds and asserts the mistake lowers the KPI in expectation
     * (paired t-test, p < 0.01) and that the mistaken plan's explanations name the cause.
     */
    private void costs(String mistake, Function<Plan, Plan> edit, ToDoubleFunction<SimulationRun> kpi, String factor) {
        Plan bad = edit.apply(competent);
        double[] good = new double[SEEDS];
        double[] worse = new double[SEEDS];
        boolean explained = false;
        for (int seed = 0; seed < SEEDS; seed++) {
            good[seed] = kpi.applyAsDouble(engine.run(scenario, competent, seed));
            SimulationRun run = engine.run(scenario, bad, seed);
            worse[seed] = kpi.applyAsDouble(run);
            explained |= run.explanations().stream().anyMatch(e -> e.factor().equals(factor));
        }
        double meanGood = mean(good);
        double meanBad = mean(worse);
        double p = new TTest().pairedTTest(good, worse);
        System.out.printf(
                Locale.ROOT,
                "teaching effect %-22s %-10s competent %.5g, mistaken %.5g (%+.1f%%), paired t-test p = %.2e%n",
                mistake,
                factor,
                meanGood,
                meanBad,
                100 * (meanBad / meanGood - 1),
                p);
        assertThat(meanBad).as(mistake + " lowers the KPI").isLessThan(meanGood);
        assertThat(p).as(mistake + " is significant").isLessThan(ALPHA);
        assertThat(explained).as(mistake + " is explained by " + factor).isTrue();
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
