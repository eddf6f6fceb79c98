package org.socialsim.rubric.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialsim.base.io.Problem;
import org.socialsim.base.io.ReadResult;
import org.socialsim.rubric.definition.AssessorName;
import org.socialsim.rubric.definition.GradeBoundary;
import org.socialsim.rubric.definition.LevelDefinition;
import org.socialsim.rubric.definition.RubricDefinition;

class RubricReaderTest {

    private final RubricReader reader = new RubricReader();

    private static String resource(String path) {
        try (InputStream in = RubricReaderTest.class.getResourceAsStream("/" + path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_complete_rubric_file_becomes_its_definition() {
        ReadResult<RubricDefinition> result =
                reader.read("short-coursework.yaml", resource("valid/rubrics/short-coursework.yaml"));

        assertThat(result.problems()).isEmpty();
        RubricDefinition rubric = ((ReadResult.Valid<RubricDefinition>) result).definition();
        assertThat(rubric.marks()).isEqualTo(50);
        assertThat(rubric.boundaries())
                .containsExactly(
                        new GradeBoundary("fail", 0),
                        new GradeBoundary("pass", 20),
                        new GradeBoundary("merit", 30),
                        new GradeBoundary("distinction", 35));
        assertThat(rubric.bandFor(31)).isEqualTo("merit");
        assertThat(rubric.criteria().getFirst().evidence().getFirst().assessor())
                .isEqualTo(AssessorName.SMART_OBJECTIVES);
        assertThat(rubric.criteria().getFirst().evidence().getFirst().parameters())
                .isEqualTo(Map.of("minimum_objectives", 2.0, "require_deadline", true, "label", "term"));
        assertThat(rubric.criteria().getFirst().evidence().get(1).parameters()).isEmpty();
        assertThat(rubric.criteria().getFirst().levels().getFirst())
                .isEqualTo(new LevelDefinition("Excellent", 0.8, 24, 30, "A systematic, well-evidenced analysis."));
        assertThat(rubric.criteria().get(1).guidance()).isEmpty();
    }

    @Test
    void a_misspelt_assessor_is_refused_with_the_name_it_probably_meant() {
        String yaml = resource("valid/rubrics/short-coursework.yaml").replace("persona_fit", "persona_fitt");

        assertThat(reader.read("r.yaml", yaml).problems())
                .extracting(Problem::message)
                .singleElement()
                .asString()
                .startsWith("found `persona_fitt`, expected one of smart_objectives,")
                .endsWith("; did you mean `persona_fit`?");
    }
}
