package org.socialsim.grading.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.socialsim.grading.agreement.Calibration.Advice;
import org.socialsim.grading.agreement.Calibration.Verdict;

class CalibrationTest {

    /** Four levels, 0 = Excellent … 3 = Insufficient, as in the rubric. */
    private static final int LEVELS = 4;

    private static List<RatingPair> pairs(int[] tutor, int[] suggested) {
        return IntStream.range(0, tutor.length)
                .mapToObj(i -> new RatingPair(tutor[i], suggested[i]))
                .toList();
    }

    private static Verdict verdict(int[] tutor, int[] suggested) {
        return new Calibration().verdict("content-plan", "Content plan", LEVELS, pairs(tutor, suggested));
    }

    @Test
    void suggestions_that_agreed_on_eleven_of_twelve_scripts_are_a_place_to_start() {
        // One script the tutor put at level 1 was suggested two levels lower: κ = 6/7 ≈ 0.86.
        Verdict verdict =
                verdict(new int[] {0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3}, new int[] {0, 0, 0, 3, 1, 1, 1, 2, 2, 2, 3, 3});

        assertThat(verdict.advice()).isEqualTo(Advice.START_FROM_THEM);
        assertThat(verdict.agreement().exact()).isEqualTo(11);
        assertThat(verdict.agreement().n()).isEqualTo(12);
        assertThat(verdict.agreement().quadraticKappa().orElseThrow()).isCloseTo(6.0 / 7.0, within(1e-12));
        assertThat(verdict.suggestionLower()).isEqualTo(1);
        assertThat(verdict.suggestionHigher()).isZero();
        assertThat(verdict.title()).isEqualTo("Content plan");
    }

    @Test
    void substantial_agreement_asks_the_tutor_to_check_the_evidence() {
        Verdict verdict =
                verdict(new int[] {0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 1, 2}, new int[] {0, 1, 1, 1, 2, 2, 1, 2, 3, 2, 1, 2});

        assertThat(verdict.agreement().reading()).contains(KappaReading.SUBSTANTIAL);
        assertThat(verdict.advice()).isEqualTo(Advice.CHECK_THE_EVIDENCE);
    }

    @Test
    void fair_agreement_from_nine_scripts_says_read_the_work_before_accepting() {
        // κ = 4/13 ≈ 0.31 (checked with numpy).
        Verdict verdict = verdict(new int[] {0, 1, 1, 2, 2, 2, 3, 1, 0}, new int[] {0, 2, 0, 1, 1, 0, 3, 1, 2});

        assertThat(verdict.agreement().quadraticKappa().orElseThrow()).isCloseTo(4.0 / 13.0, within(1e-12));
        assertThat(verdict.advice()).isEqualTo(Advice.READ_THE_WORK_FIRST);
        assertThat(verdict.suggestionHigher()).isEqualTo(4);
        assertThat(verdict.suggestionLower()).isEqualTo(2);
    }

    @Test
    void too_few_marked_scripts_give_no_advice_even_when_they_all_agree() {
        Verdict verdict = verdict(new int[] {0, 1, 2, 3, 1, 2, 0}, new int[] {0, 1, 2, 3, 1, 2, 0});

        assertThat(verdict.agreement().quadraticKappa()).hasValue(1.0);
        assertThat(verdict.advice()).isEqualTo(Advice.TOO_FEW_SCRIPTS);
        assertThat(verdict.minimumScripts()).isEqualTo(Calibration.DEFAULT_MINIMUM_SCRIPTS);
    }

    @Test
    void the_minimum_number_of_scripts_is_enough_for_advice() {
        Verdict verdict = verdict(new int[] {0, 1, 2, 3, 1, 2, 0, 3}, new int[] {0, 1, 2, 3, 1, 2, 0, 3});

        assertThat(verdict.advice()).isEqualTo(Advice.START_FROM_THEM);
    }

    @Test
    void a_caller_can_ask_for_more_scripts_before_advice() {
        Calibration strict = new Calibration(20);
        Verdict verdict = strict.verdict(
                "c", "C", LEVELS, pairs(new int[] {0, 1, 2, 3, 1, 2, 0, 3}, new int[] {0, 1, 2, 3, 1, 2, 0, 3}));

        assertThat(verdict.advice()).isEqualTo(Advice.TOO_FEW_SCRIPTS);
        assertThat(verdict.minimumScripts()).isEqualTo(20);
        assertThatThrownBy(() -> new Calibration(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scripts_all_at_one_level_cannot_tell_agreement_from_chance() {
        Verdict verdict = verdict(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1}, new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1});

        assertThat(verdict.advice()).isEqualTo(Advice.ONE_LEVEL_ONLY);
        assertThat(verdict.agreement().exact()).isEqualTo(9);
    }
}
