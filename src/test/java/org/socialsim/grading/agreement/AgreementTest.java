package org.socialsim.grading.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.ListSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private static final int SEEDS = 500;

    /** Pairs from two parallel lists of ratings. */
    private static List<RatingPair> pairs(int[] first, int[] second) {
        return IntStream.range(0, first.length)
                .mapToObj(i -> new RatingPair(first[i], second[i]))
                .toList();
    }

    private static double kappa(Agreement agreement) {
        return agreement.quadraticKappa().orElseThrow();
    }

    @Test
    void a_published_worked_example_gives_the_published_kappa() {
        // Maple's EssayTools[QuadraticWeightedKappa] documentation, examples 1 and 2: essay scores 1..10 by two raters
        // give 0.758620689655172 (= 22/29) and 0.438095238095238. Scores are shifted to indices 0..9.
        int[] first = {8, 6, 7, 6, 5, 7, 2, 4, 9};
        int[] agreeing = {7, 7, 5, 5, 6, 5, 0, 3, 7};
        int[] disagreeing = {2, 4, 5, 5, 6, 5, 0, 3, 7};

        assertThat(kappa(Agreement.of(10, pairs(first, agreeing)))).isCloseTo(0.758620689655172, within(1e-12));
        assertThat(kappa(Agreement.of(10, pairs(first, disagreeing)))).isCloseTo(0.438095238095238, within(1e-12));
    }

    @Test
    void a_small_table_worked_by_hand_gives_two_thirds() {
        // Pairs (0,0) (0,1) (1,1) (2,1) (2,2): rows 2,1,2; columns 1,3,1; n = 5.
        // Observed Σd²·O = 1 + 1 = 2, so mean weighted disagreement 2/5 (weights' 1/(k-1)² cancels).
        // Expected Σd²·r·c/n²: row 0 → 2·3·1 + 2·1·4 = 14; row 1 → 1·1·1 + 1·1·1 = 2; row 2 → 2·1·4 + 2·3·1 = 14;
        // 30/25 = 6/5. κw = 1 − (2/5)/(6/5) = 2/3.
        Agreement agreement = Agreement.of(3, pairs(new int[] {0, 0, 1, 2, 2}, new int[] {0, 1, 1, 1, 2}));

        assertThat(kappa(agreement)).isCloseTo(2.0 / 3.0, within(1e-12));
        assertThat(agreement.n()).isEqualTo(5);
        assertThat(agreement.exact()).isEqualTo(3);
        assertThat(agreement.adjacent()).isEqualTo(5);
        assertThat(agreement.exactShare().orElseThrow()).isEqualTo(0.6);
        assertThat(agreement.adjacentShare().orElseThrow()).isEqualTo(1.0);
        assertThat(agreement.reading()).contains(KappaReading.SUBSTANTIAL);
    }

    @Test
    void exact_and_adjacent_agreement_count_scripts_zero_and_at_most_one_category_apart() {
        Agreement agreement = Agreement.of(5, pairs(new int[] {0, 1, 2, 3, 4, 0}, new int[] {0, 2, 0, 3, 1, 4}));

        assertThat(agreement.exact()).isEqualTo(2);
        assertThat(agreement.adjacent()).isEqualTo(3);
        assertThat(agreement.exactShare().orElseThrow()).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(agreement.adjacentShare().orElseThrow()).isCloseTo(3.0 / 6, within(1e-12));
    }

    @Test
    void raters_who_always_agree_get_a_kappa_of_exactly_one() {
        for (long seed = 0; seed < SEEDS; seed++) {
            UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
            int categories = 2 + random.nextInt(7);
            List<RatingPair> pairs = new ArrayList<>();
            pairs.add(new RatingPair(0, 0));
            pairs.add(new RatingPair(categories - 1, categories - 1));
            for (int i = random.nextInt(30); i > 0; i--) {
                int level = random.nextInt(categories);
                pairs.add(new RatingPair(level, level));
            }

            Agreement agreement = Agreement.of(categories, pairs);

            assertThat(agreement.quadraticKappa()).hasValue(1.0);
            assertThat(agreement.exact()).isEqualTo(pairs.size());
            assertThat(agreement.reading()).contains(KappaReading.ALMOST_PERFECT);
        }
    }

    @Test
    void swapping_the_raters_reordering_the_scripts_or_reversing_the_scale_changes_no_number() {
        for (long seed = 0; seed < SEEDS; seed++) {
            UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
            int categories = 2 + random.nextInt(7);
            List<RatingPair> pairs = randomPairs(random, categories, 1 + random.nextInt(40));
            List<RatingPair> swapped = pairs.stream()
                    .map(pair -> new RatingPair(pair.second(), pair.first()))
                    .toList();
            List<RatingPair> shuffled = new ArrayList<>(pairs);
            ListSampler.shuffle(random, shuffled);
            List<RatingPair> reversed = pairs.stream()
                    .map(pair -> new RatingPair(categories - 1 - pair.first(), categories - 1 - pair.second()))
                    .toList();

            Agreement original = Agreement.of(categories, pairs);
            for (List<RatingPair> variant : List.of(swapped, shuffled, reversed)) {
                Agreement other = Agreement.of(categories, variant);
                assertThat(other.n()).isEqualTo(original.n());
                assertThat(other.exact()).isEqualTo(original.exact());
                assertThat(other.adjacent()).isEqualTo(original.adjacent());
                assertThat(other.quadraticKappa().isPresent())
                        .isEqualTo(original.quadraticKappa().isPresent());
                original.quadraticKappa()
                        .ifPresent(expected -> assertThat(kappa(other)).isCloseTo(expected, within(1e-12)));
            }
        }
    }

    @Test
    void categories_nobody_used_at_either_end_of_the_scale_do_not_change_the_kappa() {
        for (long seed = 0; seed < SEEDS; seed++) {
            UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
            int categories = 2 + random.nextInt(5);
            List<RatingPair> pairs = randomPairs(random, categories, 2 + random.nextInt(30));
            List<RatingPair> shifted = pairs.stream()
                    .map(pair -> new RatingPair(pair.first() + 2, pair.second() + 2))
                    .toList();

            Agreement narrow = Agreement.of(categories, pairs);
            Agreement wide = Agreement.of(categories + 5, shifted);

            narrow.quadraticKappa()
                    .ifPresent(expected -> assertThat(kappa(wide)).isCloseTo(expected, within(1e-12)));
        }
    }

    /**
     * With quadratic weights, κw equals Lin's concordance correlation of the category indices with population moments,
     * 2·s_xy / (s_x² + s_y² + (x̄ − ȳ)²) (Schuster 2004): an independent formula to check every table against.
     */
    @Test
    void the_kappa_equals_the_concordance_correlation_of_the_category_indices() {
        for (long seed = 0; seed < SEEDS; seed++) {
            UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
            int categories = 2 + random.nextInt(7);
            List<RatingPair> pairs = randomCorrelatedPairs(random, categories, 2 + random.nextInt(60));

            Agreement agreement = Agreement.of(categories, pairs);

            double n = pairs.size();
            double meanX = pairs.stream().mapToInt(RatingPair::first).sum() / n;
            double meanY = pairs.stream().mapToInt(RatingPair::second).sum() / n;
            double varX = pairs.stream()
                            .mapToDouble(p -> (p.first() - meanX) * (p.first() - meanX))
                            .sum()
                    / n;
            double varY = pairs.stream()
                            .mapToDouble(p -> (p.second() - meanY) * (p.second() - meanY))
                            .sum()
                    / n;
            double covariance = pairs.stream()
                            .mapToDouble(p -> (p.first() - meanX) * (p.second() - meanY))
                            .sum()
                    / n;
            double denominator = varX + varY + (meanX - meanY) * (meanX - meanY);
            if (denominator == 0) {
                assertThat(agreement.quadraticKappa()).isEmpty();
            } else {
                assertThat(kappa(agreement)).isCloseTo(2 * covariance / denominator, within(1e-9));
            }
        }
    }

    @Test
    void a_kappa_always_lies_between_minus_one_and_one_and_is_never_nan() {
        for (long seed = 0; seed < SEEDS; seed++) {
            UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
            int categories = 1 + random.nextInt(8);
            Agreement agreement = Agreement.of(categories, randomPairs(random, categories, random.nextInt(25)));

            agreement
                    .quadraticKappa()
                    .ifPresent(value -> assertThat(value).isNotNaN().isBetween(-1.0 - 1e-12, 1.0 + 1e-12));
            assertThat(agreement.quadraticKappa().isPresent())
                    .isEqualTo(agreement.whyNoKappa().isEmpty());
        }
    }

    @Test
    void raters_who_always_pick_the_other_of_two_levels_get_minus_one() {
        Agreement agreement = Agreement.of(2, pairs(new int[] {0, 1, 0, 1}, new int[] {1, 0, 1, 0}));

        assertThat(kappa(agreement)).isEqualTo(-1.0);
        assertThat(agreement.reading()).contains(KappaReading.POOR);
    }

    @Test
    void raters_who_each_always_give_one_different_level_agree_no_better_than_chance() {
        Agreement agreement = Agreement.of(4, pairs(new int[] {1, 1, 1}, new int[] {2, 2, 2}));

        assertThat(kappa(agreement)).isEqualTo(0.0);
        assertThat(agreement.exact()).isZero();
        assertThat(agreement.adjacent()).isEqualTo(3);
    }

    @Test
    void no_scripts_give_no_shares_and_no_kappa_and_say_so() {
        Agreement agreement = Agreement.of(4, List.of());

        assertThat(agreement.n()).isZero();
        assertThat(agreement.exactShare()).isEmpty();
        assertThat(agreement.adjacentShare()).isEmpty();
        assertThat(agreement.quadraticKappa()).isEmpty();
        assertThat(agreement.reading()).isEmpty();
        assertThat(agreement.whyNoKappa()).isEqualTo(Optional.of(Agreement.NoKappa.NO_SCRIPTS));
    }

    @Test
    void scripts_all_at_one_level_agree_fully_but_give_no_kappa_and_say_why() {
        Agreement agreement = Agreement.of(4, pairs(new int[] {2, 2, 2, 2}, new int[] {2, 2, 2, 2}));

        assertThat(agreement.exactShare()).hasValue(1.0);
        assertThat(agreement.quadraticKappa()).isEmpty();
        assertThat(agreement.whyNoKappa()).isEqualTo(Optional.of(Agreement.NoKappa.ONE_CATEGORY_ONLY));
    }

    @Test
    void a_rating_outside_the_scale_is_refused() {
        assertThatThrownBy(() -> Agreement.of(3, List.of(new RatingPair(0, 3))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside a scale of 3");
        assertThatThrownBy(() -> new RatingPair(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Agreement.of(0, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<RatingPair> randomPairs(UniformRandomProvider random, int categories, int n) {
        List<RatingPair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pairs.add(new RatingPair(random.nextInt(categories), random.nextInt(categories)));
        }
        return pairs;
    }

    /** Pairs where the second rater mostly lands on or next to the first, as markers do. */
    private static List<RatingPair> randomCorrelatedPairs(UniformRandomProvider random, int categories, int n) {
        List<RatingPair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int first = random.nextInt(categories);
            int second =
                    Math.clamp(first + random.nextInt(3) - 1 + (random.nextInt(5) == 0 ? 2 : 0), 0, categories - 1);
            pairs.add(new RatingPair(first, second));
        }
        return pairs;
    }
}
