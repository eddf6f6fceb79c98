package org.socialsim.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.gradebook.Gradebook.GradeRow;
import org.socialsim.grading.GradingService;
import org.socialsim.grading.MarkerRole;
import org.socialsim.grading.MarkingSheet;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.simulation.ObjectiveProgress;
import org.socialsim.simulation.ReferencePlans;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.plan.SmartObjective;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
class GradebookServiceTest {

    @Autowired
    GradebookService gradebooks;

    @Autowired
    GradingService grading;

    @Autowired
    AttemptService attempts;

    @Autowired
    UserDetailsService users;

    long assignmentId;
    long attemptId;
    String student1;

    @BeforeEach
    void student1_submits_and_tutor1_marks_with_the_suggestions() {
        attemptId = as("student1", () -> {
            assignmentId = attempts.myAssignments().getFirst().assignmentId();
            AttemptState state = attempts.open(assignmentId);
            state = attempts.savePlan(state.attemptId(), state.version(), ReferencePlans.competent(state.scenario()));
            while (!state.allWeeksRun()) {
                state = attempts.runWeek(state.attemptId(), state.version());
            }
            return attempts.submit(state.attemptId(), state.version()).attemptId();
        });
        student1 = as("tutor1", () -> {
            MarkingSheet sheet = grading.sheet(attemptId, MarkerRole.FIRST);
            for (CriterionDefinition criterion : sheet.rubric().criteria()) {
                sheet = grading.acceptSuggestion(sheet.sheetId(), sheet.version(), criterion.id());
            }
            sheet = grading.writeFeedback(sheet.sheetId(), sheet.version(), "=A well-run campaign.");
            grading.complete(sheet.sheetId(), sheet.version());
            return sheet.studentName();
        });
    }

    @Test
    void the_gradebook_has_a_row_per_cohort_student_with_final_marks_only_for_completed_marking() {
        Gradebook gradebook = as("tutor1", () -> gradebooks.assignmentGradebook(assignmentId));

        GradeRow marked = row(gradebook, student1);
        MarkingSheet sheet = as("tutor1", () -> grading.sheet(attemptId, MarkerRole.FIRST));
        assertThat(marked.total()).isEqualTo(sheet.total());
        assertThat(marked.band()).isEqualTo(sheet.band());
        assertThat(marked.fraction())
                .isEqualTo(sheet.total() / (double) gradebook.rubric().marks());
        assertThat(marked.criteria()).hasSize(gradebook.rubric().criteria().size());
        assertThat(marked.criteria().getFirst().level())
                .isEqualTo(sheet.marks()
                        .get(gradebook.rubric().criteria().getFirst().id())
                        .level());
        assertThat(marked.overallFeedback()).isEqualTo("=A well-run campaign.");
        assertThat(marked.firstMarker()).isNotBlank();
        assertThat(marked.secondMarker()).isNull();
        assertThat(marked.agreed()).isFalse();
        assertThat(marked.released()).isFalse();
        assertThat(marked.submittedAt()).isNotNull();
        assertThat(marked.cohort()).isEqualTo(gradebook.cohortName());

        // Group A has three students; the two who never opened the assignment still have a row, with nothing in it.
        assertThat(gradebook.rows()).hasSize(3);
        GradeRow unmarked = gradebook.rows().stream()
                .filter(row -> !row.name().equals(student1))
                .findFirst()
                .orElseThrow();
        assertThat(unmarked.total()).isNull();
        assertThat(unmarked.submittedAt()).isNull();
        assertThat(unmarked.criteria())
                .allSatisfy(criterion -> assertThat(criterion.mark()).isNull());
    }

    @Test
    void marks_of_an_incomplete_sheet_are_not_final_and_stay_out_of_the_gradebook() {
        as("tutor1", () -> {
            MarkingSheet sheet = grading.sheet(attemptId, MarkerRole.FIRST);
            return grading.reopen(sheet.sheetId(), sheet.version());
        });
        GradeRow row = row(as("tutor1", () -> gradebooks.assignmentGradebook(assignmentId)), student1);
        assertThat(row.total()).isNull();
        assertThat(row.band()).isNull();
        assertThat(row.criteria())
                .allSatisfy(criterion -> assertThat(criterion.level()).isNull());
    }

