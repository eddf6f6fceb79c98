package org.socialsim.grading;

/** The kinds of marking decision the history records. */
public enum MarkingAction {
    /** The suggested level and mark taken as they were. */
    ACCEPTED,
    /** A level or mark other than the suggestion, or any mark on a blind sheet. */
    MARKED,
    /** Only the criterion's comment changed. */
    COMMENTED,
    /** The overall feedback changed. */
    FEEDBACK,
    COMPLETED,
    REOPENED,
    /** A second marker was named for the attempt. */
    SECOND_MARKER_ASSIGNED,
    /** A criterion's final mark agreed in moderation, with the reason. */
    AGREED,
    /** The grade was released to the student. */
    RELEASED,
    /** The suggestions were recomputed under a corrected rubric version. */
    REGRADED
}
