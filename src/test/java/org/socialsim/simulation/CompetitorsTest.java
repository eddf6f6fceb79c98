package org.socialsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.CompetitorDefinition;
import org.socialsim.scenario.definition.Platform;

class CompetitorsTest {

    @Test
    void share_of_voice_is_the_brands_part_of_all_mentions() {
        assertThat(Competitors.shareOfVoice(300, 900)).isEqualTo(0.25);
        assertThat(Competitors.shareOfVoice(0, 0)).isZero();
    }

    @Test
    void a_competitors_mentions_spread_over_platforms_by_its_followers() {
        CompetitorDefinition bean = Scenarios.coldBrew().competitors().get(0);
        var rng = RandomSource.XO_RO_SHI_RO_128_PP.create(4L);
        double instagram = 0;
        for (int i = 0; i < 5000; i++) {
            instagram += Competitors.mentions(rng, bean, Platform.INSTAGRAM, 0.5) / 5000;
        }
        assertThat(instagram).isCloseTo(600 * 12_000 / 17_000.0, within(6.0));
    }
}
