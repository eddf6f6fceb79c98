package org.socialsim.scenario.definition;

import java.util.Map;

/**
 * A competitor students benchmark against; the engine uses it for share of voice.
 *
 * @param name shown to students (1..80 characters)
 * @param followers followers per platform, integers in [0, 100,000,000]
 * @param engagementRate engagement rate per platform, by the same definition as the brand's
 *     benchmark on that platform, fractions in [0, 1]
 * @param postsPerWeek posts per week per platform, in [0, 100]
 * @param followerGrowthMonthly follower growth per month, a fraction in [-1, 1] (0.06 = 6%)
 * @param mentionsPerWeek mentions of the competitor per week across platforms, an integer in
 *     [0, 10,000,000]
 */
public record CompetitorDefinition(
        String name,
        Map<Platform, Integer> followers,
        Map<Platform, Double> engagementRate,
        Map<Platform, Double> postsPerWeek,
        double followerGrowthMonthly,
        int mentionsPerWeek) {

    public CompetitorDefinition {
        followers = Definitions.enumMap(followers, Platform.class);
        engagementRate = Definitions.enumMap(engagementRate, Platform.class);
        postsPerWeek = Definitions.enumMap(postsPerWeek, Platform.class);
    }
}
