package org.socialsim.simulation;

import org.apache.commons.rng.UniformRandomProvider;
import org.socialsim.scenario.definition.Range;

/**
 * How many people an organic post reaches:
 *
 * <pre>
 * reach = followers × organic_reach × format × timing × frequency × quiet × fit × climate × virality
 * </pre>
 *
 * capped at the platform's addressable audience. Each factor is 1 for an average post; the
 * scenario supplies organic_reach, the format weights and the sweet spot; timing comes from the
 * hidden segments' activity ({@link SegmentActivity}); virality is log-normal with mean 1, so a few
 * posts travel far and most do not (the heavy tail social platforms show).
 */
final class OrganicReach {

    /** Log-sd of virality: a post's reach varies about ±60% (one sd) around its expectation. */
    static final double VIRALITY_SIGMA = 0.6;
    /** Even at the audience's quietest hour a post is still served later in feeds. */
    static final double TIMING_FLOOR = 0.3;
    /** How steeply each post past the sweet spot cannibalises the others (per-post reach ∝ (max/n)^0.6). */
    static final double FATIGUE_EXPONENT = 0.6;
    /** Algorithms demote accounts that went quiet: reach of the week after a silent week. */
    static final double QUIET_PENALTY = 0.8;
    /** Share of an organic post's reach that lands outside the followers (explore, shares). */
    static final double NON_FOLLOWER_SHARE = 0.3;

    private OrganicReach() {}

    /** Timing from the audience's activity at that day and hour, in [{@link #TIMING_FLOOR}, 1]. */
    static double timing(double activity) {
        return TIMING_FLOOR + (1 - TIMING_FLOOR) * activity;
    }

    /** Per-post reach factor for {@code posts} posts on a platform in one week. */
    static double frequency(int posts, Range sweetSpot) {
        double max = Math.max(1, sweetSpot.max());
        return posts <= max ? 1 : Math.pow(max / posts, FATIGUE_EXPONENT);
    }

    /** The demotion after a week with fewer than half the sweet spot's minimum posts (week 1 exempt). */
    static double quiet(int week, int postsLastWeek, Range sweetSpot) {
        return week > 1 && postsLastWeek < sweetSpot.min() / 2 ? QUIET_PENALTY : 1;
    }

    /** Reach factor of audience fit F in [0, 1]: content for the real audience gets distributed more. */
    static double fit(double fit) {
        return 0.75 + 0.35 * fit;
    }

    /** The drawn reach of a post with expectation {@code expected}, capped at {@code cap}. */
    static long draw(UniformRandomProvider rng, double expected, double cap) {
        double reach = expected * Draws.logNormalMeanOne(rng, VIRALITY_SIGMA);
        return Math.max(0, Math.round(Math.min(cap, reach)));
    }
}
