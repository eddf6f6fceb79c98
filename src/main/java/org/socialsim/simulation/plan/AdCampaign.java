package org.socialsim.simulation.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.Platform;

/**
 * A paid campaign.
 *
 * @param id unique within the plan
 * @param name the student's label
 * @param platform where it runs
 * @param objective what it optimises for
 * @param personas ids of the personas it targets; empty for broad targeting
 * @param format the creative's format
 * @param stage the customer-journey stage the creative speaks to
 * @param budget total budget over its weeks, in the scenario's currency, spread evenly
 * @param bidStrategy how it bids
 * @param bidCap the cap per 1,000 impressions for {@code BID_CAP} or the target cost per result
 *     for {@code COST_CAP}; {@code null} for {@code LOWEST_COST}
 * @param fromWeek first week it runs
 * @param toWeek last week it runs
 */
public record AdCampaign(
        String id,
        String name,
        Platform platform,
        AdObjective objective,
        List<String> personas,
        Format format,
        FunnelStage stage,
        double budget,
        BidStrategy bidStrategy,
        @Nullable Double bidCap,
        int fromWeek,
        int toWeek) {

    public AdCampaign {
        personas = List.copyOf(personas);
    }
}
