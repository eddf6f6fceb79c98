package org.socialsim.scenario.io;

import org.snakeyaml.engine.v2.nodes.Node;
import org.socialsim.base.io.ReadResult;
import org.socialsim.base.io.SafeYaml;
import org.socialsim.scenario.definition.ScenarioDefinition;

/**
 * Reads a scenario file: the definition, or every problem in it, each with line, column, key path,
 * what was found, what was expected and a hint. Stateless and thread-safe; {@code new} it anywhere.
 *
 * <p>The format is the records of {@code org.socialsim.scenario.definition} written in YAML: keys
 * are the component names in snake_case, enum values lower case, ranges {@code [min, max]}.
 * Parsing is safe ({@link SafeYaml}): no Java types from tags, and limits on size, aliases and
 * nesting.
 */
public final class ScenarioReader {

    /** Reads a scenario from text; {@code fileName} is only used to locate problems. */
    public ReadResult<ScenarioDefinition> read(String fileName, String yamlText) {
        return switch (SafeYaml.parse(fileName, yamlText)) {
            case ReadResult.Valid<Node> valid -> new ScenarioMapping(fileName).read(valid.definition());
            case ReadResult.Invalid<Node> invalid -> new ReadResult.Invalid<>(invalid.problems());
        };
    }

    /** Reads a scenario from a file's bytes, which must be UTF-8 text of at most 1 MB. */
    public ReadResult<ScenarioDefinition> read(String fileName, byte[] content) {
        return switch (SafeYaml.decode(fileName, content)) {
            case ReadResult.Valid<String> text -> read(fileName, text.definition());
            case ReadResult.Invalid<String> invalid -> new ReadResult.Invalid<>(invalid.problems());
        };
    }
}
