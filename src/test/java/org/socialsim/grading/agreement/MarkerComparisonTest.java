package org.socialsim.grading.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialsim.grading.agreement.TwoCriteria.RUBRIC;
import static org.socialsim.grading.agreement.TwoCriteria.marks;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialsim.grading.agreement.MarkerComparison.Row;

class MarkerComparisonTest {

    @Test
    void markers_who_made_the_same_decisions_are_not_flagged() {
        MarkerComparison comparison =
                MarkerComparison.of(RUBRIC, marks("Good", 40, "Good", 25), marks("Good", 40, "Good", 25), null, 10);

        assertThat(comparison.rows()).allSatisfy(row -> {
            assertThat(row.flagged()).isFalse();
            assertThat(row.sameDecision()).isTrue();
            assertThat(row.marksApart()).hasValue(0);
            assertThat(row.levelsApart()).hasValue(0);
        });
        assertThat(comparison.totalFlagged()).isFalse();
    }

    @Test
    void a_criterion_is_flagged_when_its_marks_differ_by_more_than_its_share_of_the_threshold() {
        // Threshold 10 on 100: strategy (60 marks) may differ by 6, content (40 marks) by 4.
        MarkerComparison comparison = MarkerComparison.of(
                RUBRIC, marks("Good", 40, "Good", 25), marks("Excellent", 47, "Good", 29), null, 10);

        Row strategy = comparison.rows().get(0);
        Row content = comparison.rows().get(1);
        assertThat(strategy.marksApart()).hasValue(7);
        assertThat(strategy.levelsApart()).hasValue(1);
        assertThat(strategy.flagged()).isTrue();
        assertThat(content.marksApart()).hasValue(4);
        assertThat(content.flagged()).isFalse();
        assertThat(comparison.flaggedCriteria()).isEqualTo(1);
    }

    @Test
    void totals_further_apart_than_the_threshold_are_flagged_as_the_queue_flags_them() {
        MarkerComparison comparison = MarkerComparison.of(
                RUBRIC, marks("Good", 40, "Good", 25), marks("Excellent", 47, "Good", 29), null, 10);

        assertThat(comparison.firstTotal()).isEqualTo(65);
        assertThat(comparison.secondTotal()).isEqualTo(76);
        assertThat(comparison.totalsApart()).isEqualTo(11);
        assertThat(comparison.totalFlagged()).isTrue();
        assertThat(MarkerComparison.of(
                                RUBRIC, marks("Good", 40, "Good", 25), marks("Excellent", 47, "Good", 28), null, 10)
                        .totalFlagged())
                .isFalse();
    }

    @Test
    void levels_two_apart_are_flagged_however_lenient_the_threshold() {
        MarkerComparison comparison =
                MarkerComparison.of(RUBRIC, marks("Good", 30, "Good", 25), marks("Weak", 14, "Good", 25), null, 100);

        assertThat(comparison.rows().get(0).levelsApart()).hasValue(2);
        assertThat(comparison.rows().get(0).flagged()).isTrue();
        assertThat(comparison.totalFlagged()).isFalse();
    }

    @Test
    void a_criterion_only_one_marker_decided_has_no_difference_and_no_flag() {
        MarkerComparison comparison = MarkerComparison.of(
                RUBRIC, marks("Good", 40, "Good", 25), Map.of("strategy", new LevelMark("Weak", 3)), null, 0);

        Row content = comparison.rows().get(1);
        assertThat(content.second()).isNull();
        assertThat(content.marksApart()).isEmpty();
        assertThat(content.flagged()).isFalse();
        assertThat(content.sameDecision()).isFalse();
    }

    @Test
    void the_suggestion_appears_only_when_it_is_given() {
        MarkerComparison without =
                MarkerComparison.of(RUBRIC, marks("Good", 40, "Good", 25), marks("Good", 40, "Good", 25), null, 10);
        MarkerComparison with = MarkerComparison.of(
                RUBRIC,
                marks("Good", 40, "Good", 25),
                marks("Good", 40, "Good", 25),
                marks("Fair", 20, "Excellent", 33),
                10);

        assertThat(without.rows()).allSatisfy(row -> assertThat(row.suggested()).isNull());
        assertThat(with.rows().get(0).suggested()).isEqualTo(new LevelMark("Fair", 20));
        assertThat(with.rows().get(1).suggested()).isEqualTo(new LevelMark("Excellent", 33));
    }
}
