package org.socialsim.attempt;

/** Where a student is with an assignment. */
public enum AttemptStatus {
    /** The student has not opened the assignment yet (no attempt is stored). */
    NOT_STARTED,
    /** Opened; the student is planning or running weeks. */
    IN_PROGRESS,
    /** Submitted: locked for the student, visible to the tutor. */
    SUBMITTED,
    /** Marked and released: the student can read the feedback and the debrief. */
    MARKED
}
