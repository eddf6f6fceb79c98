package org.socialsim.attempt.work;

import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.simulation.plan.AdObjective;

/**
 * The customer-journey stage a campaign objective usually speaks to, so a new campaign's creative starts aimed where its
 * objective is (an awareness campaign with a "buy now" creative wastes the engine's funnel-match bonus).
 */
public final class CampaignStage {

    private CampaignStage() {}

    public static FunnelStage typicalFor(AdObjective objective) {
        return switch (objective) {
            case AWARENESS -> FunnelStage.AWARENESS;
            case TRAFFIC, ENGAGEMENT -> FunnelStage.CONSIDERATION;
            case LEADS, CONVERSIONS -> FunnelStage.CONVERSION;
        };
    }
}
