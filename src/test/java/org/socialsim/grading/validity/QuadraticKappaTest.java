package org.socialsim.grading.validity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuadraticKappaTest {

    @Test
    void identical_ratings_agree_perfectly() {
        assertThat(QuadraticKappa.of(4, new int[][] {{0, 0}, {1, 1}, {2, 2}, {3, 3}})
                        .getAsDouble())
                .isEqualTo(1.0);
    }

    @Test
    void reversed_ratings_on_a_symmetric_scale_disagree_completely() {
        assertThat(QuadraticKappa.of(3, new int[][] {{0, 2}, {2, 0}}).getAsDouble())
                .isCloseTo(-1.0, within(1e-9));
    }

    @Test
    void a_worked_example_matches_the_hand_computed_value() {
        // Observed (rows first rater): {{1,1,0},{0,1,1},{0,0,2}}; n = 6; weights 0, 1/4, 1.
        // Observed disagreement = (1 + 1) × 0.25 / 6 = 1/12.
        // Marginals first {2,2,2}/6, second {1,2,3}/6; expected disagreement Σ w·p_i·q_j =
        // 0.25·(1/3·2/6 + 1/3·3/6 + 1/3·1/6 + 1/3·2/6) + 1·(1/3·3/6 + 1/3·1/6) = 0.25·(8/18) + 4/18 = 1/3.
        // kappa = 1 − (1/12)/(1/3) = 0.75.
        int[][] pairs = {{0, 0}, {0, 1}, {1, 1}, {1, 2}, {2, 2}, {2, 2}};
        assertThat(QuadraticKappa.of(3, pairs).getAsDouble()).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void kappa_is_undefined_when_both_raters_always_choose_the_same_single_category() {
        assertThat(QuadraticKappa.of(4, new int[][] {{1, 1}, {1, 1}})).isEmpty();
        assertThat(QuadraticKappa.of(4, new int[][] {})).isEmpty();
    }
}
