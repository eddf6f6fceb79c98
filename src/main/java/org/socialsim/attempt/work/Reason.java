package org.socialsim.attempt.work;

import java.util.List;

/**
 * A sentence the student reads, as a translation key and the arguments it quotes. Numbers stay numbers (the message
 * formats them, e.g. {@code {0,number,#,##0.##%}}); enum constants are shown by their labels ({@code AttemptKeys.label}).
 */
public record Reason(String key, List<Object> arguments) {

    public Reason {
        arguments = List.copyOf(arguments);
    }

    /** The reason with key {@code key}; named so the i18n completeness test finds the literal key. */
    public static Reason because(String key, Object... arguments) {
        return new Reason(key, List.of(arguments));
    }
}