    @Test
    void the_downloaded_workbook_reads_back_with_the_students_row_and_neutralised_feedback() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as("tutor1", () -> {
            try {
                gradebooks.writeAssignmentGradebook(assignmentId, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet grades = workbook.getSheet("Grades");
            assertThat(grades.getLastRowNum()).isEqualTo(3);
            XSSFSheet feedback = workbook.getSheet("Feedback");
            boolean found = false;
            for (var row : feedback) {
                if (row.getRowNum() > 0 && student1.equals(row.getCell(1).getStringCellValue())) {
                    assertThat(row.getCell(row.getLastCellNum() - 1).getStringCellValue())
                            .isEqualTo("'=A well-run campaign.");
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void the_kpis_sheet_has_a_row_per_objective_of_the_submitted_attempt_with_the_runs_progress() throws Exception {
        SimulationRun run = as("tutor1", () -> attempts.work(attemptId).results());
        AttemptState state = as("tutor1", () -> attempts.attempt(attemptId));
        assertThat(run).isNotNull();
        ObjectiveProgress progress = run.objectives().getFirst();
        SmartObjective objective = state.plan().objectives().stream()
                .filter(candidate -> candidate.id().equals(progress.objective()))
                .findFirst()
                .orElseThrow();

        Gradebook gradebook = as("tutor1", () -> gradebooks.assignmentGradebook(assignmentId));
        // Only the submitted attempt: the two students who never opened the assignment have no KPIs.
        assertThat(gradebook.kpis()).singleElement().satisfies(kpis -> {
            assertThat(kpis.name()).isEqualTo(student1);
            assertThat(kpis.objectives()).hasSize(run.objectives().size());
            assertThat(kpis.reach()).isEqualTo(run.totals().reach());
            assertThat(kpis.spend()).isEqualTo(run.totals().spend());
        });
        assertThat(gradebook.currency()).isEqualTo(state.scenario().currency());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as("tutor1", () -> {
            try {
                gradebooks.writeAssignmentGradebook(assignmentId, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet kpis = workbook.getSheet("KPIs");
            assertThat(kpis.getLastRowNum()).isEqualTo(run.objectives().size());
            assertThat(kpis.getRow(0).getCell(16).getStringCellValue())
                    .isEqualTo("Spend (" + state.scenario().currency() + ") (run)");
            var row = kpis.getRow(1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(student1);
            assertThat(row.getCell(2).getStringCellValue())
                    .isEqualTo(org.socialsim.gradebook.io.SpreadsheetText.safe(objective.statement()));
            assertThat(row.getCell(4).getStringCellValue())
                    .isEqualTo(
                            progress.platform() == null
                                    ? "all"
                                    : progress.platform().name().toLowerCase(java.util.Locale.ROOT));
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(progress.measuredThroughWeek());
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(progress.baseline());
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(progress.target());
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(progress.actual());
            assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(progress.progress());
            assertThat(row.getCell(11).getStringCellValue()).isEqualTo(progress.met() ? "yes" : "no");
            assertThat(row.getCell(12).getNumericCellValue())
                    .isEqualTo(run.totals().reach());
            assertThat(row.getCell(17).getNumericCellValue())
                    .isEqualTo(run.totals().roas());
        }
    }

    @Test
    void only_the_cohorts_tutor_or_an_administrator_reads_the_gradebook() {
        assertThatThrownBy(() -> as("tutor2", () -> gradebooks.assignmentGradebook(assignmentId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("student1", () -> gradebooks.assignmentGradebook(assignmentId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("admin", () -> gradebooks.assignmentGradebook(assignmentId))
                        .rows())
                .hasSize(3);
    }

    @Test
    void the_lms_files_carry_a_completed_grade_only_once_it_is_released() {
        assertThat(List.of(lmsCsv("tutor1", true).split("\r\n"))).hasSize(1);
        assertThat(List.of(lmsCsv("tutor1", false).split("\r\n"))).hasSize(2);

        as("tutor1", () -> grading.release(assignmentId));

        MarkingSheet sheet = as("tutor1", () -> grading.sheet(attemptId, MarkerRole.FIRST));
        assertThat(List.of(lmsCsv("tutor1", true).split("\r\n")))
                .hasSize(2)
                .last()
                .asString()
                .endsWith("," + sheet.total() + ",'=A well-run campaign.");
        assertThat(List.of(lmsCsv("tutor1", false).split("\r\n")))
                .hasSize(3)
                .last()
                .asString()
                .startsWith(student1 + ",")
                .endsWith("Group A," + sheet.total());
    }

    @Test
    void only_the_cohorts_tutor_or_an_administrator_downloads_the_lms_files() {
        for (boolean moodle : new boolean[] {true, false}) {
            assertThatThrownBy(() -> lmsCsv("tutor2", moodle)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> lmsCsv("student1", moodle)).isInstanceOf(AccessDeniedException.class);
            assertThat(lmsCsv("admin", moodle)).isNotEmpty();
        }
    }

    private String lmsCsv(String username, boolean moodle) {
        return as(username, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                if (moodle) {
                    gradebooks.writeMoodleGrades(assignmentId, out);
                } else {
                    gradebooks.writeCanvasGrades(assignmentId, out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString(StandardCharsets.UTF_8);
        });
    }

    @Test
    void the_download_is_named_after_the_assignment_without_characters_file_systems_refuse() {
        assertThat(GradebookService.fileName("BrewHaven: launch / week 1"))
                .isEqualTo("BrewHaven-launch-week-1-gradebook.xlsx");
        assertThat(GradebookService.fileName("BrewHaven: launch", "moodle-grades", "csv"))
                .isEqualTo("BrewHaven-launch-moodle-grades.csv");
        assertThat(GradebookService.fileName("  ")).isEqualTo("gradebook.xlsx");
    }

    private static GradeRow row(Gradebook gradebook, String name) {
        return gradebook.rows().stream()
                .filter(row -> row.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private <T> T as(String username, Supplier<T> action) {
        var details = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                new UsernamePasswordAuthenticationToken(details, details.getPassword(), details.getAuthorities()));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
