package org.socialsim.rubric.io;

import org.snakeyaml.engine.v2.nodes.Node;
import org.socialsim.base.io.ReadResult;
import org.socialsim.base.io.SafeYaml;
import org.socialsim.rubric.definition.RubricDefinition;

/**
 * Reads a rubric file: the definition, or every problem in it, each with line, column, key path,
 * what was found, what was expected and a hint. Stateless and thread-safe; {@code new} it anywhere.
 *
 * <p>The format is the records of {@code org.socialsim.rubric.definition} written in YAML, with a
 * level's marks as {@code marks: [24, 30]} and the boundaries as an ordered mapping
 * {@code { fail: 0, pass: 40 }}.
 */
public final class RubricReader {

    /** Reads a rubric from text; {@code fileName} is only used to locate problems. */
    public ReadResult<RubricDefinition> read(String fileName, String yamlText) {
        return switch (SafeYaml.parse(fileName, yamlText)) {
            case ReadResult.Valid<Node> valid -> new RubricMapping(fileName).read(valid.definition());
            case ReadResult.Invalid<Node> invalid -> new ReadResult.Invalid<>(invalid.problems());
        };
    }

    /** Reads a rubric from a file's bytes, which must be UTF-8 text of at most 1 MB. */
    public ReadResult<RubricDefinition> read(String fileName, byte[] content) {
        return switch (SafeYaml.decode(fileName, content)) {
            case ReadResult.Valid<String> text -> read(fileName, text.definition());
            case ReadResult.Invalid<String> invalid -> new ReadResult.Invalid<>(invalid.problems());
        };
    }
}
