package org.socialsim.attempt.work;

import java.time.Duration;
import java.time.Instant;

/**
 * How near a deadline is, in the words a student plans by: "due in 3 days", "due in 5 hours", "overdue". Days are whole
 * days left (rounded down), so "due in 1 day" never means "due in 20 minutes".
 *
 * @param amount days or hours left; 0 when overdue
 */
public record DeadlineHint(Kind kind, long amount) {

    public enum Kind {
        DAYS,
        HOURS,
        /** Less than an hour left. */
        SOON,
        OVERDUE
    }

    public static DeadlineHint of(Instant dueAt, Instant now) {
        Duration left = Duration.between(now, dueAt);
        if (left.isNegative() || left.isZero()) {
            return new DeadlineHint(Kind.OVERDUE, 0);
        }
        if (left.toDays() >= 1) {
            return new DeadlineHint(Kind.DAYS, left.toDays());
        }
        if (left.toHours() >= 1) {
            return new DeadlineHint(Kind.HOURS, left.toHours());
        }
        return new DeadlineHint(Kind.SOON, 0);
    }
}
