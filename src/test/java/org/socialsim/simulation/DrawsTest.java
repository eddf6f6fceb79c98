package org.socialsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class DrawsTest {

    private final UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(123L);

    @Test
    void binomial_draws_have_the_right_mean_and_variance_for_small_and_large_counts() {
        assertMoments(20, 0.3);
        assertMoments(100_000, 0.004);
        assertMoments(50_000, 0.7);
    }

    private void assertMoments(long n, double p) {
        int draws = 20_000;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < draws; i++) {
            long k = Draws.binomial(rng, n, p);
            assertThat(k).isBetween(0L, n);
            sum += k;
            squares += (double) k * k;
        }
        double mean = sum / draws;
        double variance = squares / draws - mean * mean;
        assertThat(mean).isCloseTo(n * p, within(0.02 * n * p + 0.05));
        assertThat(variance).isCloseTo(n * p * (1 - p), within(0.08 * n * p * (1 - p)));
    }

    @Test
    void degenerate_binomials_need_no_luck() {
        assertThat(Draws.binomial(rng, 0, 0.5)).isZero();
        assertThat(Draws.binomial(rng, 10, 0)).isZero();
        assertThat(Draws.binomial(rng, 10, 1)).isEqualTo(10);
        assertThat(Draws.binomial(rng, 10, Double.NaN)).isZero();
    }

    @Test
    void poisson_draws_average_their_mean_small_or_large() {
        for (double mean : new double[] {0.5, 3, 25, 400}) {
            double sum = 0;
            for (int i = 0; i < 20_000; i++) {
                sum += Draws.poisson(rng, mean);
            }
            assertThat(sum / 20_000).isCloseTo(mean, within(0.03 * mean + 0.02));
        }
        assertThat(Draws.poisson(rng, 0)).isZero();
    }

    @Test
    void beta_binomial_is_overdispersed_around_the_same_mean() {
        int draws = 20_000;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < draws; i++) {
            long k = Draws.betaBinomial(rng, 5000, 0.02, 30);
            sum += k;
            squares += (double) k * k;
        }
        double mean = sum / draws;
        double variance = squares / draws - mean * mean;
        assertThat(mean).isCloseTo(100, within(2.0));
        assertThat(variance).isGreaterThan(5 * 5000 * 0.02 * 0.98);
    }

    @Test
    void virality_multipliers_average_one_but_have_a_heavy_tail() {
        double sum = 0;
        double max = 0;
        for (int i = 0; i < 50_000; i++) {
            double v = Draws.logNormalMeanOne(rng, 0.6);
            sum += v;
            max = Math.max(max, v);
        }
        assertThat(sum / 50_000).isCloseTo(1, within(0.02));
        assertThat(max).isGreaterThan(5);
    }
}
