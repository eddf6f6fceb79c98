package org.socialsim.scenario.definition;

import java.util.Map;

/**
 * How one platform behaves for this brand. Written under {@code platforms:} keyed by platform name.
 *
 * @param followers the brand's followers when the scenario starts, an integer in [0, 100,000,000]
 * @param addressableAudience people on this platform the brand could ever reach (the ceiling of
 *     follower growth), an integer ≥ {@code followers}
 * @param organicReach share of followers an average post reaches, a fraction in [0, 1]
 * @param impressionsPerReach how many times a reached person sees a post on average, in [1, 10]
 * @param engagementRate the organic engagement benchmark and its definition
 * @param organicCtr link clicks per impression of an organic post with a link call to action, a
 *     fraction in [0, 1]
 * @param ads the paid market
 * @param formats supported formats with their reach weight (1.0 = average), each in [0, 3]; at
 *     least one
 * @param postsPerWeek the posting-frequency sweet spot, posts per week, min ≤ max, each in [0, 50]
 */
public record PlatformDefinition(
        int followers,
        int addressableAudience,
        double organicReach,
        double impressionsPerReach,
        EngagementBenchmark engagementRate,
        double organicCtr,
        AdMarket ads,
        Map<Format, Double> formats,
        Range postsPerWeek) {

    public PlatformDefinition {
        formats = Definitions.enumMap(formats, Format.class);
    }

    public boolean supports(Format format) {
        return formats.containsKey(format);
    }
}
