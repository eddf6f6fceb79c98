package org.socialsim.attempt.work;

import java.util.EnumMap;
import java.util.Map;

/**
 * The student's evaluation and recommendations after the simulated weeks. Free text; empty strings for parts not yet
 * written.
 *
 * @param whatHappened the results, citing KPI values
 * @param why the causes the student sees behind them
 * @param recommendations what to change next, and on what evidence
 * @param sevenPs how the recommendations bear on each of the 7Ps; only the Ps the student wrote about
 */
public record Evaluation(String whatHappened, String why, String recommendations, Map<SevenP, String> sevenPs) {

    public Evaluation {
        EnumMap<SevenP, String> copy = new EnumMap<>(SevenP.class);
        copy.putAll(sevenPs);
        sevenPs = java.util.Collections.unmodifiableMap(copy);
    }

    public static Evaluation empty() {
        return new Evaluation("", "", "", Map.of());
    }
}
