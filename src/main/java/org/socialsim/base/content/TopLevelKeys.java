package org.socialsim.base.content;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and replaces top-level scalar keys ({@code id:}, {@code title:}) in a YAML text line by line, so a clone keeps
 * the author's comments and layout instead of being rewritten from the parsed definition.
 */
public final class TopLevelKeys {

    private TopLevelKeys() {}

    /** The 1-based line on which {@code key} is written at the top level, if it is. */
    public static OptionalInt lineOf(String text, String key) {
        Matcher matcher = pattern(key).matcher(text);
        if (!matcher.find()) {
            return OptionalInt.empty();
        }
        int line = 1;
        for (int i = 0; i < matcher.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return OptionalInt.of(line);
    }

    /**
     * The text with the top-level {@code key}'s value replaced by {@code value} as a double-quoted YAML string; the
     * text unchanged when the key is not written on a line of its own (the caller then checks and falls back).
     */
    public static String withValue(String text, String key, String value) {
        String quoted = "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return pattern(key).matcher(text).replaceFirst(Matcher.quoteReplacement(key + ": " + quoted));
    }

    private static Pattern pattern(String key) {
        // A plain or quoted one-line value, possibly followed by a comment; block scalars (| or >) are left alone.
        return Pattern.compile("(?m)^" + Pattern.quote(key) + ":[ \\t]*(?![|>])\\S[^\\n]*$");
    }
}
