package org.socialsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.InfluencerDefinition;
import org.socialsim.scenario.definition.Platform;

class InfluencersTest {

    private static InfluencerDefinition creator(double authenticity) {
        return new InfluencerDefinition("c", "@c", Platform.INSTAGRAM, "food", 50_000, 0.03, 0.5, authenticity, 500);
    }

    @Test
    void a_disclosed_post_never_backfires_and_an_undisclosed_one_often_does() {
        var rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1L);
        int backlashes = 0;
        for (int i = 0; i < 10_000; i++) {
            assertThat(Influencers.post(rng, creator(0.9), 1, 1, true, 0.005, 1).backlash())
                    .isFalse();
            if (Influencers.post(rng, creator(0.9), 1, 1, false, 0.005, 1).backlash()) {
                backlashes++;
            }
        }
        assertThat(backlashes / 10_000.0).isCloseTo(Influencers.BACKLASH_CHANCE, within(0.02));
    }

    @Test
    void bought_followers_reach_nobody_who_matters() {
        var real = RandomSource.XO_RO_SHI_RO_128_PP.create(2L);
        var bought = RandomSource.XO_RO_SHI_RO_128_PP.create(2L);
        double realReach = 0;
        double boughtReach = 0;
        for (int i = 0; i < 2000; i++) {
            realReach +=
                    Influencers.post(real, creator(0.9), 1, 1, true, 0.005, 1).reach();
            boughtReach +=
                    Influencers.post(bought, creator(0.3), 1, 1, true, 0.005, 1).reach();
        }
        assertThat(boughtReach).isLessThan(realReach / 2);
        assertThat(Influencers.post(real, creator(0.3), 1, 1, true, 0.005, 1).brandAudience())
                .isCloseTo(0.15, within(1e-12));
    }

    @Test
    void paying_a_fraction_of_the_fee_buys_less_effort() {
        var full = RandomSource.XO_RO_SHI_RO_128_PP.create(3L);
        var half = RandomSource.XO_RO_SHI_RO_128_PP.create(3L);
        assertThat(Influencers.post(half, creator(0.9), 1, 0.25, true, 0.005, 1).reach())
                .isLessThan(Influencers.post(full, creator(0.9), 1, 1, true, 0.005, 1)
                        .reach());
    }
}
