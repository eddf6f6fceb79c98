package org.socialsim.grading.validity;

import java.util.OptionalDouble;

/**
 * Cohen's kappa with quadratic weights between two raters on an ordinal scale of {@code categories} (0-based
 * indexes). Written here because {@code org.socialsim.grading.agreement.Agreement} was not on main when the validity
 * set was written; {@link QuadraticKappaTest} pins it to known values.
 */
final class QuadraticKappa {

    private QuadraticKappa() {}

    /**
     * @param pairs each {@code {first rater's category, second rater's category}}
     * @return empty when kappa is undefined: no pairs, one category, or both raters always in one category (no
     *     expected disagreement to compare with)
     */
    static OptionalDouble of(int categories, int[][] pairs) {
        if (pairs.length == 0 || categories < 2) {
            return OptionalDouble.empty();
        }
        double[][] observed = new double[categories][categories];
        double[] first = new double[categories];
        double[] second = new double[categories];
        for (int[] pair : pairs) {
            observed[pair[0]][pair[1]]++;
            first[pair[0]]++;
            second[pair[1]]++;
        }
        double n = pairs.length;
        double observedDisagreement = 0;
        double expectedDisagreement = 0;
        for (int i = 0; i < categories; i++) {
            for (int j = 0; j < categories; j++) {
                double weight = (double) (i - j) * (i - j) / ((categories - 1.0) * (categories - 1.0));
                observedDisagreement += weight * observed[i][j] / n;
                expectedDisagreement += weight * (first[i] / n) * (second[j] / n);
            }
        }
        if (expectedDisagreement == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(1 - observedDisagreement / expectedDisagreement);
    }
}
