package org.socialsim.attempt.io;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * Writes records as canonical JSON: the same value gives the same bytes on every run and every
 * JVM, so a tutor can diff a student's replayed results against the stored ones.
 *
 * <ul>
 *   <li>record components in declaration order, keys in snake_case ({@code engagementRate} →
 *       {@code engagement_rate}); {@code null} components and empty {@link Optional}s left out;
 *   <li>enum values in lower case; map keys in the map's own order when it has one (enum, sorted
 *       or insertion order) and sorted by key text otherwise, never in hash order;
 *   <li>floating-point numbers rounded to {@value #SIGNIFICANT_DIGITS} significant digits (half
 *       even) and written in plain decimal without exponent or trailing zeros, so a last-bit
 *       difference in a library's {@code Math.log} cannot show and {@code 1200.0} reads
 *       {@code 1200}; NaN and infinities, which a result should never hold, are refused as a bug
 *       ({@link IllegalStateException});
 *   <li>two-space indentation, {@code "\n"} line ends, lists of plain values on one line.
 * </ul>
 */
public final class CanonicalJson {

    /** Enough for any count the engine reports to stay exact, few enough to hide last-bit noise. */
    public static final int SIGNIFICANT_DIGITS = 10;

    private static final MathContext ROUNDING = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);
    private static final String INDENT = "  ";

    private CanonicalJson() {}

    /** The canonical JSON text of {@code value}, ending in a line break. */
    public static String write(Object value) {
        StringBuilder json = new StringBuilder();
        writeValue(json, value, 0);
        return json.append('\n').toString();
    }

    /** A number as the canonical form writes it, e.g. {@code 0.0123}, {@code 1200}, {@code -3.5}. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException("a result holds " + value + "; results must be finite numbers");
        }
        if (value == 0) {
            return "0"; // also -0.0
        }
        return new BigDecimal(value).round(ROUNDING).stripTrailingZeros().toPlainString();
    }

    private static void writeValue(StringBuilder json, @Nullable Object value, int depth) {
        switch (value) {
            case null -> json.append("null");
            case String text -> string(json, text);
            case Boolean bool -> json.append(bool);
            case Double number -> json.append(number(number));
            case Float number -> json.append(number(number));
            case Byte number -> json.append(number);
            case Short number -> json.append(number);
            case Integer number -> json.append(number);
            case Long number -> json.append(number);
            case BigDecimal number ->
                json.append(number.round(ROUNDING).stripTrailingZeros().toPlainString());
            case Enum<?> constant -> string(json, enumName(constant));
            case Optional<?> optional -> writeValue(json, optional.orElse(null), depth);
            case Record record -> object(json, components(record), depth);
            case Map<?, ?> map -> object(json, entries(map), depth);
            case Collection<?> collection -> array(json, List.copyOf(collection), depth);
            case double[] numbers ->
                array(json, java.util.Arrays.stream(numbers).boxed().toList(), depth);
            case int[] numbers ->
                array(json, java.util.Arrays.stream(numbers).boxed().toList(), depth);
            case long[] numbers ->
                array(json, java.util.Arrays.stream(numbers).boxed().toList(), depth);
            case Object[] objects -> array(json, List.of(objects), depth);
            default -> string(json, value.toString());
        }
    }

    private static void object(StringBuilder json, List<Map.Entry<String, Object>> members, int depth) {
        if (members.isEmpty()) {
            json.append("{}");
            return;
        }
        json.append("{\n");
        for (int i = 0; i < members.size(); i++) {
            Map.Entry<String, Object> member = members.get(i);
            indent(json, depth + 1);
            string(json, member.getKey());
            json.append(": ");
            writeValue(json, member.getValue(), depth + 1);
            json.append(i < members.size() - 1 ? ",\n" : "\n");
        }
        indent(json, depth);
        json.append('}');
    }

    private static void array(StringBuilder json, List<?> items, int depth) {
        if (items.isEmpty()) {
            json.append("[]");
            return;
        }
        if (items.stream().allMatch(CanonicalJson::isPlain)) {
            json.append('[');
            for (int i = 0; i < items.size(); i++) {
                json.append(i == 0 ? "" : ", ");
                writeValue(json, items.get(i), depth);
            }
            json.append(']');
            return;
        }
        json.append("[\n");
        for (int i = 0; i < items.size(); i++) {
            indent(json, depth + 1);
            writeValue(json, items.get(i), depth + 1);
            json.append(i < items.size() - 1 ? ",\n" : "\n");
        }
        indent(json, depth);
        json.append(']');
    }

    private static boolean isPlain(@Nullable Object value) {
        return value == null
                || value instanceof Number
                || value instanceof String
                || value instanceof Boolean
                || value instanceof Enum<?>;
    }

    private static List<Map.Entry<String, Object>> components(Record record) {
        List<Map.Entry<String, Object>> members = new ArrayList<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = read(record, component);
            if (value != null && !(value instanceof Optional<?> optional && optional.isEmpty())) {
                members.add(Map.entry(snakeCase(component.getName()), value));
            }
        }
        return members;
    }

    private static @Nullable Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    "cannot read " + record.getClass().getSimpleName() + "." + component.getName(), e);
        }
    }

    /**
     * Map entries in an order that cannot vary between JVMs: enum keys in declaration order (also
     * behind an unmodifiable wrapper, which hides an {@link EnumMap}); the map's own order when it
     * is sorted, insertion-ordered or a wrapper the definition records make of such a map; sorted by
     * key text otherwise ({@code Map.of} and {@code Map.copyOf} iterate in an order salted per JVM).
     */
    private static List<Map.Entry<String, Object>> entries(Map<?, ?> map) {
        List<Map.Entry<?, ?>> source = new ArrayList<>(map.entrySet());
        boolean enumKeys = !source.isEmpty() && source.stream().allMatch(e -> e.getKey() instanceof Enum<?>);
        if (enumKeys) {
            source.sort(Comparator.comparingInt(e -> ((Enum<?>) e.getKey()).ordinal()));
        } else if (!hasStableOrder(map)) {
            source.sort(Comparator.comparing(e -> String.valueOf(e.getKey())));
        }
        List<Map.Entry<String, Object>> members = new ArrayList<>();
        for (Map.Entry<?, ?> entry : source) {
            if (entry.getValue() != null) {
                Object key = entry.getKey();
                members.add(Map.entry(
                        key instanceof Enum<?> constant ? enumName(constant) : String.valueOf(key), entry.getValue()));
            }
        }
        return members;
    }

    private static boolean hasStableOrder(Map<?, ?> map) {
        return map instanceof SortedMap<?, ?>
                || map instanceof LinkedHashMap<?, ?>
                || map.getClass().getName().startsWith("java.util.Collections$Unmodifiable");
    }

    private static String enumName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    static String snakeCase(String name) {
        StringBuilder snake = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    snake.append('_');
                }
                snake.append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }

    private static void indent(StringBuilder json, int depth) {
        json.append(INDENT.repeat(depth));
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
