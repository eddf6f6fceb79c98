package org.socialsim.scenario.definition;

import java.time.DayOfWeek;
import java.util.List;

/**
 * The crisis that breaks during the scenario.
 *
 * @param week the week it breaks, inside the scenario's weeks
 * @param day the day it breaks ({@code monday}..{@code sunday})
 * @param hour the hour it breaks, 0..23
 * @param kind what happens
 * @param responsibility the SCCT cluster
 * @param priorIncidents whether the brand has had a similar crisis before; SCCT says a history
 *     raises attributed responsibility
 * @param trigger the post or report that starts it, shown in the crisis room (1..1,000 characters)
 * @param facts what the brand knows when it breaks, shown to students (markdown, up to 4,000)
 * @param development how the story grows hour by hour if unanswered, at least one beat
 */
public record CrisisDefinition(
        int week,
        DayOfWeek day,
        int hour,
        CrisisKind kind,
        ResponsibilityCluster responsibility,
        boolean priorIncidents,
        String trigger,
        String facts,
        List<CrisisBeat> development) {

    public CrisisDefinition {
        development = Definitions.list(development);
    }
}
