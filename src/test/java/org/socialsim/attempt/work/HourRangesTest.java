package org.socialsim.attempt.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HourRangesTest {

    @Test
    void consecutive_hours_read_as_one_span_that_ends_when_the_last_hour_does() {
        assertThat(HourRanges.format(List.of(18, 8, 9, 10))).isEqualTo("08:00–11:00, 18:00–19:00");
    }

    @Test
    void the_last_hour_of_the_day_ends_at_midnight_and_no_hours_read_as_nothing() {
        assertThat(HourRanges.format(List.of(22, 23))).isEqualTo("22:00–00:00");
        assertThat(HourRanges.format(List.of())).isEmpty();
    }
}
