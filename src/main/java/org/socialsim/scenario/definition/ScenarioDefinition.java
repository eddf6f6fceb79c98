package org.socialsim.scenario.definition;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a scenario file says: what the student reads and what the simulation needs. A value:
 * two definitions read from the same text are equal, and the version stored for an attempt never
 * changes.
 *
 * @param id stable id, lower-case letters, digits and hyphens (3..60); the file name is
 *     {@code id + ".yaml"}
 * @param title shown in lists (1..120 characters)
 * @param brief what the student reads first (markdown, 1..20,000 characters)
 * @param brand the brand students run
 * @param weeks how many weekly rounds, 1..12 (shipped scenarios use 6..8)
 * @param currency ISO 4217 code, three upper-case letters
 * @param conversion what counts as a conversion
 * @param budget money for ads and influencers
 * @param businessObjectives 1..8 business objectives, unique ids
 * @param platforms 1..6 platforms with their parameters, in file order
 * @param segments 1..8 hidden audience segments, unique ids, shares summing to 1
 * @param competitors 0..6 competitors
 * @param influencers 0..20 influencers, unique ids
 * @param community 1..60 inbound message templates, unique ids
 * @param crisis the crisis
 */
public record ScenarioDefinition(
        String id,
        String title,
        String brief,
        Brand brand,
        int weeks,
        String currency,
        ConversionKind conversion,
        Budget budget,
        List<BusinessObjective> businessObjectives,
        Map<Platform, PlatformDefinition> platforms,
        List<SegmentDefinition> segments,
        List<CompetitorDefinition> competitors,
        List<InfluencerDefinition> influencers,
        List<MessageTemplate> community,
        CrisisDefinition crisis) {

    public ScenarioDefinition {
        businessObjectives = Definitions.list(businessObjectives);
        platforms = Definitions.enumMap(platforms, Platform.class);
        segments = Definitions.list(segments);
        competitors = Definitions.list(competitors);
        influencers = Definitions.list(influencers);
        community = Definitions.list(community);
    }

    public PlatformDefinition platform(Platform platform) {
        PlatformDefinition definition = platforms.get(platform);
        if (definition == null) {
            throw new IllegalArgumentException(id + " has no platform " + platform);
        }
        return definition;
    }

    public Optional<InfluencerDefinition> influencer(String influencerId) {
        return influencers.stream().filter(i -> i.id().equals(influencerId)).findFirst();
    }
}
