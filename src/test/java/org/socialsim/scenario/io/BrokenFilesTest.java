package org.socialsim.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialsim.base.io.Problem;
import org.socialsim.base.io.ReadResult;
import org.socialsim.rubric.io.RubricReader;

/**
 * The catalogue of broken files under {@code src/test/resources/broken}: each {@code x.yaml} yields
 * exactly the problems in {@code x.expected}, one {@code file:line:column: path: message} per line,
 * in order. Scenario files sit in {@code broken/scenarios}, rubrics in {@code broken/rubrics}.
 */
class BrokenFilesTest {

    static final Path CATALOGUE = Path.of("src/test/resources/broken");

    static Stream<String> catalogue() throws IOException {
        try (Stream<Path> files = Files.walk(CATALOGUE)) {
            return files
                    .filter(file -> file.toString().endsWith(".yaml"))
                    .map(file -> CATALOGUE.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    static List<Problem> problems(String name) throws IOException {
        byte[] content = Files.readAllBytes(CATALOGUE.resolve(name));
        ReadResult<?> result = name.startsWith("rubrics/")
                ? new RubricReader().read(name, content)
                : new ScenarioReader().read(name, content);
        return result.problems();
    }

    @Test
    void the_catalogue_covers_at_least_25_broken_files_of_both_kinds() throws IOException {
        List<String> names = catalogue().toList();

        assertThat(names).hasSizeGreaterThanOrEqualTo(25);
        assertThat(names).anyMatch(name -> name.startsWith("scenarios/"));
        assertThat(names).anyMatch(name -> name.startsWith("rubrics/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void a_broken_file_yields_exactly_its_expected_problems(String name) throws IOException {
        Path expectedFile = CATALOGUE.resolve(name.replaceFirst("\\.yaml$", ".expected"));
        List<String> actual = problems(name).stream().map(Problem::toString).toList();
        assertThat(expectedFile)
                .as("expected problems of %s; the reader reports:%n%s", name, String.join("\n", actual))
                .exists();

        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .toList();

        assertThat(actual).as(name).isNotEmpty().containsExactlyElementsOf(expected);
    }

    @Test
    void the_valid_bases_of_the_catalogue_read_without_problems() throws IOException {
        Path valid = Path.of("src/test/resources/valid");
        assertThat(new ScenarioReader()
                        .read("tea-stall.yaml", Files.readAllBytes(valid.resolve("scenarios/tea-stall.yaml")))
                        .problems())
                .isEmpty();
        assertThat(new RubricReader()
                        .read("mini-rubric.yaml", Files.readAllBytes(valid.resolve("rubrics/mini-rubric.yaml")))
                        .problems())
                .isEmpty();
    }

    @Test
    void an_alias_bomb_is_refused_with_a_message_before_it_expands() throws IOException {
        long start = System.nanoTime();
        List<Problem> problems = problems("scenarios/billion-laughs.yaml");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(problems)
                .singleElement()
                .extracting(Problem::message)
                .asString()
                .contains("billion laughs");
        // A safety net only: unguarded, this file expands to 387 million values and never finishes.
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }
}
