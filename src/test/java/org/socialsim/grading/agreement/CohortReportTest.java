package org.socialsim.grading.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialsim.grading.agreement.TwoCriteria.RUBRIC;
import static org.socialsim.grading.agreement.TwoCriteria.marks;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.grading.agreement.CohortReport.BandCount;
import org.socialsim.grading.agreement.CohortReport.LevelCount;
import org.socialsim.grading.agreement.CohortReport.MarkedScript;
import org.socialsim.grading.agreement.CohortReport.OutlierScript;

class CohortReportTest {

    private static final List<MarkedScript> SCRIPTS = List.of(
            new MarkedScript(1, "Ada", marks("Good", 40, "Good", 24)), // 64 Merit
            new MarkedScript(2, "Ben", marks("Good", 38, "Good", 25)), // 63 Merit
            new MarkedScript(3, "Cy", marks("Good", 36, "Good", 26)), // 62 Merit
            new MarkedScript(4, "Di", marks("Good", 42, "Excellent", 30)), // 72 Distinction
            new MarkedScript(5, "Ed", marks("Good", 35, "Good", 22)), // 57 Pass
            new MarkedScript(6, "Flo", marks("Weak", 2, "Weak", 3))); // 5 Fail, far below the rest

    @Test
    void the_totals_bands_and_levels_are_counted_per_script() {
        CohortReport report = CohortReport.of(RUBRIC, SCRIPTS);

        assertThat(report.scripts()).isEqualTo(6);
        assertThat(report.totals().marks()).containsExactly(64, 63, 62, 72, 57, 5);
        assertThat(report.totals().maximum()).isEqualTo(100);
        assertThat(report.bands())
                .containsExactly(
                        new BandCount("Fail", 0, 1),
                        new BandCount("Pass", 40, 1),
                        new BandCount("Merit", 60, 3),
                        new BandCount("Distinction", 70, 1));
        assertThat(report.criteria().get(0).levels())
                .containsExactly(
                        new LevelCount("Excellent", 0),
                        new LevelCount("Good", 5),
                        new LevelCount("Fair", 0),
                        new LevelCount("Weak", 1));
        assertThat(report.criteria().get(1).levels())
                .containsExactly(new LevelCount("Excellent", 1), new LevelCount("Good", 4), new LevelCount("Weak", 1));
        assertThat(report.criteria().get(1).marks().maximum()).isEqualTo(40);
        assertThat(report.criteria().get(1).marks().summary().orElseThrow().max())
                .isEqualTo(30);
    }

    @Test
    void an_outlying_total_names_the_script_so_the_view_can_link_to_its_marking() {
        CohortReport report = CohortReport.of(RUBRIC, SCRIPTS);

        assertThat(report.outliers()).containsExactly(new OutlierScript(6, "Flo", 5, false));
    }

    @Test
    void an_assignment_with_nothing_marked_gives_empty_counts_and_no_summary() {
        CohortReport report = CohortReport.of(RUBRIC, List.of());

        assertThat(report.scripts()).isZero();
        assertThat(report.totals().summary()).isEmpty();
        assertThat(report.bands()).allMatch(band -> band.count() == 0);
        assertThat(report.criteria()).allSatisfy(criterion -> {
            assertThat(criterion.levels()).allMatch(level -> level.count() == 0);
            assertThat(criterion.marks().summary()).isEmpty();
        });
        assertThat(report.outliers()).isEmpty();
    }
}
