package org.socialsim.base.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The value types course files are made of (numbers in a range, text of a length, ids, enum values,
 * {@code [min, max]} pairs, lists and enum-keyed maps), each reading a node and reporting in one
 * sentence what it found and what it expected.
 */
public final class YamlValues {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d+");
    private static final Pattern CURRENCY_AMOUNT = Pattern.compile("[£$€¥]\\s*\\d[\\d,]*(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final int SHOWN = 40;

    private YamlValues() {}

    /** Whether a node is YAML's null: an empty value, {@code ~} or {@code null}, unquoted. */
    public static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.isPlain() && NULLS.contains(scalar.getValue());
    }

    /** What a node is, for "found …": {@code `15`}, {@code "text"}, a list, a mapping, nothing. */
    public static String describe(Node node) {
        if (isNull(node)) {
            return "nothing";
        }
        return switch (node) {
            case ScalarNode scalar when scalar.isPlain() -> "`" + shorten(scalar.getValue()) + "`";
            case ScalarNode scalar -> "the quoted text \"" + shorten(scalar.getValue()) + "\"";
            case SequenceNode sequence -> items(sequence.getValue().size());
            case MappingNode mapping -> "a mapping";
            default -> "a value";
        };
    }

    /** "an empty list", "a list of 1 item", "a list of 9 items". */
    static String items(int count) {
        return count == 0 ? "an empty list" : "a list of " + count + (count == 1 ? " item" : " items");
    }

    /** A bound in an expectation, grouped for reading when large: {@code 10,000,000}. */
    static String readable(double bound) {
        return Math.abs(bound) >= 10_000 && bound == Math.rint(bound) ? "%,d".formatted((long) bound) : format(bound);
    }

