package org.socialsim.simulation;

import org.apache.commons.rng.UniformRandomProvider;
import org.socialsim.scenario.definition.EngagementBenchmark;
import org.socialsim.scenario.definition.PlatformDefinition;

/**
 * Interactions on a post: beta-binomial over the people reached, around the platform's benchmark
 * moved by pillar affinity, format, audience fit and fatigue. The benchmark is converted to a rate
 * per person reached whatever definition the scenario states (benchmarks.md: per follower, per
 * reach, per impression), so an average post reproduces the benchmark by its own definition.
 */
final class Engagement {

    /** Beta concentration: post-to-post spread of the rate (sd ≈ rate/√(κ+1) relative), overdispersion. */
    static final double CONCENTRATION = 30;
    /** Share of interactions that are likes (the rest: comments, shares, saves). */
    static final double LIKE_SHARE = 0.78;

    private Engagement() {}

    /** The benchmark as interactions per person reached by an average post. */
    static double baseRatePerReach(PlatformDefinition platform) {
        EngagementBenchmark benchmark = platform.engagementRate();
        return switch (benchmark.definition()) {
            case PER_REACH -> benchmark.rate();
            case PER_FOLLOWER -> platform.organicReach() > 0 ? benchmark.rate() / platform.organicReach() : 0;
            case PER_IMPRESSION -> benchmark.rate() * platform.impressionsPerReach();
        };
    }

    /** Appetite for the pillar against an even mix (0.25 each), dampened: factor = (interest/0.25)^0.6. */
    static double pillar(double interest) {
        return Math.pow(Math.max(0.2, Math.min(3, interest / 0.25)), 0.6);
    }

    /** Native formats are engaged with more: the reach weight to the power 0.25. */
    static double format(double formatWeight) {
        return Math.pow(formatWeight, 0.25);
    }

    /** Content that speaks to the real audience gets answered: 0.6 at no fit, 1.1 at perfect fit. */
    static double fit(double fit) {
        return 0.6 + 0.5 * fit;
    }

    /** Past the sweet spot each post is engaged with less: (max/n)^0.3. */
    static double fatigue(double frequencyFactor) {
        return Math.sqrt(frequencyFactor);
    }

    static long draw(UniformRandomProvider rng, long reach, double rate) {
        return Draws.betaBinomial(rng, reach, Math.min(0.95, rate), CONCENTRATION);
    }
}
