package org.socialsim.grading.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.socialsim.grading.agreement.TwoCriteria.RUBRIC;
import static org.socialsim.grading.agreement.TwoCriteria.marks;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.grading.agreement.AgreementReport.CriterionRow;
import org.socialsim.grading.agreement.AgreementReport.MarkedScript;
import org.socialsim.grading.agreement.Calibration.Advice;

class AgreementReportTest {

    @Test
    void markers_are_compared_per_criterion_on_the_scripts_both_completed() {
        List<MarkedScript> scripts = List.of(
                // Strategy levels (index): Good 1 / Good 1; content Excellent 0 / Good 1.
                new MarkedScript(marks("Good", 40, "Excellent", 32), marks("Good", 38, "Good", 28), null),
                // Strategy Fair 2 / Weak 3; content Weak 2 / Weak 2.
                new MarkedScript(marks("Fair", 20, "Weak", 10), marks("Weak", 12, "Weak", 12), null),
                // Second marker not complete: left out of the markers' agreement.
                new MarkedScript(marks("Excellent", 50, "Good", 25), null, null),
                // First marker not complete: left out of everything.
                new MarkedScript(null, marks("Excellent", 50, "Good", 25), null));

        AgreementReport report = AgreementReport.of(RUBRIC, scripts, new Calibration());

        CriterionRow strategy = report.criteria().get(0);
        CriterionRow content = report.criteria().get(1);
        assertThat(strategy.title()).isEqualTo("Strategy");
        assertThat(strategy.betweenMarkers().n()).isEqualTo(2);
        assertThat(strategy.betweenMarkers().exact()).isEqualTo(1);
        assertThat(strategy.betweenMarkers().adjacent()).isEqualTo(2);
        assertThat(strategy.betweenMarkers().categories()).isEqualTo(4);
        assertThat(content.betweenMarkers().exact()).isEqualTo(1);
        assertThat(content.betweenMarkers().categories()).isEqualTo(3);
        // Totals 72/66 (Distinction/Merit) and 30/24 (Fail/Fail).
        assertThat(report.markersOnBands().n()).isEqualTo(2);
        assertThat(report.markersOnBands().exact()).isEqualTo(1);
        assertThat(report.suggestionsOnBands().agreement().n()).isZero();
    }

    @Test
    void the_suggestions_are_judged_against_the_first_markers_levels_and_say_when_there_are_too_few() {
        List<MarkedScript> scripts = List.of(
                new MarkedScript(marks("Good", 40, "Good", 25), null, marks("Good", 35, "Excellent", 31)),
                new MarkedScript(
                        marks("Weak", 5, "Weak", 5), marks("Good", 40, "Good", 25), marks("Weak", 9, "Weak", 3)));

        AgreementReport report = AgreementReport.of(RUBRIC, scripts, new Calibration());

        Calibration.Verdict content = report.criteria().get(1).suggestions();
        assertThat(content.agreement().n()).isEqualTo(2);
        assertThat(content.agreement().exact()).isEqualTo(1);
        assertThat(content.suggestionHigher()).isEqualTo(1);
        assertThat(content.advice()).isEqualTo(Advice.TOO_FEW_SCRIPTS);
        assertThat(content.title()).isEqualTo("Content plan");
    }

    @Test
    void with_enough_scripts_suggestions_that_match_the_tutor_are_a_place_to_start() {
        List<MarkedScript> scripts = new ArrayList<>();
        String[] strategy = {"Excellent", "Good", "Fair", "Weak"};
        int[] strategyMarks = {50, 35, 20, 5};
        String[] content = {"Excellent", "Good", "Weak"};
        int[] contentMarks = {35, 25, 10};
        for (int i = 0; i < 12; i++) {
            var levels = marks(strategy[i % 4], strategyMarks[i % 4], content[i % 3], contentMarks[i % 3]);
            scripts.add(new MarkedScript(levels, levels, levels));
        }

        AgreementReport report = AgreementReport.of(RUBRIC, scripts, new Calibration());

        assertThat(report.criteria()).allSatisfy(row -> {
            assertThat(row.betweenMarkers().quadraticKappa()).hasValue(1.0);
            assertThat(row.suggestions().advice()).isEqualTo(Advice.START_FROM_THEM);
        });
        assertThat(report.suggestionsOnBands().advice()).isEqualTo(Advice.START_FROM_THEM);
        assertThat(report.markersOnBands().quadraticKappa().orElseThrow()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void a_suggested_band_above_the_tutors_counts_as_the_suggestion_being_higher() {
        // Tutor 40 + 15 = 55 (Pass); suggestion 45 + 20 = 65 (Merit).
        AgreementReport report = AgreementReport.of(
                RUBRIC,
                List.of(new MarkedScript(marks("Good", 40, "Weak", 15), null, marks("Excellent", 45, "Good", 20))),
                new Calibration());

        assertThat(report.suggestionsOnBands().suggestionHigher()).isEqualTo(1);
        assertThat(report.suggestionsOnBands().suggestionLower()).isZero();
    }
}
