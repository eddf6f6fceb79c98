package org.socialsim.gradebook;

import java.util.List;

/** Why a roster row cannot be imported: a translation key and its arguments, so every language can say it. */
public record RosterProblem(String messageKey, List<Object> arguments) {

    public RosterProblem {
        arguments = List.copyOf(arguments);
    }

    static RosterProblem because(String messageKey, Object... arguments) {
        return new RosterProblem(messageKey, List.of(arguments));
    }
}
