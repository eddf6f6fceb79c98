package org.socialsim.scenario.definition;

import java.util.List;

/**
 * When a segment is online: the hours of the day (0..23, local time, each hour meaning HH:00–HH:59)
 * at which its activity peaks, on weekdays and at weekends. At least one hour in each list; no
 * duplicates.
 */
public record ActiveHours(List<Integer> weekday, List<Integer> weekend) {

    public ActiveHours {
        weekday = Definitions.list(weekday);
        weekend = Definitions.list(weekend);
    }
}
