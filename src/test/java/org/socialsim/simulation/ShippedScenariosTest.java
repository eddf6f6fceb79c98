package org.socialsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialsim.base.io.ReadResult;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.io.ScenarioReader;
import org.socialsim.simulation.plan.Plan;

/**
 * Every scenario shipped under {@code scenarios/}: a competent plan lands inside its benchmarks, and
 * the gravest mistakes cost in it too.
 */
class ShippedScenariosTest {

    static List<Path> shipped() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            List<Path> yaml =
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertThat(yaml).as("shipped scenarios").isNotEmpty();
            return yaml;
        }
    }

    static ScenarioDefinition read(Path file) throws IOException {
        ReadResult<ScenarioDefinition> result =
                new ScenarioReader().read(file.getFileName().toString(), Files.readString(file));
        assertThat(result.problems()).as(file + " reads").isEmpty();
        return ((ReadResult.Valid<ScenarioDefinition>) result).definition();
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void a_competent_plan_lands_inside_the_scenarios_benchmarks(Path file) throws IOException {
        CalibrationTest.assertCalibrated(read(file));
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void night_posting_ignoring_the_inbox_and_denial_cost_in_every_scenario(Path file) throws IOException {
        ScenarioDefinition scenario = read(file);
        Plan competent = ReferencePlans.competent(scenario);
        SimulationEngine engine = new SimulationEngine();
        int seeds = 200;
        double[] reach = new double[seeds];
        double[] nightReach = new double[seeds];
        double[] sentiment = new double[seeds];
        double[] ignoredSentiment = new double[seeds];
        double[] deniedSentiment = new double[seeds];
        Plan night = ReferencePlans.atNight(competent);
        Plan ignoring = ReferencePlans.ignoringInbox(competent);
        Plan denying = ReferencePlans.denyingCrisis(competent);
        for (int seed = 0; seed < seeds; seed++) {
            SimulationRun run = engine.run(scenario, competent, seed);
            reach[seed] = run.totals().organicReach();
            sentiment[seed] = run.totals().netSentiment();
            nightReach[seed] = engine.run(scenario, night, seed).totals().organicReach();
            ignoredSentiment[seed] =
                    engine.run(scenario, ignoring, seed).totals().netSentiment();
            deniedSentiment[seed] = engine.run(scenario, denying, seed).totals().netSentiment();
        }
        TTest test = new TTest();
        assertThat(mean(nightReach)).isLessThan(mean(reach));
        assertThat(test.pairedTTest(reach, nightReach)).isLessThan(TeachingEffectsTest.ALPHA);
        assertThat(mean(ignoredSentiment)).isLessThan(mean(sentiment));
        assertThat(test.pairedTTest(sentiment, ignoredSentiment)).isLessThan(TeachingEffectsTest.ALPHA);
        if (Crisis.strategyFit(
                        Crisis.attributed(
                                scenario.crisis().responsibility(),
                                scenario.crisis().priorIncidents()),
                        org.socialsim.simulation.plan.CrisisStrategy.DENY)
                < 0) {
            assertThat(mean(deniedSentiment)).isLessThan(mean(sentiment));
            assertThat(test.pairedTTest(sentiment, deniedSentiment)).isLessThan(TeachingEffectsTest.ALPHA);
        }
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
