package org.socialsim.scenario.definition;

import java.util.Map;

/**
 * A true audience segment. Hidden from students until the debrief: their personas are scored
 * against these.
 *
 * @param id unique within the scenario, lower-case letters, digits and hyphens (1..40)
 * @param name a short label for the debrief (1..80 characters)
 * @param description who they are, for the debrief (markdown, up to 2,000 characters)
 * @param share the segment's share of the brand's audience, in (0, 1]; shares sum to 1 (±0.001)
 * @param age typical age range in years, min ≤ max, each in [13, 100]
 * @param platforms where the segment spends its social time: share per platform, each in [0, 1],
 *     summing to 1 (±0.001); only platforms the scenario defines
 * @param interests appetite per content pillar, each in [0, 1], summing to 1 (±0.001)
 * @param activeHours when the segment is online
 * @param funnel how it converts
 */
public record SegmentDefinition(
        String id,
        String name,
        String description,
        double share,
        Range age,
        Map<Platform, Double> platforms,
        Map<Pillar, Double> interests,
        ActiveHours activeHours,
        FunnelBehaviour funnel) {

    public SegmentDefinition {
        platforms = Definitions.enumMap(platforms, Platform.class);
        interests = Definitions.enumMap(interests, Pillar.class);
    }
}