    /** The likely slip behind text where a number belongs: a currency sign or thousands separators. */
    static String notANumberHint(Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            return "";
        }
        String value = scalar.getValue().strip();
        if (CURRENCY_AMOUNT.matcher(value).matches()) {
            return "; write the amount without a currency sign: " + value.replaceAll("[^0-9.]", "");
        }
        if (GROUPED.matcher(value).matches()) {
            return "; write numbers without thousands separators: " + value.replace(",", "");
        }
        if (!scalar.isPlain() && NUMBER.matcher(value).matches()) {
            // Quotes make YAML read a number as text; authors add them copying from spreadsheets or other files.
            return "; remove the quotes: " + value;
        }
        return "";
    }

    /** A number as an author writes it: {@code 0.006}, {@code 5000}, never {@code 5.0E3}. */
    public static String format(double number) {
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString((long) number);
        }
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /** A whole number from {@code min} to {@code max} (use {@link Integer#MAX_VALUE} for "no upper bound"). */
    public static YamlValue<Integer> integer(int min, int max) {
        return integer(
                min,
                max,
                max == Integer.MAX_VALUE
                        ? "a whole number of at least " + readable(min)
                        : "a whole number from " + readable(min) + " to " + readable(max));
    }

    /** A whole number from {@code min} to {@code max}, described in the file's own terms ("a week of the scenario"). */
    public static YamlValue<Integer> integer(int min, int max, String expected) {
        return new YamlValue<>(expected, (context, node, path) -> {
            String plain = plainScalar(node);
            if (plain == null || !NUMBER.matcher(plain).matches()) {
                context.report(node, path, "found " + describe(node) + ", expected " + expected + notANumberHint(node));
                return null;
            }
            if (!WHOLE.matcher(plain).matches()) {
                context.report(node, path, "found " + describe(node) + ", expected " + expected + " (no decimals)");
                return null;
            }
            BigDecimal value = new BigDecimal(plain);
            if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
                context.report(node, path, "found " + plain + ", expected " + expected);
                return null;
            }
            return value.intValueExact();
        });
    }

    /** A number from {@code min} to {@code max}, both included. */
    public static YamlValue<Double> number(double min, double max) {
        return number(min, false, max, "a number from " + readable(min) + " to " + readable(max), false);
    }

    /** A number above {@code min} (excluded) and at most {@code max}. */
    public static YamlValue<Double> numberAbove(double min, double max) {
        return number(min, true, max, "a number above " + readable(min) + " and at most " + readable(max), false);
    }

    /** A fraction: a number from 0 to 1. */
    public static YamlValue<Double> fraction() {
        return number(0, false, 1, "a fraction from 0 to 1 (0.25 = 25%)", true);
    }

    /** {@code percentHint}: a fraction an author may write as a percentage, 9 or 9% for 0.09. */
    private static YamlValue<Double> number(
            double min, boolean minExcluded, double max, String expected, boolean percentHint) {
        return new YamlValue<>(expected, (context, node, path) -> {
            String plain = plainScalar(node);
            if (plain == null || !NUMBER.matcher(plain).matches()) {
                String percent = plain == null ? "" : plain.replaceFirst("\\s*%$", "");
                String hint = percentHint
                                && plain != null
                                && plain.endsWith("%")
                                && NUMBER.matcher(percent).matches()
                        ? "; did you mean " + format(Double.parseDouble(percent) / 100) + " (" + plain + ")?"
                        : notANumberHint(node);
                context.report(node, path, "found " + describe(node) + ", expected " + expected + hint);
                return null;
            }
            double value = Double.parseDouble(plain);
            if ((minExcluded ? value <= min : value < min) || value > max) {
                String hint = percentHint && value > 1 && value <= 100
                        ? "; did you mean " + format(value / 100) + " (" + format(value) + "%)?"
                        : "";
                context.report(node, path, "found " + plain + ", expected " + expected + hint);
                return null;
            }
            return value;
        });
    }

    /** {@code true} or {@code false}. */
    public static YamlValue<Boolean> bool() {
        String expected = "true or false";
        return new YamlValue<>(expected, (context, node, path) -> {
            String plain = plainScalar(node);
            if ("true".equals(plain) || "false".equals(plain)) {
                return Boolean.valueOf(plain);
            }
            context.report(node, path, "found " + describe(node) + ", expected " + expected);
            return null;
        });
    }

    /** Text of {@code min} to {@code max} characters (Unicode code points). */
    public static YamlValue<String> text(int min, int max) {
        String expected = min == 0
                ? "text of at most %,d characters".formatted(max)
                : "text of %,d to %,d characters".formatted(min, max);
        return new YamlValue<>(expected, (context, node, path) -> {
            if (!(node instanceof ScalarNode scalar)) {
                context.report(node, path, "found " + describe(node) + ", expected " + expected);
                return null;
            }
            String value = scalar.getValue();
            int length = value.codePointCount(0, value.length());
            if (length < min || length > max || value.isBlank() && min > 0) {
                context.report(node, path, "found text of %,d characters, expected %s".formatted(length, expected));
                return null;
            }
            return value;
        });
    }

    /** Text matching a pattern, e.g. an id or a currency code. */
    public static YamlValue<String> matching(Pattern pattern, String expected) {
        return new YamlValue<>(expected, (context, node, path) -> {
            if (!(node instanceof ScalarNode scalar)
                    || !pattern.matcher(scalar.getValue()).matches()) {
                context.report(node, path, "found " + describe(node) + ", expected " + expected);
                return null;
            }
            return scalar.getValue();
        });
    }

    /** An id: lower-case letters, digits and hyphens, {@code min} to {@code max} characters. */
    public static YamlValue<String> id(int min, int max) {
        return matching(
                Pattern.compile("[a-z0-9-]{" + min + "," + max + "}"),
                "an id of %d to %d lower-case letters, digits and hyphens (like `summer-launch`)".formatted(min, max));
    }

    /** The lower-case name of an enum constant ({@code short_video}), with a "did you mean" hint. */
    public static <E extends Enum<E>> YamlValue<E> enumOf(Class<E> type) {
        List<String> names =
                Arrays.stream(type.getEnumConstants()).map(YamlValues::yamlName).toList();
        String expected = "one of " + String.join(", ", names);
        return new YamlValue<>(expected, (context, node, path) -> {
            String plain = node instanceof ScalarNode scalar ? scalar.getValue() : null;
            int index = plain == null ? -1 : names.indexOf(plain);
            if (index < 0) {
                String hint = plain == null ? "" : Hints.suffix(plain, names);
                context.report(node, path, "found " + describe(node) + ", expected " + expected + hint);
                return null;
            }
            return type.getEnumConstants()[index];
        });
    }

    /** An enum constant's YAML spelling: its name in lower case. */
    public static String yamlName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** A {@code [min, max]} pair of numbers, each in {@code [low, high]}, min ≤ max. */
    public static YamlValue<NumberPair> pair(YamlValue<? extends Number> element) {
        String expected = "a list [min, max] with min ≤ max, each " + element.expected();
        return new YamlValue<>(expected, (context, node, path) -> {
            if (!(node instanceof SequenceNode sequence) || sequence.getValue().size() != 2) {
                context.report(node, path, "found " + describe(node) + ", expected " + expected);
                return null;
            }
            Number min = element.read(context, sequence.getValue().get(0), path + "[0]");
            Number max = element.read(context, sequence.getValue().get(1), path + "[1]");
            if (min == null || max == null) {
                return null;
            }
            if (min.doubleValue() > max.doubleValue()) {
                context.report(
                        node,
                        path,
                        "found [%s, %s], expected [min, max] with min ≤ max; did you mean [%s, %s]?"
                                .formatted(
                                        format(min.doubleValue()),
                                        format(max.doubleValue()),
                                        format(max.doubleValue()),
                                        format(min.doubleValue())));
                return null;
            }
            return new NumberPair(min.doubleValue(), max.doubleValue());
        });
    }

    /** A list of {@code min} to {@code max} elements; every element is read, so all problems show. */
    public static <T> YamlValue<List<T>> listOf(YamlValue<T> element, int min, int max, String of) {
        String count = min == max ? "" + min : max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
        String expected = "a list of " + count + " " + of;
        return new YamlValue<>(expected, (context, node, path) -> {
            if (!(node instanceof SequenceNode sequence)) {
                context.report(node, path, "found " + describe(node) + ", expected " + expected);
                return null;
            }
            List<Node> items = sequence.getValue();
            boolean usable = true;
            if (items.size() < min || items.size() > max) {
                context.report(node, path, "found " + items(items.size()) + ", expected " + expected);
                usable = false;
            }
            List<T> values = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                T value = element.read(context, items.get(i), path + "[" + i + "]");
                if (value == null) {
                    usable = false;
                } else {
                    values.add(value);
                }
            }
            return usable ? values : null;
        });
    }

    /** Like {@link #listOf}, and each value at most once (e.g. a list of enum values). */
    public static <T> YamlValue<List<T>> distinctListOf(YamlValue<T> element, int min, int max, String of) {
        YamlValue<List<T>> list = listOf(element, min, max, of);
        String expected = list.expected() + ", each at most once";
        return new YamlValue<>(expected, (context, node, path) -> {
            List<T> values = list.reader().read(context, node, path);
            if (!(node instanceof SequenceNode sequence)) {
                return values;
            }
            // Compared as written, so a repeat is reported even when another item is wrong.
            List<Node> items = sequence.getValue();
            boolean usable = values != null;
            Map<String, Node> seen = new LinkedHashMap<>();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof ScalarNode scalar) {
                    Node first = seen.putIfAbsent(scalar.getValue(), scalar);
                    if (first != null) {
                        context.report(
                                scalar,
                                path + "[" + i + "]",
                                "found " + describe(scalar) + " a second time (first at " + firstAt(first, scalar)
                                        + "), expected each value at most once");
                        usable = false;
                    }
                }
            }
            return usable ? values : null;
        });
    }

    /** Where an earlier occurrence is, said from a later one: "line 12" or "column 28 of this line". */
    static String firstAt(Node first, Node later) {
        int line = SafeYaml.line(first.getStartMark());
        return line == SafeYaml.line(later.getStartMark())
                ? "column " + SafeYaml.column(first.getStartMark()) + " of this line"
                : "line " + line;
    }

    /**
     * A mapping from enum names to values, e.g. {@code { reel: 1.4, image: 1.0 }}; keys outside
     * {@code allowed} are refused with {@code why} (e.g. "platforms the scenario defines").
     */
    public static <K extends Enum<K>, V> YamlValue<Map<K, V>> enumMap(
            Class<K> keyType, Set<K> allowed, String why, YamlValue<V> value, int min) {
        YamlValue<K> key = enumOf(keyType);
        String expected = "a mapping of %s to %s, at least %d".formatted(why, value.expected(), min);
        return new YamlValue<>(expected, (context, node, path) -> {
            if (!(node instanceof MappingNode mapping)) {
                context.report(node, path, "found " + describe(node) + ", expected " + expected);
                return null;
            }
            Map<K, V> values = new EnumMap<>(keyType);
            Map<K, Node> keyNodes = new EnumMap<>(keyType);
            boolean usable = true;
            for (NodeTuple entry : mapping.getValue()) {
                String written = entry.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
                String entryPath = YamlMapping.child(path, written);
                K k = key.read(context, entry.getKeyNode(), entryPath);
                V v = value.read(context, entry.getValueNode(), entryPath);
                if (k == null || v == null) {
                    usable = false;
                    continue;
                }
                if (keyNodes.containsKey(k)) {
                    context.report(
                            entry.getKeyNode(),
                            entryPath,
                            "duplicate key `%s` (first at %s); expected each key once"
                                    .formatted(written, firstAt(keyNodes.get(k), entry.getKeyNode())));
                    usable = false;
                } else if (!allowed.contains(k)) {
                    context.report(
                            entry.getKeyNode(),
                            entryPath,
                            "found `%s`, expected one of the %s: %s"
                                    .formatted(
                                            written,
                                            why,
                                            String.join(
                                                    ", ",
                                                    allowed.stream()
                                                            .map(YamlValues::yamlName)
                                                            .toList())));
                    usable = false;
                }
                keyNodes.put(k, entry.getKeyNode());
                values.put(k, v);
            }
            if (mapping.getValue().size() < min) {
                context.report(
                        node,
                        path,
                        "found %d entries, expected %s"
                                .formatted(mapping.getValue().size(), expected));
                usable = false;
            }
            return usable ? values : null;
        });
    }

    /**
     * A mapping of text keys to values in file order, e.g. rubric boundaries
     * {@code { fail: 0, pass: 40 }}.
     */
    public static <V> YamlValue<Map<String, V>> orderedMap(
            YamlValue<String> keyText, YamlValue<V> value, int min, int max, String of) {
        String expected = "a mapping of %d to %d %s".formatted(min, max, of);
        return new YamlValue<>(expected, (context, node, path) -> {
            if (!(node instanceof MappingNode mapping)) {
                context.report(node, path, "found " + describe(node) + ", expected " + expected);
                return null;
            }
            Map<String, V> values = new LinkedHashMap<>();
            Map<String, Node> keyNodes = new LinkedHashMap<>();
            boolean usable = true;
            for (NodeTuple entry : mapping.getValue()) {
                String written = entry.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
                String entryPath = YamlMapping.child(path, written);
                String k = keyText.read(context, entry.getKeyNode(), entryPath);
                V v = value.read(context, entry.getValueNode(), entryPath);
                if (k == null || v == null) {
                    usable = false;
                    continue;
                }
                if (keyNodes.containsKey(k)) {
                    context.report(
                            entry.getKeyNode(),
                            entryPath,
                            "duplicate key `%s` (first at %s); expected each key once"
                                    .formatted(k, firstAt(keyNodes.get(k), entry.getKeyNode())));
                    usable = false;
                }
                keyNodes.put(k, entry.getKeyNode());
                values.put(k, v);
            }
            int size = mapping.getValue().size();
            if (size < min || size > max) {
                context.report(node, path, "found %d entries, expected %s".formatted(size, expected));
                usable = false;
            }
            return usable ? values : null;
        });
    }

    /** A plain scalar's text; {@code null} for quoted text, lists and mappings. */
    static @Nullable String plainScalar(Node node) {
        return node instanceof ScalarNode scalar && scalar.isPlain() ? scalar.getValue() : null;
    }

    /**
     * A parameter value: a number (read as {@link Double}), {@code true}/{@code false}, or text.
     */
    public static YamlValue<Object> scalar() {
        String expected = "a number, true, false or text";
        return new YamlValue<>(expected, (context, node, path) -> {
            if (!(node instanceof ScalarNode scalar)) {
                context.report(node, path, "found " + describe(node) + ", expected " + expected);
                return null;
            }
            String value = scalar.getValue();
            if (scalar.isPlain() && NUMBER.matcher(value).matches()) {
                return Double.parseDouble(value);
            }
            if (scalar.isPlain() && ("true".equals(value) || "false".equals(value))) {
                return Boolean.valueOf(value);
            }
            return value;
        });
    }

    /**
     * A mapping with the given keys, built into a record by {@code build} once opened (unknown and
     * duplicate keys already reported); {@code build} returns {@code null} when a required part is
     * unusable.
     */
    public static <T> YamlValue<T> mapping(List<String> keys, Function<YamlMapping, @Nullable T> build) {
        return new YamlValue<>(YamlMapping.expected(keys), (context, node, path) -> {
            YamlMapping mapping = YamlMapping.open(context, node, path, keys);
            return mapping == null ? null : build.apply(mapping);
        });
    }

    /** Whether every part a record needs was read (the problems with the rest are reported). */
    public static boolean allRead(@Nullable Object... parts) {
        for (Object part : parts) {
            if (part == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reports ids that occur twice in a list of mappings (each under {@code key}); ids are how the
     * engine, the assessors and students' work refer to items, so a repeat would be ambiguous.
     */
    public static void reportDuplicateIds(YamlContext context, @Nullable Node list, String path, String key) {
        if (!(list instanceof SequenceNode sequence)) {
            return;
        }
        Map<String, Node> seen = new LinkedHashMap<>();
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof MappingNode item)) {
                continue;
            }
            for (NodeTuple entry : item.getValue()) {
                if (entry.getKeyNode() instanceof ScalarNode k
                        && key.equals(k.getValue())
                        && entry.getValueNode() instanceof ScalarNode v
                        && !isNull(v)) {
                    Node first = seen.putIfAbsent(v.getValue(), v);
                    if (first != null) {
                        context.report(
                                v,
                                path + "[" + i + "]." + key,
                                "duplicate %s `%s` (first at %s); expected each %s once in %s"
                                        .formatted(key, v.getValue(), firstAt(first, v), key, path));
                    }
                }
            }
        }
    }

    private static String shorten(String value) {
        String oneLine = value.replace("\n", "⏎");
        return oneLine.length() <= SHOWN ? oneLine : oneLine.substring(0, SHOWN) + "…";
    }
}
