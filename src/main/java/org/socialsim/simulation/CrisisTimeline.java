package org.socialsim.simulation;

import java.util.List;

/**
 * The part of the crisis that falls in one week, hour by hour, for the crisis room's chart.
 *
 * @param week the week
 * @param hours the hours of the crisis inside this week, in order
 * @param mentions mentions of the brand the crisis caused in this week
 * @param negativeMentions the negative ones among them
 * @param negativeReach people who saw those negative mentions
 */
public record CrisisTimeline(
        int week, List<CrisisHour> hours, long mentions, long negativeMentions, long negativeReach) {

    public CrisisTimeline {
        hours = List.copyOf(hours);
    }
}
