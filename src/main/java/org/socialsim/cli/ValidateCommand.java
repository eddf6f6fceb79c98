package org.socialsim.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.socialsim.base.io.Problem;
import org.socialsim.base.io.ReadResult;
import org.socialsim.base.io.SafeYaml;
import org.socialsim.rubric.definition.RubricDefinition;
import org.socialsim.rubric.io.RubricReader;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.io.ScenarioReader;

/**
 * {@code validate PATH...}: checks scenario and rubric files without starting the web app, so a
 * department can lint its course files in its own CI.
 *
 * <p>A PATH is a file or a folder (every {@code *.yaml} and {@code *.yml} inside, recursively, in
 * name order). A file is a rubric when its folder is called {@code rubrics}, a scenario when it is
 * called {@code scenarios}; elsewhere a file with a top-level {@code criteria} key is a rubric. Each
 * problem is printed to standard output as {@code file:line:column: path: message}, then one summary
 * line. Exit code 0 when every file is valid, 1 when any is not, 2 for a usage error.
 */
final class ValidateCommand implements Command {

    static final int VALID = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    private static final Pattern ID_LINE = Pattern.compile("(?m)^id[ \\t]*:[ \\t]*['\"]?([^'\"#\\s]*)");

    private final ScenarioReader scenarios = new ScenarioReader();
    private final RubricReader rubrics = new RubricReader();

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String usage() {
        return "validate PATH...   check scenario and rubric files (or folders of them); exit 0 if all are valid,"
                + " 1 if not, 2 on a usage error";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.isEmpty() || arguments.contains("-h") || arguments.contains("--help")) {
            PrintStream stream = arguments.isEmpty() ? err : out;
            stream.println("usage: java -jar socialsim.jar " + usage());
            return arguments.isEmpty() ? USAGE : VALID;
        }
        List<Path> files = new ArrayList<>();
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                try {
                    files.addAll(yamlFilesIn(path));
                } catch (IOException e) {
                    err.println("validate: cannot list " + argument + ": " + e.getMessage());
                    return USAGE;
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                err.println("validate: no such file or folder: " + argument);
                return USAGE;
            }
        }
        int invalid = 0;
        for (Path file : files) {
            List<Problem> problems = check(file);
            problems.forEach(out::println);
            if (!problems.isEmpty()) {
                invalid++;
            }
        }
        out.println(summary(files.size(), invalid));
        return invalid == 0 ? VALID : INVALID;
    }

    static String summary(int checked, int invalid) {
        String files = checked == 1 ? "1 file checked" : checked + " files checked";
        if (checked == 0) {
            return "no .yaml or .yml files found, 0 files checked";
        }
        return files + ", " + (invalid == 0 ? "all valid" : invalid + " invalid");
    }

    private static List<Path> yamlFilesIn(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> {
                        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".yaml") || name.endsWith(".yml");
                    })
                    .sorted()
                    .toList();
        }
    }

    /** Every problem of one file, including a file name that does not match the id inside. */
    private List<Problem> check(Path file) {
        String name = file.toString();
        byte[] content;
        try {
            long size = Files.size(file);
            if (size > SafeYaml.MAX_BYTES) {
                return List.of(SafeYaml.tooLarge(name, size, SafeYaml.MAX_BYTES));
            }
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            return List.of(new Problem(name, 0, 0, "", "the file cannot be read: " + e.getMessage()));
        }
        ReadResult<?> result =
                isRubric(file, name, content) ? rubrics.read(name, content) : scenarios.read(name, content);
        if (!result.isValid()) {
            return result.problems();
        }
        String id = switch (((ReadResult.Valid<?>) result).definition()) {
            case ScenarioDefinition scenario -> scenario.id();
            case RubricDefinition rubric -> rubric.id();
            default -> throw new IllegalStateException("unexpected definition");
        };
        return idMatchesFileName(file, name, id, content);
    }

    private static boolean isRubric(Path file, String name, byte[] content) {
        Path folder = file.toAbsolutePath().getParent();
        String folderName = folder == null || folder.getFileName() == null
                ? ""
                : folder.getFileName().toString();
        if (folderName.equals("rubrics")) {
            return true;
        }
        if (folderName.equals("scenarios")) {
            return false;
        }
        return SafeYaml.decode(name, content) instanceof ReadResult.Valid<String> text
                && SafeYaml.parse(name, text.definition()) instanceof ReadResult.Valid<Node> root
                && root.definition() instanceof MappingNode mapping
                && mapping.getValue().stream()
                        .anyMatch(entry -> entry.getKeyNode() instanceof ScalarNode key
                                && key.getValue().equals("criteria"));
    }

    /** The library and the authoring views find a file by its id, so the two must agree. */
    private static List<Problem> idMatchesFileName(Path file, String name, String id, byte[] content) {
        String fileName = file.getFileName().toString();
        String stem = fileName.replaceFirst("\\.(yaml|yml)$", "");
        if (stem.equals(id)) {
            return List.of();
        }
        int line = 0;
        int column = 0;
        String text = new String(content, StandardCharsets.UTF_8);
        Matcher matcher = ID_LINE.matcher(text);
        if (matcher.find()) {
            line = (int) text.substring(0, matcher.start())
                            .chars()
                            .filter(c -> c == '\n')
                            .count()
                    + 1;
            column = matcher.start(1) - matcher.start() + 1;
        }
        return List.of(new Problem(
                name,
                line,
                column,
                "id",
                "found the id `%s` in a file named %s, expected the file to be named %s.yaml (or the id to be `%s`)"
                        .formatted(id, fileName, id, stem)));
    }
}
