package org.socialsim.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.socialsim.base.io.Problem;
import org.socialsim.base.io.ReadResult;
import org.socialsim.scenario.definition.CommunityAction;
import org.socialsim.scenario.definition.EngagementDefinition;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.Range;
import org.socialsim.scenario.definition.ScenarioDefinition;

class ScenarioReaderTest {

    private final ScenarioReader reader = new ScenarioReader();

    static String resource(String path) {
        try (InputStream in = ScenarioReaderTest.class.getResourceAsStream("/" + path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ScenarioDefinition valid(String yaml) {
        ReadResult<ScenarioDefinition> result = reader.read("corner-cafe.yaml", yaml);
        assertThat(result.problems()).isEmpty();
        return ((ReadResult.Valid<ScenarioDefinition>) result).definition();
    }

    @Test
    void a_complete_scenario_file_becomes_its_definition() {
        ScenarioDefinition scenario = valid(resource("valid/scenarios/corner-cafe.yaml"));

        assertThat(scenario.id()).isEqualTo("corner-cafe");
        assertThat(scenario.weeks()).isEqualTo(6);
        assertThat(scenario.brief()).startsWith("Corner Café is").endsWith("17:00.\n");
        assertThat(scenario.platforms()).containsOnlyKeys(Platform.INSTAGRAM, Platform.TIKTOK);
        assertThat(scenario.platform(Platform.INSTAGRAM).ads().cpm()).isEqualTo(new Range(6, 12));
        assertThat(scenario.platform(Platform.INSTAGRAM).formats()).containsEntry(Format.REEL, 1.4);
        assertThat(scenario.platform(Platform.TIKTOK).engagementRate().definition())
                .isEqualTo(EngagementDefinition.PER_REACH);
        assertThat(scenario.segments()).hasSize(2);
        assertThat(scenario.segments().get(1).description()).isEmpty();
        assertThat(scenario.community().get(1).weeks()).isEqualTo(new Range(2, 6));
        assertThat(scenario.community().get(0).weeks()).isNull();
        assertThat(scenario.community().get(1).platform()).isNull();
        assertThat(scenario.community().get(2).goodActions()).containsExactly(CommunityAction.HIDE);
        assertThat(scenario.community().get(2).goodReply()).isEmpty();
        assertThat(scenario.crisis().day()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(scenario.crisis().development()).hasSize(2);
    }

    @Test
    void reading_the_same_text_twice_gives_equal_definitions() {
        String yaml = resource("valid/scenarios/corner-cafe.yaml");
        assertThat(valid(yaml)).isEqualTo(valid(yaml));
    }

    @Test
    void one_reader_serves_many_threads_at_once() {
        String yaml = resource("valid/scenarios/corner-cafe.yaml");
        ScenarioDefinition expected = valid(yaml);

        List<ScenarioDefinition> read = IntStream.range(0, 64)
                .parallel()
                .mapToObj(i -> reader.read("corner-cafe.yaml", yaml))
                .map(result -> ((ReadResult.Valid<ScenarioDefinition>) result).definition())
                .toList();

        assertThat(read)
                .hasSize(64)
                .allSatisfy(definition -> assertThat(definition).isEqualTo(expected));
    }

    @Test
    void a_misspelt_key_is_located_and_the_right_spelling_suggested() {
        String yaml = resource("valid/scenarios/corner-cafe.yaml")
                .replace("    organic_ctr: 0.004", "    organic_crt: 0.004");

        assertThat(reader.read("corner-cafe.yaml", yaml).problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "corner-cafe.yaml:36:5: platforms.instagram.organic_crt: unknown key `organic_crt`; did you mean `organic_ctr`?");
    }
}
