package org.socialsim.grading;

/** Whose marks a mark sheet holds. */
public enum MarkerRole {
    /** The cohort's tutor, who marks with the assessors' suggestions beside the work. */
    FIRST,
    /** A second tutor who marks blind: without the first marker's marks or the suggestions. */
    SECOND,
    /** The marks the two markers agreed in moderation; these are the ones released. */
    AGREED
}
