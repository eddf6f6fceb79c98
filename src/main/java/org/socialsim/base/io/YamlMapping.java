package org.socialsim.base.io;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A YAML mapping with a fixed set of keys, as a record is written. Opening it reports unknown keys
 * (with a "did you mean"), duplicate keys and non-text keys; reading a key reports it missing or
 * wrong, so one pass finds every problem of a file.
 */
public final class YamlMapping {

    private final YamlContext context;
    private final MappingNode node;
    private final String path;
    private final Map<String, NodeTuple> entries;

    /** Keys an unknown key was taken for ("did you mean"); their absence is not reported again. */
    private final Set<String> suggested;

    private YamlMapping(
            YamlContext context, MappingNode node, String path, Map<String, NodeTuple> entries, Set<String> suggested) {
        this.context = context;
        this.node = node;
        this.path = path;
        this.entries = entries;
        this.suggested = suggested;
    }

    /**
     * Opens a node as a mapping with the given keys (in the record's order), or reports what was found
     * instead and returns {@code null}.
     */
    public static @Nullable YamlMapping open(YamlContext context, Node node, String path, List<String> keys) {
        if (!(node instanceof MappingNode mapping)) {
            context.report(node, path, "found " + YamlValues.describe(node) + ", expected " + expected(keys));
            return null;
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        Set<String> suggested = new HashSet<>();
        for (NodeTuple entry : mapping.getValue()) {
            Node keyNode = entry.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar) || YamlValues.isNull(keyNode)) {
                context.report(
                        keyNode,
                        path,
                        "found " + YamlValues.describe(keyNode) + " as a key, expected one of "
                                + String.join(", ", keys));
                continue;
            }
            String key = scalar.getValue();
            NodeTuple first = entries.get(key);
            if (first != null) {
                context.report(
                        keyNode,
                        child(path, key),
                        "duplicate key `%s` (first at %s); expected each key once, the second would silently replace the first"
                                .formatted(key, YamlValues.firstAt(first.getKeyNode(), keyNode)));
            } else if (!keys.contains(key)) {
                Optional<String> meant = Hints.didYouMean(key, keys);
                meant.ifPresent(suggested::add);
                String hint = meant.map(word -> "; did you mean `" + word + "`?")
                        .orElse("; expected one of " + String.join(", ", keys));
                context.report(keyNode, child(path, key), "unknown key `" + key + "`" + hint);
            } else {
                entries.put(key, entry);
            }
        }
        return new YamlMapping(context, mapping, path, entries, suggested);
    }

    /** What a mapping with these keys looks like, for messages. */
    public static String expected(List<String> keys) {
        return "a mapping with the keys " + String.join(", ", keys);
    }

    /** The path of a key below a path: {@code platforms} + {@code instagram}. */
    public static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public YamlContext context() {
        return context;
    }

    public Node node() {
        return node;
    }

    public String path() {
        return path;
    }

    public String path(String key) {
        return child(path, key);
    }

    /** Whether the key is written with a value (an empty value counts as absent). */
    public boolean has(String key) {
        NodeTuple entry = entries.get(key);
        return entry != null && !YamlValues.isNull(entry.getValueNode());
    }

    /** The value node of a key, or the key node's position for messages about it. */
    public @Nullable Node valueNode(String key) {
        NodeTuple entry = entries.get(key);
        return entry == null ? null : entry.getValueNode();
    }

    /** The key's node, for problems that concern the key as a whole; the mapping when absent. */
    public Node keyNode(String key) {
        NodeTuple entry = entries.get(key);
        return entry == null ? node : entry.getKeyNode();
    }

    /** Reads a key that must be there; reports it missing, naming what to write. */
    public <T> @Nullable T required(String key, YamlValue<T> value) {
        NodeTuple entry = entries.get(key);
        if (entry == null) {
            if (!suggested.contains(key)) {
                context.report(node, path, "missing required key `%s`: expected %s".formatted(key, value.expected()));
            }
            return null;
        }
        return value.read(context, entry.getValueNode(), path(key));
    }

    /** Reads a key that may be left out (or left empty); {@code fallback} then. */
    public <T> T optional(String key, YamlValue<T> value, T fallback) {
        T read = optional(key, value);
        return read == null ? fallback : read;
    }

    /** Reads a key that may be left out (or left empty); {@code null} then. */
    public <T> @Nullable T optional(String key, YamlValue<T> value) {
        if (!has(key)) {
            return null;
        }
        return value.read(context, entries.get(key).getValueNode(), path(key));
    }
}
