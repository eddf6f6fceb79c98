package org.socialsim.grading;

/** How far a mark sheet has got. */
public enum SheetStatus {
    /** A second marker has been named and has not started. */
    ASSIGNED,
    /** Some marks are saved; the marker may still change everything. */
    DRAFT,
    /** The marker has marked every criterion and declared the sheet complete. */
    COMPLETE
}
