package org.socialsim.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socialsim.base.io.ReadResult;
import org.socialsim.scenario.definition.ScenarioDefinition;

class ScenarioWriterTest {

    private final ScenarioReader reader = new ScenarioReader();
    private final ScenarioWriter writer = new ScenarioWriter();

    private ScenarioDefinition read(String yaml) {
        ReadResult<ScenarioDefinition> result = reader.read("corner-cafe.yaml", yaml);
        assertThat(result.problems()).as(yaml).isEmpty();
        return ((ReadResult.Valid<ScenarioDefinition>) result).definition();
    }

    @Test
    void a_written_scenario_reads_back_equal() {
        ScenarioDefinition scenario = read(ScenarioReaderTest.resource("valid/scenarios/corner-cafe.yaml"));

        String written = writer.write(scenario);

        assertThat(read(written)).isEqualTo(scenario);
    }
}
