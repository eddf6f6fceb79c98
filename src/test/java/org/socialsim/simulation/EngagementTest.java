package org.socialsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.AdMarket;
import org.socialsim.scenario.definition.EngagementBenchmark;
import org.socialsim.scenario.definition.EngagementDefinition;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.PlatformDefinition;
import org.socialsim.scenario.definition.Range;

class EngagementTest {

    static PlatformDefinition platform(double rate, EngagementDefinition definition) {
        return new PlatformDefinition(
                1000,
                10_000,
                0.1,
                1.5,
                new EngagementBenchmark(rate, definition, "test"),
                0.01,
                new AdMarket(new Range(5, 10), 0.01),
                Map.of(Format.IMAGE, 1.0),
                new Range(2, 4));
    }

    @Test
    void every_benchmark_definition_becomes_the_same_kind_of_rate_per_person_reached() {
        assertThat(Engagement.baseRatePerReach(platform(0.05, EngagementDefinition.PER_REACH)))
                .isEqualTo(0.05);
        // 0.5% of followers from a post that reaches 10% of them: 5% of those reached.
        assertThat(Engagement.baseRatePerReach(platform(0.005, EngagementDefinition.PER_FOLLOWER)))
                .isCloseTo(0.05, within(1e-12));
        // 2% of impressions at 1.5 impressions per person: 3% of those reached.
        assertThat(Engagement.baseRatePerReach(platform(0.02, EngagementDefinition.PER_IMPRESSION)))
                .isCloseTo(0.03, within(1e-12));
    }

    @Test
    void pillars_the_audience_wants_are_engaged_with_more() {
        assertThat(Engagement.pillar(0.25)).isEqualTo(1);
        assertThat(Engagement.pillar(0.5)).isGreaterThan(1);
        assertThat(Engagement.pillar(0.1)).isLessThan(1);
        assertThat(Engagement.fit(0.9)).isGreaterThan(Engagement.fit(0.2));
        assertThat(Engagement.format(1.4)).isGreaterThan(Engagement.format(0.7));
        assertThat(Engagement.fatigue(0.5)).isLessThan(1);
    }

    @Test
    void drawn_engagements_average_reach_times_rate_and_vary_more_than_a_binomial() {
        var rng = RandomSource.XO_RO_SHI_RO_128_PP.create(9L);
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < 20_000; i++) {
            long k = Engagement.draw(rng, 2000, 0.05);
            assertThat(k).isBetween(0L, 2000L);
            sum += k;
            squares += (double) k * k;
        }
        double mean = sum / 20_000;
        assertThat(mean).isCloseTo(100, within(2.0));
        assertThat(squares / 20_000 - mean * mean).isGreaterThan(2000 * 0.05 * 0.95 * 2);
    }
}
