package org.socialsim.grading.assessment;

/**
 * One sentence of evidence behind a score, written for the student ("2 of 4 objectives have no deadline: 'grow
 * Instagram', 'more engagement'"). Lines quote the student's own work and the simulated figures so that a student can
 * act on them; they never reveal the scenario's hidden segments by name before the debrief allows it.
 *
 * @param kind whether the line credits the work, names a gap, or only informs
 * @param text one or two plain English sentences, no markup
 */
public record EvidenceLine(Kind kind, String text) {

    public enum Kind {
        /** Something done well that earned credit. */
        STRENGTH,
        /** Something missing or wrong that cost credit, with what to do instead. */
        GAP,
        /** Context a marker or student needs, neither credit nor cost. */
        NOTE
    }

    public EvidenceLine {
        if (text.isBlank()) {
            throw new IllegalArgumentException("an evidence line needs text");
        }
    }

    public static EvidenceLine strength(String text) {
        return new EvidenceLine(Kind.STRENGTH, text);
    }

    public static EvidenceLine gap(String text) {
        return new EvidenceLine(Kind.GAP, text);
    }

    public static EvidenceLine note(String text) {
        return new EvidenceLine(Kind.NOTE, text);
    }
}
