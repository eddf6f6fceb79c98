package org.socialsim.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialsim.base.io.ReadResult;
import org.socialsim.rubric.definition.RubricDefinition;
import org.socialsim.rubric.io.RubricReader;
import org.socialsim.rubric.io.RubricWriter;
import org.socialsim.scenario.definition.ScenarioDefinition;

/**
 * Golden tests for the files SocialSim ships: each reads without a problem, is named after its id,
 * and survives a write and a re-read unchanged (so the browser editor's save never alters content).
 */
class ShippedFilesTest {

    private static final Path SCENARIOS = Path.of("scenarios");
    private static final Path RUBRICS = Path.of("rubrics");

    static List<Path> yamlFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }

    static List<Path> scenarios() throws IOException {
        return yamlFiles(SCENARIOS);
    }

    static List<Path> rubrics() throws IOException {
        return yamlFiles(RUBRICS);
    }

    @Test
    void the_app_ships_at_least_three_scenarios_and_a_rubric() throws IOException {
        assertThat(scenarios())
                .as("shipped scenarios under %s", SCENARIOS.toAbsolutePath())
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(rubrics())
                .as("shipped rubrics under %s", RUBRICS.toAbsolutePath())
                .hasSizeGreaterThanOrEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void a_shipped_scenario_reads_valid_is_named_after_its_id_and_round_trips(Path file) throws IOException {
        ScenarioReader reader = new ScenarioReader();
        ReadResult<ScenarioDefinition> read = reader.read(file.toString(), Files.readAllBytes(file));
        assertThat(read.problems()).as(file.toString()).isEmpty();
        ScenarioDefinition scenario = ((ReadResult.Valid<ScenarioDefinition>) read).definition();

        assertThat(scenario.id() + ".yaml").isEqualTo(file.getFileName().toString());
        ReadResult<ScenarioDefinition> again = reader.read("written", new ScenarioWriter().write(scenario));
        assertThat(again.problems()).isEmpty();
        assertThat(((ReadResult.Valid<ScenarioDefinition>) again).definition()).isEqualTo(scenario);
    }

    @ParameterizedTest
    @MethodSource("rubrics")
    void a_shipped_rubric_reads_valid_is_named_after_its_id_and_round_trips(Path file) throws IOException {
        RubricReader reader = new RubricReader();
        ReadResult<RubricDefinition> read = reader.read(file.toString(), Files.readAllBytes(file));
        assertThat(read.problems()).as(file.toString()).isEmpty();
        RubricDefinition rubric = ((ReadResult.Valid<RubricDefinition>) read).definition();

        assertThat(rubric.id() + ".yaml").isEqualTo(file.getFileName().toString());
        ReadResult<RubricDefinition> again = reader.read("written", new RubricWriter().write(rubric));
        assertThat(again.problems()).isEmpty();
        assertThat(((ReadResult.Valid<RubricDefinition>) again).definition()).isEqualTo(rubric);
    }
}
