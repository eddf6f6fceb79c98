package org.socialsim.base.io;

import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * How to read one kind of value from a YAML node, and how to say what it should be.
 *
 * @param expected what an author should write, for messages ("a whole number from 1 to 12")
 * @param reader reads a node, reporting every problem to the context; {@code null} when the value
 *     cannot be used
 */
public record YamlValue<T>(String expected, Reader<T> reader) {

    /** Reads a node at a key path; {@code null} when it is unusable (the problem is reported). */
    public @Nullable T read(YamlContext context, Node node, String path) {
        if (YamlValues.isNull(node)) {
            context.report(node, path, "found nothing, expected " + expected);
            return null;
        }
        return reader.read(context, node, path);
    }

    /** The reading part of a value type. */
    @FunctionalInterface
    public interface Reader<T> {
        @Nullable
        T read(YamlContext context, Node node, String path);
    }
}
