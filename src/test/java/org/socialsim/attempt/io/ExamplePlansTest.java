package org.socialsim.attempt.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialsim.base.io.ReadResult;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.io.ScenarioReader;
import org.socialsim.simulation.SimulationEngine;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.plan.Plan;

/** Every plan under examples/plans reads, runs on the shipped scenario its name starts with, and round-trips. */
class ExamplePlansTest {

    static List<Path> examplePlans() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples/plans"))) {
            List<Path> plans =
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertThat(plans).as("example plans").isNotEmpty();
            return plans;
        }
    }

    @ParameterizedTest
    @MethodSource("examplePlans")
    void an_example_plan_reads_and_runs_on_its_scenario(Path file) throws IOException {
        ScenarioDefinition scenario = scenarioFor(file);
        ReadResult<Plan> read = new PlanCodec().read(file.toString(), Files.readAllBytes(file), scenario);
        assertThat(read.problems()).isEmpty();
        Plan plan = ((ReadResult.Valid<Plan>) read).definition();

        SimulationRun run = new SimulationEngine().run(scenario, plan, 42);

        assertThat(run.weeks()).hasSize(scenario.weeks());
        // Promotional posts paused during the crisis do not go out, so at most the planned posts.
        assertThat(run.totals().posts())
                .isPositive()
                .isLessThanOrEqualTo(plan.posts().size());
        assertThat(run.totals().conversions()).isPositive();
        assertThat(new PlanCodec().readYaml("again.yaml", new PlanCodec().writeYaml(plan)))
                .isEqualTo(new ReadResult.Valid<>(plan));
    }

    private static ScenarioDefinition scenarioFor(Path plan) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            Path scenario = files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> plan.getFileName()
                            .toString()
                            .startsWith(f.getFileName().toString().replace(".yaml", "-")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(plan + " does not start with a shipped scenario's id"));
            ReadResult<ScenarioDefinition> read =
                    new ScenarioReader().read(scenario.toString(), Files.readAllBytes(scenario));
            assertThat(read.problems()).isEmpty();
            return ((ReadResult.Valid<ScenarioDefinition>) read).definition();
        }
    }
}
