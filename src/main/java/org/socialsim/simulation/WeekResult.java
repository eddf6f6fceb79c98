package org.socialsim.simulation;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.socialsim.scenario.definition.Platform;

/**
 * One simulated week.
 *
 * @param week 1-based
 * @param totals all platforms together
 * @param platforms per platform, in the platform enum's order
 * @param inbox the messages that arrived this week, by arrival time
 * @param crisis the crisis hours that fall in this week; {@code null} when none do
 * @param explanations what moved this week's KPIs, largest effect first
 */
public record WeekResult(
        int week,
        KpiValues totals,
        Map<Platform, KpiValues> platforms,
        List<InboundMessage> inbox,
        @Nullable CrisisTimeline crisis,
        List<Explanation> explanations) {

    public WeekResult {
        platforms = Results.enumMap(platforms, Platform.class);
        inbox = List.copyOf(inbox);
        explanations = List.copyOf(explanations);
    }
}
