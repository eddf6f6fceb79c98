package org.socialsim.gradebook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.socialsim.gradebook.io.CanvasGradesCsv;
import org.socialsim.gradebook.io.GradebookWorkbook;
import org.socialsim.gradebook.io.MoodleGradesCsv;
import org.socialsim.grading.AssignmentMarks;
import org.socialsim.grading.CriterionMark;
import org.socialsim.grading.GradingService;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.RubricDefinition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Gradebooks for tutors: an assignment's final marks, feedback and rubric as a plain model and as an Excel workbook.
 * Who may read is checked by {@link GradingService#assignmentMarks}: the cohort's tutor and administrators only.
 */
@Service
public class GradebookService {

    private final GradingService grading;
    private final ZoneId zone;

    GradebookService(GradingService grading, Clock clock) {
        this.grading = grading;
        this.zone = clock.getZone();
    }

    /** One row per student of the assignment's cohort. */
    @PreAuthorize("hasAnyRole('TUTOR', 'ADMIN')")
    public Gradebook assignmentGradebook(long assignmentId) {
        return gradebook(grading.assignmentMarks(assignmentId), zone);
    }

    /** Writes the assignment's gradebook as an .xlsx workbook (see docs/exports.md). */
    @PreAuthorize("hasAnyRole('TUTOR', 'ADMIN')")
    public void writeAssignmentGradebook(long assignmentId, OutputStream out) throws IOException {
        GradebookWorkbook.write(assignmentGradebook(assignmentId), out);
    }

    /** Writes the assignment's released grades as a CSV for Moodle's grade import (see docs/exports.md). */
    @PreAuthorize("hasAnyRole('TUTOR', 'ADMIN')")
    public void writeMoodleGrades(long assignmentId, OutputStream out) throws IOException {
        MoodleGradesCsv.write(assignmentGradebook(assignmentId), out);
    }

    /** Writes the assignment's released grades as a CSV for Canvas's gradebook import (see docs/exports.md). */
    @PreAuthorize("hasAnyRole('TUTOR', 'ADMIN')")
    public void writeCanvasGrades(long assignmentId, OutputStream out) throws IOException {
        CanvasGradesCsv.write(assignmentGradebook(assignmentId), out);
    }

    /** The file name a download of the assignment's gradebook gets: its title made safe for every file system. */
    public static String fileName(String assignmentTitle) {
        return fileName(assignmentTitle, "gradebook", "xlsx");
    }

    /**
     * The file name of one of the assignment's exports: its title made safe for every file system, then the kind.
     *
     * @param kind e.g. {@code gradebook}, {@code moodle-grades}
     * @param extension without the dot
     */
    public static String fileName(String assignmentTitle, String kind, String extension) {
        String safe = assignmentTitle
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "")
                .strip()
                .replaceAll("\\s+", "-");
        return (safe.isEmpty() ? kind : safe + "-" + kind) + "." + extension;
    }

    static Gradebook gradebook(AssignmentMarks marks, ZoneId zone) {
        RubricDefinition rubric = marks.rubric();
        List<Gradebook.GradeRow> rows = new ArrayList<>();
        for (AssignmentMarks.StudentMarks student : marks.students()) {
            @Nullable Map<String, CriterionMark> finalMarks = student.finalMarks();
            List<Gradebook.CriterionGrade> criteria = new ArrayList<>();
            for (CriterionDefinition criterion : rubric.criteria()) {
                @Nullable CriterionMark mark = finalMarks == null ? null : finalMarks.get(criterion.id());
                criteria.add(
                        mark == null
                                ? new Gradebook.CriterionGrade(criterion.id(), null, null, "")
                                : new Gradebook.CriterionGrade(
                                        criterion.id(), mark.level(), mark.mark(), mark.comment()));
            }
            @Nullable
            Integer total = finalMarks == null
                    ? null
                    : finalMarks.values().stream().mapToInt(CriterionMark::mark).sum();
            @Nullable Duration lateBy = null;
            if (student.submittedAt() != null && student.submittedAt().isAfter(marks.dueAt())) {
                lateBy = Duration.between(marks.dueAt(), student.submittedAt());
            }
            rows.add(new Gradebook.GradeRow(
                    student.studentNumber(),
                    student.studentName(),
                    student.email(),
                    marks.cohortName(),
                    marks.scenarioTitle(),
                    marks.scenarioVersion(),
                    rubric.title(),
                    marks.rubricVersion(),
                    student.submittedAt() == null ? null : LocalDateTime.ofInstant(student.submittedAt(), zone),
                    lateBy,
                    criteria,
                    total,
                    total == null ? null : total / (double) rubric.marks(),
                    total == null ? null : rubric.bandFor(total),
                    student.firstMarker(),
                    student.secondMarker(),
                    student.agreed(),
                    student.released(),
                    student.overallFeedback()));
        }
        return new Gradebook(marks.title(), marks.cohortName(), rubric, rows);
    }
}
