package org.socialsim.gradebook;

/** What committing the roster would do with one row. */
public enum RosterRowStatus {
    /** Opens an account for a student who has none, and adds them to the cohort. */
    NEW,
    /** Adds an existing student to the cohort, or records their student id. */
    UPDATE,
    /** The student already has an account with this id and is already in the cohort. */
    UNCHANGED,
    /** Something in the row must be fixed; while any row has one, nothing can be committed. */
    ERROR
}
