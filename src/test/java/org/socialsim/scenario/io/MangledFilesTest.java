package org.socialsim.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.socialsim.base.io.Problem;
import org.socialsim.base.io.ReadResult;
import org.socialsim.rubric.definition.RubricDefinition;
import org.socialsim.rubric.io.RubricReader;
import org.socialsim.rubric.io.RubricWriter;
import org.socialsim.scenario.definition.ScenarioDefinition;

/**
 * A tutor typing in the browser editor sends every half-finished state to the reader. Hundreds of
 * seeded random edits of valid files (a line deleted or doubled, a character dropped or inserted,
 * the text cut short) must each give a definition or located problems — never an exception — and
 * whatever still reads valid must survive a write and a re-read.
 */
class MangledFilesTest {

    private static final String NOISE = " :-[]{}#&*!|>'\"\t\n0a,%@?~";

    private final ScenarioReader scenarioReader = new ScenarioReader();
    private final RubricReader rubricReader = new RubricReader();

    private static List<String> texts(String... paths) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String path : paths) {
            texts.add(Files.readString(Path.of("src/test/resources/valid", path), StandardCharsets.UTF_8));
        }
        return texts;
    }

    static String mangle(String text, UniformRandomProvider random) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int line = random.nextInt(lines.size());
        int at = random.nextInt(text.length());
        return switch (random.nextInt(5)) {
            case 0 -> {
                lines.remove(line);
                yield String.join("\n", lines);
            }
            case 1 -> {
                lines.add(line, lines.get(line));
                yield String.join("\n", lines);
            }
            case 2 -> text.substring(0, at) + text.substring(at + 1);
            case 3 -> text.substring(0, at) + NOISE.charAt(random.nextInt(NOISE.length())) + text.substring(at);
            default -> text.substring(0, at);
        };
    }

    private static void assertLocated(List<Problem> problems, String text) {
        long lines = text.lines().count() + 1;
        assertThat(problems).allSatisfy(problem -> {
            assertThat(problem.line()).isBetween(0, (int) lines);
            assertThat(problem.message()).isNotBlank();
        });
    }

    @Test
    void mangled_scenarios_give_located_problems_or_a_definition_that_round_trips() throws IOException {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(20261124L);
        List<String> originals = texts("scenarios/corner-cafe.yaml", "scenarios/tea-stall.yaml");
        for (int i = 0; i < 500; i++) {
            String text = originals.get(i % originals.size());
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                text = mangle(text, random);
            }
            ReadResult<ScenarioDefinition> result = scenarioReader.read("m.yaml", text);
            if (result instanceof ReadResult.Valid<ScenarioDefinition> valid) {
                String written = new ScenarioWriter().write(valid.definition());
                assertThat(scenarioReader.read("w.yaml", written)).as(text).isEqualTo(result);
            } else {
                assertLocated(result.problems(), text);
            }
        }
    }

    @Test
    void mangled_rubrics_give_located_problems_or_a_definition_that_round_trips() throws IOException {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        List<String> originals = texts("rubrics/short-coursework.yaml", "rubrics/mini-rubric.yaml");
        for (int i = 0; i < 500; i++) {
            String text = originals.get(i % originals.size());
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                text = mangle(text, random);
            }
            ReadResult<RubricDefinition> result = rubricReader.read("m.yaml", text);
            if (result instanceof ReadResult.Valid<RubricDefinition> valid) {
                String written = new RubricWriter().write(valid.definition());
                assertThat(rubricReader.read("w.yaml", written)).as(text).isEqualTo(result);
            } else {
                assertLocated(result.problems(), text);
            }
        }
    }
}
