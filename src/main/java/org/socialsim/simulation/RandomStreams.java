package org.socialsim.simulation;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;

/**
 * Independent, reproducible random streams, one per concern (a post, a campaign in a week, a
 * message template in a week, an hour of the crisis). Keying every stream by what it is about keeps
 * the randomness of one part of a plan fixed when another part changes (common random numbers), so
 * two plans compared with the same seed differ only by their decisions, not by reshuffled luck.
 *
 * <p>The generator is Commons RNG's xoroshiro128++ ({@code RandomSource.XO_RO_SHI_RO_128_PP}),
 * constructed directly because a run opens a few hundred streams; its two seed words come from
 * SplitMix64 mixing of (run seed, concern keys), the finaliser Commons RNG itself uses to expand
 * seeds.
 */
final class RandomStreams {

    /** Concerns; each opens streams in its own key space. */
    enum Concern {
        POST,
        BOOST,
        CAMPAIGN,
        INFLUENCER,
        COMMUNITY,
        COMMUNITY_OUTCOME,
        FOLLOWERS,
        MENTIONS,
        CRISIS,
        REPLICATION
    }

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final long seed;

    RandomStreams(long seed) {
        this.seed = seed;
    }

    long seed() {
        return seed;
    }

    /** The stream for one concern and up to three keys (week, platform, index, a hashed id…). */
    UniformRandomProvider stream(Concern concern, long a, long b, long c) {
        long h = mix(seed + GOLDEN * (concern.ordinal() + 1));
        h = mix(h ^ (a * GOLDEN + 0x632BE59BD9B4E019L));
        h = mix(h ^ (b * GOLDEN + 0x85157AF5L));
        h = mix(h ^ (c * GOLDEN + 0x4CF5AD432745937FL));
        long s0 = mix(h + GOLDEN);
        long s1 = mix(h + 2 * GOLDEN);
        if ((s0 | s1) == 0) {
            s1 = GOLDEN; // xoroshiro must not start from the all-zero state
        }
        return new XoRoShiRo128PlusPlus(s0, s1);
    }

    /** A seed for replication {@code index} of a run seeded with {@code seed}, independent of threads. */
    static long replicationSeed(long seed, int index) {
        return mix(mix(seed ^ 0x5DEECE66DL) + GOLDEN * (index + 1L));
    }

    /** A stable 64-bit key for a text id (String.hashCode is specified, so equal on every JVM). */
    static long key(String id) {
        return mix(id.hashCode() * GOLDEN + id.length());
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood 2014). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
