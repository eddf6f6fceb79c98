package org.socialsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.PlatformDefinition;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.Kpi;

/**
 * A competent plan lands inside the benchmark ranges (benchmarks.md) in expectation: an engagement
 * rate around the scenario's benchmark, follower growth of 5–10% a month, ads near the market's CTR,
 * CPM and CPC, spend within budget.
 */
class CalibrationTest {

    static final int REPLICATIONS = 200;

    @Test
    void a_competent_plan_for_cold_brew_lands_inside_the_benchmarks() {
        assertCalibrated(Scenarios.coldBrew());
    }

    static void assertCalibrated(ScenarioDefinition scenario) {
        SimulationEngine engine = new SimulationEngine();
        var plan = ReferencePlans.competent(scenario);
        double[] engagementRate = new double[Platform.values().length];
        double[] ctr = new double[Platform.values().length];
        double[] cpm = new double[Platform.values().length];
        double[] cpc = new double[Platform.values().length];
        double growth = 0;
        double spend = 0;
        double responseRate = 0;
        for (int seed = 0; seed < REPLICATIONS; seed++) {
            SimulationRun run = engine.run(scenario, plan, seed);
            for (var entry : run.platforms().entrySet()) {
                int p = entry.getKey().ordinal();
                KpiValues kpis = entry.getValue();
                engagementRate[p] += kpis.engagementRate() / REPLICATIONS;
                ctr[p] += (double) kpis.paidClicks() / Math.max(1, kpis.paidImpressions()) / REPLICATIONS;
                cpm[p] += kpis.cpm() / REPLICATIONS;
                cpc[p] += kpis.cpc() / REPLICATIONS;
            }
            growth += run.totals().followerGrowth() / REPLICATIONS;
            spend = Math.max(spend, run.totals().spend());
            responseRate += run.totals().responseRate() / REPLICATIONS;
        }
        double months = scenario.weeks() / (52.0 / 12);
        double monthly = Math.pow(1 + growth, 1 / months) - 1;
        System.out.printf(Locale.ROOT, "calibration %s: follower growth %.1f%%/month%n", scenario.id(), 100 * monthly);
        assertThat(monthly).as("follower growth per month").isBetween(0.05, 0.10);
        for (var entry : scenario.platforms().entrySet()) {
            int p = entry.getKey().ordinal();
            PlatformDefinition platform = entry.getValue();
            double benchmark = platform.engagementRate().rate();
            double marketCpc =
                    platform.ads().cpm().mid() / 1000 / platform.ads().ctr();
            System.out.printf(
                    Locale.ROOT,
                    "calibration %s %s: engagement rate %.3f%% (benchmark %.3f%% %s), ad CTR %.2f%% (market %.2f%%), CPM %.2f (%s), CPC %.2f (market %.2f)%n",
                    scenario.id(),
                    entry.getKey(),
                    100 * engagementRate[p],
                    100 * benchmark,
                    platform.engagementRate().definition(),
                    100 * ctr[p],
                    100 * platform.ads().ctr(),
                    cpm[p],
                    platform.ads().cpm(),
                    cpc[p],
                    marketCpc);
            assertThat(engagementRate[p])
                    .as(entry.getKey() + " engagement rate against its benchmark")
                    .isBetween(0.9 * benchmark, 2.0 * benchmark);
            assertThat(ctr[p])
                    .as(entry.getKey() + " ad CTR")
                    .isBetween(0.5 * platform.ads().ctr(), 1.5 * platform.ads().ctr());
            assertThat(cpm[p])
                    .as(entry.getKey() + " CPM")
                    .isBetween(
                            0.6 * platform.ads().cpm().min(),
                            1.1 * platform.ads().cpm().max());
            assertThat(cpc[p]).as(entry.getKey() + " CPC").isBetween(0.5 * marketCpc, 1.5 * marketCpc);
        }
        assertThat(spend).isLessThanOrEqualTo(scenario.budget().ads());
        assertThat(responseRate).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        ReplicatedRun bands = engine.replicate(scenario, plan, 1, 100);
        assertThat(bands.total(Kpi.NET_SENTIMENT).mean())
                .as("net sentiment of a competent plan")
                .isPositive();
    }
}
