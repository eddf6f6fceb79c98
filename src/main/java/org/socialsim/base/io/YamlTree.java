package org.socialsim.base.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Builds the YAML a writer emits, node by node, so a writer decides the layout a person would
 * choose: block mappings for records, {@code [min, max]} and short lists in flow style, multi-line
 * text as literal blocks. The emitter quotes whatever would otherwise read back as another type.
 */
public final class YamlTree {

    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");

    private static final DumpSettings SETTINGS = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(110)
            .setSplitLines(true)
            .setUseUnicodeEncoding(true)
            .build();

    private YamlTree() {}

    /** A mapping under construction, keys in the order they are put. */
    public static final class MappingBuilder {
        private final List<NodeTuple> entries = new ArrayList<>();
        private final FlowStyle style;

        private MappingBuilder(FlowStyle style) {
            this.style = style;
        }

        public MappingBuilder put(String key, Node value) {
            entries.add(new NodeTuple(new ScalarNode(Tag.STR, key, ScalarStyle.PLAIN), value));
            return this;
        }

        /** Puts the key only when {@code include} holds, for optional keys left at their default. */
        public MappingBuilder putIf(boolean include, String key, Node value) {
            return include ? put(key, value) : this;
        }

        public MappingNode build() {
            return new MappingNode(Tag.MAP, entries, style);
        }
    }

    /** A block mapping: one key per line. */
    public static MappingBuilder block() {
        return new MappingBuilder(FlowStyle.BLOCK);
    }

    /** A flow mapping on one line: {@code { reel: 1.4, image: 1.0 }}. */
    public static MappingBuilder flow() {
        return new MappingBuilder(FlowStyle.FLOW);
    }

    /** A flow mapping from enum constants (written lower case) to numbers. */
    public static <K extends Enum<K>> Node flowMap(Map<K, ? extends Number> values) {
        MappingBuilder builder = flow();
        values.forEach((key, value) -> builder.put(YamlValues.yamlName(key), number(value.doubleValue())));
        return builder.build();
    }

    /** Text; multi-line text as a literal block ({@code |}) so it reads as written. */
    public static Node text(String value) {
        return new ScalarNode(Tag.STR, value, value.contains("\n") ? ScalarStyle.LITERAL : ScalarStyle.PLAIN);
    }

    /** A number as an author writes it ({@code 0.006}, {@code 5000}). */
    public static Node number(double value) {
        String written = YamlValues.format(value);
        return new ScalarNode(INTEGER.matcher(written).matches() ? Tag.INT : Tag.FLOAT, written, ScalarStyle.PLAIN);
    }

    public static Node integer(long value) {
        return new ScalarNode(Tag.INT, Long.toString(value), ScalarStyle.PLAIN);
    }

    public static Node bool(boolean value) {
        return new ScalarNode(Tag.BOOL, Boolean.toString(value), ScalarStyle.PLAIN);
    }

    /** An enum constant, lower case. */
    public static Node name(Enum<?> value) {
        return new ScalarNode(Tag.STR, YamlValues.yamlName(value), ScalarStyle.PLAIN);
    }

    /** A parameter value: number, boolean or text. */
    public static Node scalar(Object value) {
        return switch (value) {
            case Number number -> number(number.doubleValue());
            case Boolean flag -> bool(flag);
            default -> text(value.toString());
        };
    }

    /** A block list, one item per line. */
    public static Node blockList(List<? extends Node> items) {
        return new SequenceNode(Tag.SEQ, new ArrayList<>(items), FlowStyle.BLOCK);
    }

    /** A flow list on one line: {@code [6, 12]}, {@code [reply_public, hide]}. */
    public static Node flowList(List<? extends Node> items) {
        return new SequenceNode(Tag.SEQ, new ArrayList<>(items), FlowStyle.FLOW);
    }

    /** {@code [min, max]}. */
    public static Node pair(double min, double max) {
        return flowList(List.of(number(min), number(max)));
    }

    /** The YAML text of a tree. */
    public static String dump(Node root) {
        StringBuilder out = new StringBuilder();
        new Dump(SETTINGS).dumpNode(root, new StreamDataWriter() {
            @Override
            public void write(String text) {
                out.append(text);
            }

            @Override
            public void write(String text, int offset, int length) {
                out.append(text, offset, offset + length);
            }
        });
        return out.toString();
    }
}
