package org.socialsim.grading.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.grading.agreement.MarkDistribution.Bin;
import org.socialsim.grading.agreement.MarkDistribution.Outlier;
import org.socialsim.grading.agreement.MarkDistribution.Summary;

class MarkDistributionTest {

    /** Ten totals out of 100, one far above the rest. */
    private static final List<Integer> TOTALS = List.of(52, 58, 61, 64, 64, 67, 70, 71, 73, 95);

    @Test
    void the_summary_gives_the_numbers_a_spreadsheet_gives() {
        // Checked with numpy (percentile method "linear" = spreadsheets' QUARTILE.INC = R type 7, sd with ddof=1).
        Summary summary = MarkDistribution.of(TOTALS, 100).summary().orElseThrow();

        assertThat(summary.n()).isEqualTo(10);
        assertThat(summary.mean()).isCloseTo(67.5, within(1e-12));
        assertThat(summary.median()).isCloseTo(65.5, within(1e-12));
        assertThat(summary.standardDeviation()).isCloseTo(11.559027256266468, within(1e-9));
        assertThat(summary.lowerQuartile()).isCloseTo(61.75, within(1e-12));
        assertThat(summary.upperQuartile()).isCloseTo(70.75, within(1e-12));
        assertThat(summary.interquartileRange()).isCloseTo(9.0, within(1e-12));
        assertThat(summary.min()).isEqualTo(52);
        assertThat(summary.max()).isEqualTo(95);
        assertThat(summary.lowerFence()).isCloseTo(48.25, within(1e-12));
        assertThat(summary.upperFence()).isCloseTo(84.25, within(1e-12));
    }

    @Test
    void a_mark_beyond_tukeys_fences_is_an_outlier_that_says_where_it_stands_in_the_list() {
        MarkDistribution distribution = MarkDistribution.of(TOTALS, 100);

        assertThat(distribution.outliers()).containsExactly(new Outlier(9, 95, true));
    }

    @Test
    void a_mark_far_below_the_rest_is_a_low_outlier() {
        List<Integer> marks = new ArrayList<>(List.of(60, 62, 64, 65, 66, 68, 70));
        marks.add(1, 12);

        assertThat(MarkDistribution.of(marks, 100).outliers()).containsExactly(new Outlier(1, 12, false));
    }

    @Test
    void marks_close_together_have_no_outliers() {
        assertThat(MarkDistribution.of(List.of(55, 58, 60, 61, 63, 65, 70), 100).outliers())
                .isEmpty();
    }

    @Test
    void a_hundred_mark_scale_has_ten_bins_of_ten_and_the_full_mark_falls_in_the_top_one() {
        List<Bin> histogram =
                MarkDistribution.of(List.of(0, 9, 10, 55, 90, 100), 100).histogram();

        assertThat(histogram).hasSize(10);
        assertThat(histogram.getFirst()).isEqualTo(new Bin(0, 9, 2));
        assertThat(histogram.get(1)).isEqualTo(new Bin(10, 19, 1));
        assertThat(histogram.get(5)).isEqualTo(new Bin(50, 59, 1));
        assertThat(histogram.getLast()).isEqualTo(new Bin(90, 100, 2));
    }

    @Test
    void a_criterion_out_of_ten_gets_one_bin_per_mark() {
        List<Bin> histogram = MarkDistribution.of(List.of(0, 7, 7, 10), 10).histogram();

        assertThat(histogram).hasSize(11);
        assertThat(histogram.get(7)).isEqualTo(new Bin(7, 7, 2));
        assertThat(histogram.getLast()).isEqualTo(new Bin(10, 10, 1));
    }

    @Test
    void a_criterion_out_of_twenty_five_gets_bins_of_five() {
        assertThat(MarkDistribution.of(List.of(25, 24, 3), 25).histogram())
                .containsExactly(
                        new Bin(0, 4, 1), new Bin(5, 9, 0), new Bin(10, 14, 0), new Bin(15, 19, 0), new Bin(20, 25, 2));
    }

    @Test
    void for_every_maximum_the_bins_cover_all_marks_without_gap_or_overlap_and_stay_few() {
        for (int maximum = 1; maximum <= 1000; maximum++) {
            List<Integer> everyMark = new ArrayList<>();
            for (int mark = 0; mark <= maximum; mark++) {
                everyMark.add(mark);
            }
            List<Bin> histogram = MarkDistribution.of(everyMark, maximum).histogram();

            assertThat(histogram.size()).as("bins for %d", maximum).isBetween(1, MarkDistribution.MOST_BINS);
            assertThat(histogram.getFirst().from()).isZero();
            assertThat(histogram.getLast().to()).isEqualTo(maximum);
            for (int i = 1; i < histogram.size(); i++) {
                assertThat(histogram.get(i).from())
                        .isEqualTo(histogram.get(i - 1).to() + 1);
            }
            assertThat(histogram.stream().mapToInt(Bin::count).sum()).isEqualTo(maximum + 1);
        }
    }

    @Test
    void no_marks_give_no_summary_no_outliers_and_empty_bins() {
        MarkDistribution distribution = MarkDistribution.of(List.of(), 100);

        assertThat(distribution.summary()).isEmpty();
        assertThat(distribution.outliers()).isEmpty();
        assertThat(distribution.histogram()).hasSize(10).allMatch(bin -> bin.count() == 0);
    }

    @Test
    void a_single_mark_has_no_spread_and_is_no_outlier() {
        MarkDistribution distribution = MarkDistribution.of(List.of(64), 100);
        Summary summary = distribution.summary().orElseThrow();

        assertThat(summary.standardDeviation()).isZero();
        assertThat(summary.median()).isEqualTo(64.0);
        assertThat(distribution.outliers()).isEmpty();
    }

    @Test
    void a_mark_outside_the_scale_is_refused() {
        assertThatThrownBy(() -> MarkDistribution.of(List.of(101), 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside 0..100");
        assertThatThrownBy(() -> MarkDistribution.of(List.of(-1), 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MarkDistribution.of(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
