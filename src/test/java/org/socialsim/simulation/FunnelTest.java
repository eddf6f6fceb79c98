package org.socialsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.simulation.plan.CallToAction;

class FunnelTest {

    @Test
    void without_a_link_nobody_can_click() {
        assertThat(Funnel.clickFactor(null, CallToAction.SHOP_NOW, FunnelStage.CONVERSION, Pillar.PROMOTIONAL))
                .isZero();
        assertThat(Funnel.clickFactor(" ", CallToAction.SHOP_NOW, FunnelStage.CONVERSION, Pillar.PROMOTIONAL))
                .isZero();
    }

    @Test
    void a_call_to_action_that_fits_the_stage_gets_more_clicks() {
        double fitting =
                Funnel.clickFactor("https://x", CallToAction.SHOP_NOW, FunnelStage.CONVERSION, Pillar.PROMOTIONAL);
        double mismatched =
                Funnel.clickFactor("https://x", CallToAction.SHOP_NOW, FunnelStage.AWARENESS, Pillar.PROMOTIONAL);
        double vague = Funnel.clickFactor("https://x", CallToAction.NONE, FunnelStage.CONVERSION, Pillar.PROMOTIONAL);
        assertThat(fitting).isGreaterThan(mismatched).isGreaterThan(vague);
        assertThat(mismatched / fitting).isEqualTo(Funnel.STAGE_MISMATCH);
    }

    @Test
    void content_nearer_the_purchase_converts_more_clicks() {
        assertThat(Funnel.conversionFactor(FunnelStage.CONVERSION, CallToAction.SHOP_NOW))
                .isGreaterThan(Funnel.conversionFactor(FunnelStage.CONSIDERATION, CallToAction.LEARN_MORE))
                .isGreaterThan(Funnel.conversionFactor(FunnelStage.AWARENESS, CallToAction.FOLLOW));
        assertThat(Funnel.stageConversion(FunnelStage.CONVERSION))
                .isGreaterThan(Funnel.stageConversion(FunnelStage.AWARENESS));
    }
}
