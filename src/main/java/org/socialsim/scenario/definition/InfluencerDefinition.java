package org.socialsim.scenario.definition;

/**
 * A creator the brand can pay to post.
 *
 * @param id unique within the scenario, lower-case letters, digits and hyphens (1..40)
 * @param name handle or name shown to students (1..80 characters)
 * @param platform where the influencer posts; one of the scenario's platforms
 * @param niche what they post about, shown to students (1..200 characters)
 * @param audience the influencer's followers, an integer in [100, 500,000,000]
 * @param engagementRate interactions per follower per post, a fraction in [0, 1]
 * @param overlap share of the influencer's audience inside the brand's target segments, a fraction
 *     in [0, 1]
 * @param authenticity share of the audience that is real and attentive (not bots or bought
 *     followers), a fraction in [0, 1]
 * @param fee price of one sponsored post in the scenario's currency, in [0, 1,000,000]
 */
public record InfluencerDefinition(
        String id,
        String name,
        Platform platform,
        String niche,
        int audience,
        double engagementRate,
        double overlap,
        double authenticity,
        double fee) {}
