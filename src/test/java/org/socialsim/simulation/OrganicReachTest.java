package org.socialsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.Range;

class OrganicReachTest {

    private final Range sweetSpot = new Range(3, 5);

    @Test
    void posts_within_the_sweet_spot_keep_their_reach_and_extra_posts_compete() {
        assertThat(OrganicReach.frequency(1, sweetSpot)).isEqualTo(1);
        assertThat(OrganicReach.frequency(5, sweetSpot)).isEqualTo(1);
        assertThat(OrganicReach.frequency(15, sweetSpot)).isCloseTo(Math.pow(1 / 3.0, 0.6), within(1e-12));
        // Total reach still grows with more posts, but less than in proportion.
        assertThat(15 * OrganicReach.frequency(15, sweetSpot)).isGreaterThan(5).isLessThan(15);
    }

    @Test
    void a_quiet_week_is_penalised_the_week_after() {
        assertThat(OrganicReach.quiet(2, 0, sweetSpot)).isEqualTo(OrganicReach.QUIET_PENALTY);
        assertThat(OrganicReach.quiet(2, 3, sweetSpot)).isEqualTo(1);
        assertThat(OrganicReach.quiet(1, 0, sweetSpot)).isEqualTo(1);
    }

    @Test
    void timing_runs_from_a_floor_at_the_quietest_hour_to_one_at_the_busiest() {
        assertThat(OrganicReach.timing(0)).isEqualTo(OrganicReach.TIMING_FLOOR);
        assertThat(OrganicReach.timing(1)).isEqualTo(1);
        assertThat(OrganicReach.fit(1)).isGreaterThan(OrganicReach.fit(0));
    }

    @Test
    void drawn_reach_averages_its_expectation_and_never_exceeds_the_audience() {
        var rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5L);
        double sum = 0;
        for (int i = 0; i < 50_000; i++) {
            long reach = OrganicReach.draw(rng, 400, 1_000_000);
            assertThat(reach).isNotNegative();
            sum += reach;
        }
        assertThat(sum / 50_000).isCloseTo(400, within(8.0));
        for (int i = 0; i < 1000; i++) {
            assertThat(OrganicReach.draw(rng, 400, 500)).isLessThanOrEqualTo(500);
        }
    }
}
