package org.socialsim.grading.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A kappa in words, by Landis and Koch's (1977) benchmarks: poor below 0, slight 0.00–0.20, fair 0.21–0.40, moderate
 * 0.41–0.60, substantial 0.61–0.80, almost perfect 0.81–1.00. Their ranges are written to two decimals, so the value is
 * read as it is reported, rounded half up to two decimals: a kappa shown as 0.81 is always "almost perfect".
 */
public enum KappaReading {
    POOR,
    SLIGHT,
    FAIR,
    MODERATE,
    SUBSTANTIAL,
    ALMOST_PERFECT;

    /** The reading of a kappa in [-1, 1]. */
    public static KappaReading of(double kappa) {
        if (Double.isNaN(kappa)) {
            throw new IllegalArgumentException("a kappa is a number");
        }
        double reported =
                BigDecimal.valueOf(kappa).setScale(2, RoundingMode.HALF_UP).doubleValue();
        if (reported >= 0.81) {
            return ALMOST_PERFECT;
        }
        if (reported >= 0.61) {
            return SUBSTANTIAL;
        }
        if (reported >= 0.41) {
            return MODERATE;
        }
        if (reported >= 0.21) {
            return FAIR;
        }
        if (reported >= 0.0) {
            return SLIGHT;
        }
        return POOR;
    }
}
