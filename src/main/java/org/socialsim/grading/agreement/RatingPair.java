package org.socialsim.grading.agreement;

/**
 * Two ratings of the same script on one ordinal scale, e.g. the first and the second marker's level for one criterion.
 * A rating is a category's index: for a rubric criterion the index of the level in the rubric's order, so 0 is the
 * best level and {@code levels - 1} the worst; for bands the index of the grade boundary, so 0 is the lowest band.
 * Which end is 0 does not change any statistic in {@link Agreement}, only that the order is the scale's order.
 *
 * @param first the first rater's category (first marker, or the tutor)
 * @param second the second rater's category (second marker, or the suggestion)
 */
public record RatingPair(int first, int second) {

    public RatingPair {
        if (first < 0 || second < 0) {
            throw new IllegalArgumentException("a rating is a category index ≥ 0, was " + first + " and " + second);
        }
    }

    /** How many categories apart the two ratings are (0 when they agree). */
    public int distance() {
        return Math.abs(first - second);
    }
}
