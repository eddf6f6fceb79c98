package org.socialsim.attempt.work;

/**
 * The response times a student can commit to for an inbox message. A handful of honest choices rather than a free
 * number: they match how a team actually staffs an inbox (someone on it, a few checks a day, the next morning).
 */
public enum ResponseTime {
    WITHIN_AN_HOUR(1),
    WITHIN_FOUR_HOURS(4),
    SAME_DAY(12),
    NEXT_DAY(24),
    TWO_DAYS(48);

    private final double hours;

    ResponseTime(double hours) {
        this.hours = hours;
    }

    public double hours() {
        return hours;
    }

    /** The choice closest to {@code hours}, for answers saved by other means (a plan file, an older screen). */
    public static ResponseTime nearest(double hours) {
        ResponseTime best = WITHIN_AN_HOUR;
        for (ResponseTime candidate : values()) {
            if (Math.abs(candidate.hours - hours) < Math.abs(best.hours - hours)) {
                best = candidate;
            }
        }
        return best;
    }
}
