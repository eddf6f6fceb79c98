package org.socialsim.grading;

/** Where an attempt stands in marking, as the marking queue shows it. */
public enum MarkingStage {
    /** The student has not submitted. */
    NOT_SUBMITTED,
    /** Submitted, no marks yet. */
    TO_MARK,
    /** The first marker has a draft. */
    IN_PROGRESS,
    /** A second marker is named and has not completed. */
    WITH_SECOND_MARKER,
    /** Both markers are complete; the final mark is not agreed yet. */
    TO_AGREE,
    /** The final mark is complete and can be released. */
    READY,
    /** The student can read the grade and feedback. */
    RELEASED
}
