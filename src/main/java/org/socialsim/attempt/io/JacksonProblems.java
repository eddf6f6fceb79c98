package org.socialsim.attempt.io;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.socialsim.base.io.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns Jackson's exceptions into a {@link Problem} an author can act on: where (line, column,
 * key path), what was found and what was expected, without Java class names.
 */
final class JacksonProblems {

    private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']+)'");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"([^\"]+)\"");
    /** snakeyaml-engine's marks, 1-based: the last one is where the problem is, earlier ones give context. */
    private static final Pattern YAML_MARK = Pattern.compile("in reader, line (\\d+), column (\\d+)");

    private JacksonProblems() {}

    /**
     * @param parser the parser that read the file, still open, or {@code null}; its current token
     *     is where the problem starts (Jackson's own location is often just past it)
     */
    static Problem of(String file, JacksonException e, @Nullable JsonParser parser, ObjectMapper mapper, String text) {
        TokenStreamLocation location = e.getLocation();
        if (e instanceof UnrecognizedPropertyException || isMissingKey(e)) {
            List<JacksonException.Reference> path = e.getPath();
            List<JacksonException.Reference> where = isMissingKey(e) ? path.subList(0, path.size() - 1) : path;
            location = KeyLocator.locate(mapper, text, where).orElse(location);
        } else if (parser != null && parser.currentToken() != null && !(e instanceof StreamReadException)) {
            location = parser.currentTokenLocation();
        }
        int line = location == null ? 0 : Math.max(0, location.getLineNr());
        int column = location == null ? 0 : Math.max(0, location.getColumnNr());
        Matcher mark = YAML_MARK.matcher(String.valueOf(e.getOriginalMessage()));
        while (mark.find()) {
            line = Integer.parseInt(mark.group(1));
            column = Integer.parseInt(mark.group(2));
        }
        return new Problem(file, line, column, path(e.getPath()), message(e, parser));
    }

    private static boolean isMissingKey(JacksonException e) {
        return e instanceof MismatchedInputException
                && !e.getPath().isEmpty()
                && MISSING.matcher(e.getOriginalMessage()).find();
    }

    /** {@code posts[3].day}: keys in snake_case as in the file, list positions counted from 0. */
    static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String message(JacksonException e, @Nullable JsonParser parser) {
        String original = String.valueOf(e.getOriginalMessage());
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.find()) {
            return "duplicate key '" + duplicate.group(1) + "'; each key may appear once in a mapping";
        }
        if (original.startsWith("Trailing token")) {
            return "more after the end of the plan; a file holds exactly one plan";
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown key '" + unknown.getPropertyName() + "'; expected one of: "
                    + unknown.getKnownPropertyIds().stream()
                            .map(String::valueOf)
                            .sorted()
                            .collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidNullException) {
            return "a value is required here, not null";
        }
        if (e instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            return String.valueOf(instantiation.getCause().getMessage());
        }
        if (e instanceof InvalidFormatException format) {
            return "found " + quote(format.getValue()) + "; expected " + expected(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch) {
            Matcher missing = MISSING.matcher(mismatch.getOriginalMessage());
            if (missing.find()) {
                return "missing key '" + missing.group(1) + "'";
            }
            if (mismatch.getTargetType() != null) {
                return "found " + found(parser) + "; expected " + expected(mismatch.getTargetType());
            }
        }
        if (e instanceof StreamConstraintsException) {
            return "file too large or too deeply nested: " + firstLine(e.getOriginalMessage());
        }
        return syntaxMessage(original);
    }

    /** What the author wrote, as far as the parser still knows it. */
    private static String found(@Nullable JsonParser parser) {
        if (parser == null) {
            return "something else";
        }
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT, END_OBJECT, PROPERTY_NAME -> "a mapping";
            case START_ARRAY, END_ARRAY -> "a list";
            case VALUE_STRING -> "text " + quote(parser.getString());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + parser.getString();
            case VALUE_TRUE, VALUE_FALSE -> token.asString();
            case VALUE_NULL -> "null";
            default -> "something else";
        };
    }

    /** The expected value in the file's terms, not Java's. */
    static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type.isEnum()) {
            return "one of: "
                    + Arrays.stream(type.getEnumConstants())
                            .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping of keys to values";
        }
        return "a " + type.getSimpleName();
    }

    private static String quote(@Nullable Object value) {
        return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
    }

    /**
     * snakeyaml-engine's message without its source excerpts: "while parsing a flow mapping;
     * expected ',' or '}', but got <stream end>".
     */
    private static String syntaxMessage(String original) {
        String message = original.lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .map(String::strip)
                .collect(Collectors.joining("; "));
        return message.isEmpty() ? "unreadable file" : message;
    }

    private static String firstLine(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return "unreadable file";
        }
        return message.strip().lines().findFirst().orElse(message);
    }
}
