package org.socialsim.simulation;

import org.apache.commons.rng.UniformRandomProvider;
import org.socialsim.scenario.definition.InfluencerDefinition;

/**
 * A sponsored post by an influencer. Reach = audience × authenticity × 30% (a creator's typical
 * reach rate) × format weight × virality; only the overlapping, real part of it is the brand's
 * audience, so overlap × authenticity drives follows, clicks and conversions. Paying less than
 * the creator's fee buys less effort (square root of the share paid). A disclosed post (#ad, paid
 * partnership label) is engaged with slightly less (5%); an undisclosed one risks a backlash
 * (40% a post) that costs sentiment, trust and followers, as advertising regulators and audiences
 * punish hidden advertising.
 */
final class Influencers {

    static final double REACH_RATE = 0.3;
    static final double DISCLOSED_ENGAGEMENT = 0.95;
    static final double BACKLASH_CHANCE = 0.4;
    /** Negative mentions a backlash causes per person the post reached. */
    static final double BACKLASH_MENTIONS_PER_REACH = 0.01;

    static final double BACKLASH_TRUST = 0.1;
    static final double BACKLASH_CHURN = 0.01;

    private Influencers() {}

    /** What one sponsored post did. */
    record Outcome(
            long reach, long impressions, long engagements, long clicks, double brandAudience, boolean backlash) {}

    static Outcome post(
            UniformRandomProvider rng,
            InfluencerDefinition influencer,
            double formatWeight,
            double effort,
            boolean disclosed,
            double organicCtr,
            double clickPropensity) {
        double virality = Draws.logNormalMeanOne(rng, 0.5);
        long reach = Math.round(influencer.audience()
                * influencer.authenticity()
                * REACH_RATE
                * formatWeight
                * Math.sqrt(Math.max(0, Math.min(1, effort)))
                * virality);
        reach = Math.min(reach, influencer.audience());
        long impressions = Math.round(reach * 1.3);
        double perReach = influencer.engagementRate() / REACH_RATE * (disclosed ? DISCLOSED_ENGAGEMENT : 1);
        long engagements = Draws.binomial(rng, reach, Math.min(0.9, perReach));
        double brandAudience = influencer.overlap() * influencer.authenticity();
        long clicks = Draws.binomial(rng, impressions, Math.min(1, organicCtr * clickPropensity * 1.5 * brandAudience));
        boolean backlash = Draws.chance(rng, BACKLASH_CHANCE);
        return new Outcome(reach, impressions, engagements, clicks, brandAudience, !disclosed && backlash);
    }
}
