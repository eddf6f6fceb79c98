package org.socialsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FollowerGrowthTest {

    @Test
    void growth_saturates_as_followers_approach_the_addressable_audience() {
        double early = FollowerGrowth.gain(1000, 100_000, 100, 1);
        double late = FollowerGrowth.gain(90_000, 100_000, 100, 1);
        assertThat(FollowerGrowth.gain(100_000, 100_000, 100, 1)).isZero();
        assertThat(early / 1000).isGreaterThan(late / 90_000);
        assertThat(FollowerGrowth.gain(1000, 0, 100, 1)).isZero();
    }

    @Test
    void an_active_community_spreads_by_word_of_mouth() {
        assertThat(FollowerGrowth.gain(5000, 50_000, 0, 2)).isGreaterThan(FollowerGrowth.gain(5000, 50_000, 0, 0.5));
        assertThat(FollowerGrowth.gain(5000, 50_000, 0, 0)).isZero();
    }

    @Test
    void over_promotion_over_posting_and_bad_sentiment_drive_followers_away() {
        double base = FollowerGrowth.churnRate(0.2, 1, 0.3);
        assertThat(base).isEqualTo(FollowerGrowth.BASE_CHURN);
        assertThat(FollowerGrowth.churnRate(1.0, 1, 0.3)).isGreaterThan(base);
        assertThat(FollowerGrowth.churnRate(0.2, 3, 0.3)).isGreaterThan(base);
        assertThat(FollowerGrowth.churnRate(0.2, 1, -0.5)).isGreaterThan(base);
        assertThat(FollowerGrowth.overPromotion(0.4)).isZero();
        assertThat(FollowerGrowth.churnRate(1, 100, -1)).isLessThanOrEqualTo(0.5);
    }
}
