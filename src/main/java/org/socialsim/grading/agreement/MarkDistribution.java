package org.socialsim.grading.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * How a cohort's marks (totals, or one criterion's marks) are spread: summary statistics, a histogram over the whole
 * range of marks and the outliers by Tukey's fences.
 *
 * @param maximum the highest mark possible (the rubric's or the criterion's marks)
 * @param marks the marks in the order given, each in [0, maximum]
 * @param summary the statistics, empty when there are no marks
 * @param histogram bins covering 0..maximum without gap or overlap, lowest first
 * @param outliers the marks outside Tukey's fences, in the order given
 */
public record MarkDistribution(
        int maximum, List<Integer> marks, Optional<Summary> summary, List<Bin> histogram, List<Outlier> outliers) {

    /** At most this many bins, so a histogram stays readable on a laptop and its table fits a screen. */
    static final int MOST_BINS = 12;

    /** Bin widths a reader can add up in their head. */
    private static final int[] NICE_WIDTHS = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000};

    /** Tukey's (1977) fences lie 1.5 interquartile ranges beyond the quartiles. */
    static final double TUKEY_K = 1.5;

    public MarkDistribution {
        marks = List.copyOf(marks);
        histogram = List.copyOf(histogram);
        outliers = List.copyOf(outliers);
    }

    /**
     * The statistics of a non-empty set of marks. Quartiles and median are estimated as spreadsheets' QUARTILE.INC and
     * R's default do (Hyndman and Fan's type 7), so a tutor checking them in a spreadsheet gets the same numbers; the
     * standard deviation is the sample one (n − 1), 0 for a single mark.
     *
     * @param lowerFence Q1 − 1.5·IQR: marks below it are outliers
     * @param upperFence Q3 + 1.5·IQR: marks above it are outliers
     */
    public record Summary(
            int n,
            double mean,
            double median,
            double standardDeviation,
            double lowerQuartile,
            double upperQuartile,
            int min,
            int max,
            double lowerFence,
            double upperFence) {

        public double interquartileRange() {
            return upperQuartile - lowerQuartile;
        }
    }

    /**
     * A histogram bin: the marks from {@code from} to {@code to}, both included.
     *
     * @param count how many marks fall in it
     */
    public record Bin(int from, int to, int count) {}

    /**
     * A mark outside Tukey's fences.
     *
     * @param index where the mark stands in the marks given, so a caller can find whose it is
     * @param mark the mark
     * @param high true above the upper fence, false below the lower
     */
    public record Outlier(int index, int mark, boolean high) {}

    /**
     * The distribution of {@code marks} on a scale from 0 to {@code maximum}.
     *
     * @throws IllegalArgumentException if {@code maximum} &lt; 1 or a mark lies outside [0, maximum]
     */
    public static MarkDistribution of(List<Integer> marks, int maximum) {
        if (maximum < 1) {
            throw new IllegalArgumentException("the maximum mark is at least 1, was " + maximum);
        }
        for (int mark : marks) {
            if (mark < 0 || mark > maximum) {
                throw new IllegalArgumentException("mark " + mark + " outside 0.." + maximum);
            }
        }
        List<Bin> histogram = histogram(marks, maximum);
        if (marks.isEmpty()) {
            return new MarkDistribution(maximum, marks, Optional.empty(), histogram, List.of());
        }
        Summary summary = summary(marks);
        List<Outlier> outliers = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            int mark = marks.get(i);
            if (mark < summary.lowerFence() || mark > summary.upperFence()) {
                outliers.add(new Outlier(i, mark, mark > summary.upperFence()));
            }
        }
        return new MarkDistribution(maximum, marks, Optional.of(summary), histogram, outliers);
    }

    private static Summary summary(List<Integer> marks) {
        DescriptiveStatistics statistics = new DescriptiveStatistics();
        marks.forEach(statistics::addValue);
        statistics.setPercentileImpl(new Percentile().withEstimationType(EstimationType.R_7));
        double lowerQuartile = statistics.getPercentile(25);
        double upperQuartile = statistics.getPercentile(75);
        double iqr = upperQuartile - lowerQuartile;
        return new Summary(
                marks.size(),
                statistics.getMean(),
                statistics.getPercentile(50),
                statistics.getStandardDeviation(),
                lowerQuartile,
                upperQuartile,
                (int) statistics.getMin(),
                (int) statistics.getMax(),
                lowerQuartile - TUKEY_K * iqr,
                upperQuartile + TUKEY_K * iqr);
    }

    /**
     * Bins of one nice width (1, 2, 5, 10, 20, 25, 50, …), the narrowest that needs at most {@value #MOST_BINS} bins to
     * cover 0..maximum, e.g. 0–9, 10–19, …, 90–100 for 100 marks: the top bin also holds the maximum, so a full mark
     * does not get a bin of its own (except with width 1, where every mark has its own bin).
     */
    static List<Bin> histogram(List<Integer> marks, int maximum) {
        int width = binWidth(maximum);
        int bins = binCount(maximum, width);
        int[] counts = new int[bins];
        for (int mark : marks) {
            counts[Math.min(mark / width, bins - 1)]++;
        }
        List<Bin> histogram = new ArrayList<>(bins);
        for (int i = 0; i < bins; i++) {
            int to = i == bins - 1 ? maximum : (i + 1) * width - 1;
            histogram.add(new Bin(i * width, to, counts[i]));
        }
        return histogram;
    }

    static int binWidth(int maximum) {
        for (int width : NICE_WIDTHS) {
            if (binCount(maximum, width) <= MOST_BINS) {
                return width;
            }
        }
        return (maximum + MOST_BINS - 1) / MOST_BINS;
    }

    private static int binCount(int maximum, int width) {
        return width == 1 ? maximum + 1 : (maximum + width - 1) / width;
    }
}
