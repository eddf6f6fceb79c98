package org.socialsim.simulation.plan;

import java.util.List;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;

/**
 * A buyer persona. The engine compares its structured fields with the hidden segments (audience
 * fit); the free-text fields are for the student's reasoning and the grading.
 *
 * @param id unique within the plan
 * @param name e.g. "Commuter Chloe"
 * @param minAge youngest age in years
 * @param maxAge oldest age in years
 * @param occupation free text
 * @param goals free text
 * @param painPoints free text
 * @param platforms where the persona spends time
 * @param weekdayHours hours of the day (0..23) the persona is online on weekdays
 * @param weekendHours hours of the day (0..23) the persona is online at weekends
 * @param contentPreferences pillars the persona responds to, most preferred first
 * @param journeyStage where the persona typically is in the customer journey
 */
public record Persona(
        String id,
        String name,
        int minAge,
        int maxAge,
        String occupation,
        String goals,
        String painPoints,
        List<Platform> platforms,
        List<Integer> weekdayHours,
        List<Integer> weekendHours,
        List<Pillar> contentPreferences,
        FunnelStage journeyStage) {

    public Persona {
        platforms = List.copyOf(platforms);
        weekdayHours = List.copyOf(weekdayHours);
        weekendHours = List.copyOf(weekendHours);
        contentPreferences = List.copyOf(contentPreferences);
    }
}
