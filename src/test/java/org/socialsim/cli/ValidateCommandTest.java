package org.socialsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code validate} command, run in-process as {@code java -jar socialsim.jar validate …} would run it. */
class ValidateCommandTest {

    private static final Path VALID = Path.of("src/test/resources/valid");
    private static final Path BROKEN = Path.of("src/test/resources/broken");

    private record Run(Optional<Integer> exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    private static Run validate(String... paths) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = Stream.concat(Stream.of("validate"), Stream.of(paths)).toArray(String[]::new);
        Optional<Integer> exit = CommandLine.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_folder_of_valid_files_passes_with_exit_code_0() {
        Run run = validate(VALID.toString());

        assertThat(run.exit()).contains(0);
        assertThat(run.outLines()).containsExactly("4 files checked, all valid");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void every_problem_of_every_broken_file_is_printed_then_a_summary_and_exit_code_1() throws IOException {
        Run run = validate(BROKEN.toString());

        List<String> expected = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(BROKEN)) {
            files = walk.filter(file -> file.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            Path expectedFile = Path.of(file.toString().replaceFirst("\\.yaml$", ".expected"));
            String relative = BROKEN.relativize(file).toString();
            for (String line : Files.readAllLines(expectedFile, StandardCharsets.UTF_8)) {
                expected.add(BROKEN.resolve(relative) + line.substring(relative.length()));
            }
        }
        expected.add(files.size() + " files checked, " + files.size() + " invalid");

        assertThat(run.exit()).contains(1);
        assertThat(run.outLines()).containsExactlyElementsOf(expected);
    }

    @Test
    void without_a_path_it_prints_its_usage_and_exits_with_2() {
        Run run = validate();

        assertThat(run.exit()).contains(2);
        assertThat(run.err()).startsWith("usage: java -jar socialsim.jar validate PATH...");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_path_that_does_not_exist_is_a_usage_error() {
        Run run = validate(VALID.toString(), "no/such/scenarios");

        assertThat(run.exit()).contains(2);
        assertThat(run.err()).isEqualTo("validate: no such file or folder: no/such/scenarios" + System.lineSeparator());
    }

    @Test
    void outside_the_scenarios_and_rubrics_folders_a_file_with_criteria_is_read_as_a_rubric(@TempDir Path folder)
            throws IOException {
        Path rubric = folder.resolve("mini-rubric.yml");
        Files.copy(VALID.resolve("rubrics/mini-rubric.yaml"), rubric);
        Path scenario = folder.resolve("tea-stall.yaml");
        Files.copy(VALID.resolve("scenarios/tea-stall.yaml"), scenario);

        Run run = validate(rubric.toString(), scenario.toString());

        assertThat(run.exit()).contains(0);
        assertThat(run.outLines()).containsExactly("2 files checked, all valid");
    }

    @Test
    void a_file_not_named_after_its_id_is_invalid(@TempDir Path folder) throws IOException {
        Path scenarios = Files.createDirectory(folder.resolve("scenarios"));
        Path renamed = scenarios.resolve("teastall.yaml");
        Files.copy(VALID.resolve("scenarios/tea-stall.yaml"), renamed);

        Run run = validate(folder.toString());

        assertThat(run.exit()).contains(1);
        assertThat(run.outLines())
                .containsExactly(
                        renamed + ":1:5: id: found the id `tea-stall` in a file named teastall.yaml, expected the file"
                                + " to be named tea-stall.yaml (or the id to be `teastall`)",
                        "1 file checked, 1 invalid");
    }

    @Test
    void a_file_in_the_scenarios_folder_is_read_as_a_scenario_even_if_it_looks_like_a_rubric(@TempDir Path folder)
            throws IOException {
        Path scenarios = Files.createDirectory(folder.resolve("scenarios"));
        Path misplaced = scenarios.resolve("mini-rubric.yaml");
        Files.copy(VALID.resolve("rubrics/mini-rubric.yaml"), misplaced);

        Run run = validate(misplaced.toString());

        assertThat(run.exit()).contains(1);
        assertThat(run.outLines())
                .contains(misplaced + ":1:1: missing required key `weeks`: expected a whole number from 1 to 12")
                .anyMatch(line -> line.startsWith(misplaced + ":5:1: criteria: unknown key `criteria`"))
                .endsWith("1 file checked, 1 invalid");
    }

    @Test
    void the_usage_lists_the_validate_command() {
        assertThat(CommandLine.usage()).anySatisfy(line -> assertThat(line).startsWith("validate PATH..."));
    }
}
