package org.socialsim.attempt.ui;

import java.util.Locale;
import org.socialsim.attempt.AttemptStatus;

/**
 * The steps of an attempt, in the order a student works through them. Each is a route under
 * {@code attempt/<id>/<segment>}; the attempt layout lists them as its navigation.
 */
public enum AttemptStep {
    BRIEF,
    ANALYSIS,
    OBJECTIVES,
    PERSONAS,
    CALENDAR,
    ADS,
    WEEKS,
    EVALUATION,
    SUBMIT,
    /** Only once the attempt is marked and released. */
    FEEDBACK;

    /** The route template of a step view: {@code attempt/:attemptId/<segment>}. */
    public static final String PREFIX = "attempt/:attemptId(\\d+)/";

    public String segment() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The path that opens this step of attempt {@code attemptId}. */
    public String path(long attemptId) {
        return "attempt/" + attemptId + "/" + segment();
    }

    public String titleKey() {
        return "attempt.step." + segment();
    }

    /** Whether the step belongs in the navigation of an attempt in {@code status}. */
    public boolean shownFor(AttemptStatus status) {
        return this != FEEDBACK || status == AttemptStatus.MARKED;
    }

    /** The step a stored {@code lastStep} names, or the brief when it names none. */
    public static AttemptStep fromSegment(String segment) {
        for (AttemptStep step : values()) {
            if (step.segment().equals(segment)) {
                return step;
            }
        }
        return BRIEF;
    }
}
