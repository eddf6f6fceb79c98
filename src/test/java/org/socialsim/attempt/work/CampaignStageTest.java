package org.socialsim.attempt.work;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.simulation.plan.AdObjective;

class CampaignStageTest {

    @Test
    void each_objective_starts_at_the_stage_of_the_journey_it_serves() {
        assertThat(CampaignStage.typicalFor(AdObjective.AWARENESS)).isEqualTo(FunnelStage.AWARENESS);
        assertThat(CampaignStage.typicalFor(AdObjective.TRAFFIC)).isEqualTo(FunnelStage.CONSIDERATION);
        assertThat(CampaignStage.typicalFor(AdObjective.ENGAGEMENT)).isEqualTo(FunnelStage.CONSIDERATION);
        assertThat(CampaignStage.typicalFor(AdObjective.LEADS)).isEqualTo(FunnelStage.CONVERSION);
        assertThat(CampaignStage.typicalFor(AdObjective.CONVERSIONS)).isEqualTo(FunnelStage.CONVERSION);
    }
}
