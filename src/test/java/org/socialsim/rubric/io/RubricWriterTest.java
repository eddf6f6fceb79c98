package org.socialsim.rubric.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialsim.base.io.ReadResult;
import org.socialsim.rubric.definition.AssessorName;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.EvidenceDefinition;
import org.socialsim.rubric.definition.GradeBoundary;
import org.socialsim.rubric.definition.LevelDefinition;
import org.socialsim.rubric.definition.RubricDefinition;

class RubricWriterTest {

    private final RubricReader reader = new RubricReader();
    private final RubricWriter writer = new RubricWriter();

    private RubricDefinition read(String yaml) {
        ReadResult<RubricDefinition> result = reader.read("r.yaml", yaml);
        assertThat(result.problems()).as(yaml).isEmpty();
        return ((ReadResult.Valid<RubricDefinition>) result).definition();
    }

    @Test
    void a_written_rubric_reads_back_equal() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/valid/rubrics/short-coursework.yaml")) {
            RubricDefinition rubric = read(new String(in.readAllBytes(), StandardCharsets.UTF_8));

            assertThat(read(writer.write(rubric))).isEqualTo(rubric);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Test
    void text_that_looks_like_another_type_is_quoted_and_comes_back_as_text() {
        RubricDefinition rubric = new RubricDefinition(
                "odd-text",
                "true",
                "Line one\n  indented: not a key\n# not a comment\n",
                10,
                List.of(new GradeBoundary("0", 0), new GradeBoundary("Pass: yes", 5)),
                List.of(new CriterionDefinition(
                        "only",
                        "- a dash, a 'quote' and a \"double\"",
                        "",
                        10,
                        List.of(new EvidenceDefinition(
                                AssessorName.ITERATION, 1, Map.of("note", "12", "flag", false, "level", 0.25))),
                        List.of(
                                new LevelDefinition("Yes", 0.5, 6, 10, "null"),
                                new LevelDefinition("No", 0, 0, 5, "~ @ * & ! | > % `")))));

        String written = writer.write(rubric);

        assertThat(read(written)).isEqualTo(rubric);
    }

    @Test
    void the_format_keeps_a_levels_marks_as_a_pair_and_boundaries_in_order() {
        RubricDefinition rubric = read(writer.write(read("""
                id: tiny
                title: Tiny
                marks: 4
                boundaries: { fail: 0, pass: 2 }
                criteria:
                  - id: all
                    title: All
                    marks: 4
                    evidence: [ { assessor: iteration, weight: 1 } ]
                    levels:
                      - { label: Good, from: 0.5, marks: [3, 4], descriptor: Good. }
                      - { label: Poor, from: 0, marks: [0, 2], descriptor: Poor. }
                """)));

        assertThat(writer.write(rubric))
                .contains("boundaries: {fail: 0, pass: 2}")
                .contains("marks: [3, 4]");
    }
}
