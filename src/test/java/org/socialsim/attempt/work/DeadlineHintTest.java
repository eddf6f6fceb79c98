package org.socialsim.attempt.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlineHintTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    @Test
    void whole_days_left_are_counted_down_so_one_day_means_at_least_a_day() {
        assertThat(DeadlineHint.of(NOW.plus(Duration.ofDays(3).plusHours(20)), NOW))
                .isEqualTo(new DeadlineHint(DeadlineHint.Kind.DAYS, 3));
        assertThat(DeadlineHint.of(NOW.plus(Duration.ofHours(24)), NOW))
                .isEqualTo(new DeadlineHint(DeadlineHint.Kind.DAYS, 1));
    }

    @Test
    void the_last_day_counts_in_hours_and_the_last_hour_is_soon() {
        assertThat(DeadlineHint.of(NOW.plus(Duration.ofHours(5).plusMinutes(59)), NOW))
                .isEqualTo(new DeadlineHint(DeadlineHint.Kind.HOURS, 5));
        assertThat(DeadlineHint.of(NOW.plus(Duration.ofMinutes(20)), NOW))
                .isEqualTo(new DeadlineHint(DeadlineHint.Kind.SOON, 0));
    }

    @Test
    void a_deadline_that_has_passed_is_overdue() {
        assertThat(DeadlineHint.of(NOW, NOW).kind()).isEqualTo(DeadlineHint.Kind.OVERDUE);
        assertThat(DeadlineHint.of(NOW.minusSeconds(1), NOW).kind()).isEqualTo(DeadlineHint.Kind.OVERDUE);
    }
}
