package org.socialsim.simulation;

import org.apache.commons.rng.UniformRandomProvider;
import org.socialsim.scenario.definition.CompetitorDefinition;
import org.socialsim.scenario.definition.Platform;

/**
 * Share of voice: the brand's mentions against its competitors'. Competitors' weekly mentions vary
 * ±15% (log-normal) around their stated rate and spread over platforms by their followers.
 */
final class Competitors {

    static final double WEEKLY_SIGMA = 0.15;

    private Competitors() {}

    /** The competitor's mentions on a platform in a week. */
    static double mentions(
            UniformRandomProvider rng, CompetitorDefinition competitor, Platform platform, double fallbackShare) {
        double total = 0;
        for (int f : competitor.followers().values()) {
            total += f;
        }
        double share = total > 0 ? competitor.followers().getOrDefault(platform, 0) / total : fallbackShare;
        return competitor.mentionsPerWeek() * share * Draws.logNormalMeanOne(rng, WEEKLY_SIGMA);
    }

    /** The brand's share of all mentions. */
    static double shareOfVoice(double brand, double competitors) {
        return brand + competitors > 0 ? brand / (brand + competitors) : 0;
    }
}
