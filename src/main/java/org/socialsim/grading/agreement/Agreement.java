package org.socialsim.grading.agreement;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How well two raters agree on an ordinal scale of {@code categories} categories (a criterion's levels, or the grade
 * bands), over the scripts both rated.
 *
 * <p>Exact agreement counts the scripts rated in the same category; adjacent agreement those at most one category
 * apart (exact included), as marking-reliability studies report it. The quadratic weighted kappa (Cohen 1968, weights
 * {@code (i-j)²/(k-1)²}, chance disagreement from the two raters' marginals) is 1 for perfect agreement, 0 for what
 * two raters with these marginals would reach by chance and negative below it. It is undefined when no script was
 * rated, or when every rating of both raters lies in one category (chance alone would then agree perfectly); then
 * {@link #quadraticKappa()} is empty and {@link #whyNoKappa()} says why. No value here is ever NaN.
 *
 * @param categories how many categories the scale has (≥ 1)
 * @param n how many scripts both raters rated
 * @param exact how many of them the raters put in the same category
 * @param adjacent how many of them the raters put at most one category apart (exact agreements included)
 * @param quadraticKappa the quadratic weighted kappa in [-1, 1], empty when undefined
 */
public record Agreement(int categories, int n, int exact, int adjacent, OptionalDouble quadraticKappa) {

    /** Why a kappa cannot be given. */
    public enum NoKappa {
        /** No script was rated by both raters. */
        NO_SCRIPTS,
        /** Both raters put every script in the same single category, so there is no variation to agree on. */
        ONE_CATEGORY_ONLY
    }

    public Agreement {
        if (categories < 1 || n < 0 || exact < 0 || exact > adjacent || adjacent > n) {
            throw new IllegalArgumentException("inconsistent agreement: " + categories + " categories, n " + n
                    + ", exact " + exact + ", adjacent " + adjacent);
        }
    }

    /**
     * The agreement over {@code pairs}, each rating an index in {@code [0, categories)}.
     *
     * @throws IllegalArgumentException if a rating lies outside the scale
     */
    public static Agreement of(int categories, List<RatingPair> pairs) {
        if (categories < 1) {
            throw new IllegalArgumentException("a scale has at least one category, was " + categories);
        }
        long[][] table = new long[categories][categories];
        long[] firstMarginal = new long[categories];
        long[] secondMarginal = new long[categories];
        int exact = 0;
        int adjacent = 0;
        for (RatingPair pair : pairs) {
            if (pair.first() >= categories || pair.second() >= categories) {
                throw new IllegalArgumentException(
                        "rating " + pair + " outside a scale of " + categories + " categories");
            }
            table[pair.first()][pair.second()]++;
            firstMarginal[pair.first()]++;
            secondMarginal[pair.second()]++;
            if (pair.distance() == 0) {
                exact++;
            }
            if (pair.distance() <= 1) {
                adjacent++;
            }
        }
        int n = pairs.size();
        return new Agreement(categories, n, exact, adjacent, quadraticKappa(n, table, firstMarginal, secondMarginal));
    }

    /**
     * κw = 1 − Σ w·O / Σ w·E with O the observed and E = row·column/n the chance counts (Cohen 1968). The weights'
     * common factor 1/(k−1)² and the counts' 1/n cancel, so both sums are kept as exact integers: κw = 1 − n·Σ d²·O_ij
     * / Σ d²·r_i·c_j with d = i − j. Perfect agreement therefore gives exactly 1.
     */
    private static OptionalDouble quadraticKappa(int n, long[][] table, long[] rows, long[] columns) {
        long observed = 0;
        long expected = 0;
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < columns.length; j++) {
                long squaredDistance = (long) (i - j) * (i - j);
                observed += squaredDistance * table[i][j];
                expected += squaredDistance * rows[i] * columns[j];
            }
        }
        if (n == 0 || expected == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(1.0 - (double) n * observed / expected);
    }

    /** The share of scripts rated in the same category; empty when no script was rated. */
    public OptionalDouble exactShare() {
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) exact / n);
    }

    /** The share of scripts rated at most one category apart; empty when no script was rated. */
    public OptionalDouble adjacentShare() {
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) adjacent / n);
    }

    /** Why there is no kappa, or empty when there is one. */
    public Optional<NoKappa> whyNoKappa() {
        if (n == 0) {
            return Optional.of(NoKappa.NO_SCRIPTS);
        }
        return quadraticKappa.isPresent() ? Optional.empty() : Optional.of(NoKappa.ONE_CATEGORY_ONLY);
    }

    /** The kappa in Landis and Koch's words, or empty when there is no kappa. */
    public Optional<KappaReading> reading() {
        return quadraticKappa.isPresent()
                ? Optional.of(KappaReading.of(quadraticKappa.getAsDouble()))
                : Optional.empty();
    }
}
