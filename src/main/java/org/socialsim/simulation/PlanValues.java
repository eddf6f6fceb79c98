package org.socialsim.simulation;

/**
 * Reads numbers from a plan defensively. A plan may come from a file a person edited: a missing,
 * negative or non-numeric amount must not turn every KPI into NaN.
 */
final class PlanValues {

    /** The longest delay that still means anything: twelve weeks, the longest scenario. */
    static final double MAX_HOURS = 12 * 168;

    private PlanValues() {}

    /** Money: a positive amount, else 0 (NaN and negatives count as nothing). */
    static double amount(double value) {
        return value > 0 ? value : 0;
    }

    /** A delay in hours, in [0, {@link #MAX_HOURS}]; NaN means never. */
    static double hours(double value) {
        if (Double.isNaN(value)) {
            return MAX_HOURS;
        }
        return Math.max(0, Math.min(MAX_HOURS, value));
    }
}
