package org.socialsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.ActiveHours;

class SegmentActivityTest {

    @Test
    void activity_peaks_at_the_segments_hours_and_falls_away_from_them() {
        List<Integer> peaks = List.of(8, 18);
        assertThat(SegmentActivity.at(peaks, 8)).isCloseTo(1, within(1e-9));
        assertThat(SegmentActivity.at(peaks, 9)).isBetween(0.7, 0.9);
        assertThat(SegmentActivity.at(peaks, 13)).isLessThan(0.15);
    }

    @Test
    void the_small_hours_are_quiet_unless_the_segment_is_up_then() {
        assertThat(SegmentActivity.at(List.of(8, 18), 3)).isLessThan(0.03);
        assertThat(SegmentActivity.at(List.of(2), 3)).isGreaterThan(0.7);
    }

    @Test
    void sunday_is_the_weakest_day() {
        double[][] week = new double[7][24];
        SegmentActivity.fill(new ActiveHours(List.of(12), List.of(12)), week);
        assertThat(week[6][12]).isLessThan(week[5][12]);
        assertThat(week[6][12]).isCloseTo(SegmentActivity.SUNDAY_FACTOR, within(1e-9));
    }

    @Test
    void hours_wrap_around_midnight() {
        assertThat(SegmentActivity.circularDistance(23, 1)).isEqualTo(2);
        assertThat(SegmentActivity.circularDistance(5, 5)).isZero();
        assertThat(SegmentActivity.circularDistance(0, 12)).isEqualTo(12);
    }
}
