package org.socialsim.attempt.work;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialsim.simulation.plan.Kpi;

class KpiUnitTest {

    @Test
    void rates_are_shown_as_percentages_and_stored_as_fractions() {
        assertThat(KpiUnit.of(Kpi.ENGAGEMENT_RATE)).isEqualTo(KpiUnit.PERCENT);
        assertThat(KpiUnit.PERCENT.toStored(2)).isEqualTo(0.02);
        assertThat(KpiUnit.PERCENT.toShown(0.0047)).isEqualTo(0.47);
        // 0.47 / 100 in binary is 0.004699999999999999: the plan must hold what the student typed.
        assertThat(KpiUnit.PERCENT.toStored(0.47)).isEqualTo(0.0047);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0047, 0.0263, 0.01, 0.123456, 0.9, 1.5, -0.25})
    void a_percentage_survives_the_round_trip_through_the_plan_exactly(double fraction) {
        double shown = KpiUnit.PERCENT.toShown(fraction);
        assertThat(KpiUnit.PERCENT.toShown(KpiUnit.PERCENT.toStored(shown))).isEqualTo(shown);
    }

    @Test
    void counts_money_ratios_and_hours_are_shown_as_they_are_stored() {
        assertThat(KpiUnit.of(Kpi.FOLLOWERS)).isEqualTo(KpiUnit.COUNT);
        assertThat(KpiUnit.of(Kpi.CPA)).isEqualTo(KpiUnit.MONEY);
        assertThat(KpiUnit.of(Kpi.ROAS)).isEqualTo(KpiUnit.RATIO);
        assertThat(KpiUnit.of(Kpi.MEDIAN_RESPONSE_HOURS)).isEqualTo(KpiUnit.HOURS);
        assertThat(KpiUnit.MONEY.toShown(12.5)).isEqualTo(12.5);
        assertThat(KpiUnit.COUNT.toStored(4200)).isEqualTo(4200);
    }

    @Test
    void costs_and_response_times_improve_by_going_down() {
        assertThat(KpiUnit.lowerIsBetter(Kpi.CPC)).isTrue();
        assertThat(KpiUnit.lowerIsBetter(Kpi.MEDIAN_RESPONSE_HOURS)).isTrue();
        assertThat(KpiUnit.lowerIsBetter(Kpi.CONVERSIONS)).isFalse();
    }

    @Test
    void only_shares_of_a_whole_are_capped_at_one_hundred_percent() {
        assertThat(KpiUnit.boundedByWhole(Kpi.CTR)).isTrue();
        assertThat(KpiUnit.boundedByWhole(Kpi.FOLLOWER_GROWTH)).isFalse();
        assertThat(KpiUnit.boundedByWhole(Kpi.FOLLOWERS)).isFalse();
    }
}
