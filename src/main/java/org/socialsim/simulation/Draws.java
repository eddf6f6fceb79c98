package org.socialsim.simulation;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The random draws the mechanics make, on a given stream. Small counts are drawn exactly; large
 * ones by the normal approximation, which at those sizes is closer than the model's own accuracy
 * and keeps a run well under a millisecond.
 */
final class Draws {

    /** Above this mean a Poisson draw uses the normal approximation (error below 1% of a count). */
    private static final double POISSON_EXACT_MAX = 40;

    /** Below this n·min(p, 1−p) a binomial is drawn by inversion, above by the normal approximation. */
    private static final double BINOMIAL_EXACT_MAX = 30;

    private Draws() {}

    static double gaussian(UniformRandomProvider rng) {
        return ZigguratSampler.NormalizedGaussian.of(rng).sample();
    }

    /** A log-normal multiplier with mean 1 and log-sd {@code sigma}: heavy-tailed virality. */
    static double logNormalMeanOne(UniformRandomProvider rng, double sigma) {
        return Math.exp(-sigma * sigma / 2 + sigma * gaussian(rng));
    }

    static long poisson(UniformRandomProvider rng, double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean <= POISSON_EXACT_MAX) {
            return PoissonSampler.of(rng, mean).sample();
        }
        return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(rng)));
    }

    /** Binomial(n, p): inversion for small expected counts, normal approximation for large. */
    static long binomial(UniformRandomProvider rng, long n, double p) {
        if (n <= 0 || !(p > 0)) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (p > 0.5) {
            return n - binomial(rng, n, 1 - p);
        }
        double mean = n * p;
        if (mean < BINOMIAL_EXACT_MAX) {
            return binomialByInversion(rng, n, p);
        }
        double sd = Math.sqrt(mean * (1 - p));
        long k = Math.round(mean + sd * gaussian(rng));
        return Math.min(n, Math.max(0, k));
    }

    /** Sequential search of the binomial CDF with the pmf recurrence (Devroye 1986, X.4). */
    private static long binomialByInversion(UniformRandomProvider rng, long n, double p) {
        double q = 1 - p;
        double ratio = p / q;
        double pmf = Math.exp(n * Math.log1p(-p));
        double u = rng.nextDouble();
        long k = 0;
        double cdf = pmf;
        while (u > cdf && k < n) {
            pmf *= ratio * (n - k) / (k + 1);
            k++;
            cdf += pmf;
            if (pmf < 1e-300 && k > n * p) {
                break;
            }
        }
        return k;
    }

    /**
     * Beta-binomial(n, mean, concentration): a binomial whose success probability is itself
     * Beta(mean·κ, (1−mean)·κ). Smaller κ, more overdispersion — real post performance varies more
     * than a plain binomial allows.
     */
    static long betaBinomial(UniformRandomProvider rng, long n, double mean, double concentration) {
        if (n <= 0 || !(mean > 0)) {
            return 0;
        }
        double p = beta(rng, mean * concentration, (1 - Math.min(mean, 0.999)) * concentration);
        return binomial(rng, n, p);
    }

    /** Beta(a, b) as X/(X+Y) with X ~ Gamma(a), Y ~ Gamma(b). */
    static double beta(UniformRandomProvider rng, double a, double b) {
        double x = AhrensDieterMarsagliaTsangGammaSampler.of(rng, a, 1).sample();
        double y = AhrensDieterMarsagliaTsangGammaSampler.of(rng, b, 1).sample();
        double sum = x + y;
        return sum > 0 ? x / sum : 0;
    }

    static boolean chance(UniformRandomProvider rng, double probability) {
        return rng.nextDouble() < probability;
    }
}
