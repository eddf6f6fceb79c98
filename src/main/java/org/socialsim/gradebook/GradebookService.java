package org.socialsim.gradebook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptWork;
import org.socialsim.gradebook.io.CanvasGradesCsv;
import org.socialsim.gradebook.io.GradebookWorkbook;
import org.socialsim.gradebook.io.MoodleGradesCsv;
import org.socialsim.grading.AssignmentMarks;
import org.socialsim.grading.CriterionMark;
import org.socialsim.grading.GradingService;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.RubricDefinition;
import org.socialsim.simulation.KpiValues;
import org.socialsim.simulation.ObjectiveProgress;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.SmartObjective;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Gradebooks for tutors: an assignment's final marks, feedback and rubric as a plain model and as an Excel workbook.
 * Who may read is checked by {@link GradingService#assignmentMarks}: the cohort's tutor and administrators only.
 */
@Service
public class GradebookService {

    private final GradingService grading;
    private final AttemptService attempts;
    private final ZoneId zone;

    GradebookService(GradingService grading, AttemptService attempts, Clock clock) {
        this.grading = grading;
        this.attempts = attempts;
        this.zone = clock.getZone();
    }

    /**
     * One row per student of the assignment's cohort, and the final KPIs of each submitted attempt (its runs replayed
     * in one batched read, {@link AttemptService#submittedWork}, under the same access rule).
     */
    @PreAuthorize("hasAnyRole('TUTOR', 'ADMIN')")
    public Gradebook assignmentGradebook(long assignmentId) {
        AssignmentMarks marks = grading.assignmentMarks(assignmentId);
        List<SubmittedKpis> submitted = attempts.submittedWork(assignmentId, GradebookService::kpis);
        Gradebook gradebook = gradebook(marks, zone);
        Map<Long, SubmittedKpis> byAttempt = new HashMap<>();
        submitted.forEach(kpis -> byAttempt.put(kpis.attemptId(), kpis));
        List<Gradebook.StudentKpis> kpis = new ArrayList<>();
        for (AssignmentMarks.StudentMarks student : marks.students()) {
            @Nullable SubmittedKpis found = student.attemptId() == null ? null : byAttempt.get(student.attemptId());
            @Nullable SimulationRun run = found == null ? null : found.run();
            if (found != null && run != null) {
                KpiValues totals = run.totals();
                kpis.add(new Gradebook.StudentKpis(
                        student.studentNumber(),
                        student.studentName(),
                        found.objectives(),
                        totals.reach(),
                        totals.engagementRate(),
                        totals.linkClicks(),
                        totals.conversions(),
                        totals.spend(),
                        totals.roas()));
            }
        }
        String currency = submitted.isEmpty() ? "" : submitted.getFirst().currency();
        return new Gradebook(
                gradebook.assignmentTitle(),
                gradebook.cohortName(),
                gradebook.rubric(),
                gradebook.rows(),
                currency,
                kpis);
    }

    /** What the KPIs sheet needs of one submitted attempt; pure, so it runs on the batch's cores. */
    private record SubmittedKpis(
            long attemptId, String currency, @Nullable SimulationRun run, List<Gradebook.ObjectiveKpi> objectives) {}

    private static SubmittedKpis kpis(AttemptWork work) {
        @Nullable SimulationRun run = work.results();
        List<Gradebook.ObjectiveKpi> objectives = new ArrayList<>();
        if (run != null) {
            Map<String, ObjectiveProgress> progress = new HashMap<>();
            run.objectives().forEach(p -> progress.put(p.objective(), p));
            for (SmartObjective objective : work.state().plan().objectives()) {
                @Nullable ObjectiveProgress measured = progress.get(objective.id());
                if (measured != null) {
                    objectives.add(new Gradebook.ObjectiveKpi(
                            objective.statement(),
                            measured.kpi() == null ? null : words(measured.kpi().name()),
                            measured.platform() == null
                                    ? null
                                    : words(measured.platform().name()),
                            unit(measured.kpi()),
                            measured.baseline(),
                            measured.target(),
                            measured.actual(),
                            measured.measuredThroughWeek(),
                            measured.progress(),
                            measured.met()));
                }
            }
        }
        return new SubmittedKpis(
                work.state().attemptId(), work.state().scenario().currency(), run, objectives);
    }

    /** {@code ENGAGEMENT_RATE} → {@code engagement rate}. */
    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static Gradebook.KpiUnit unit(@Nullable Kpi kpi) {
        if (kpi == null) {
            return Gradebook.KpiUnit.COUNT;
        }
        return switch (kpi) {
            case REACH, IMPRESSIONS, ENGAGEMENTS, LIKES, FOLLOWERS, LINK_CLICKS, CONVERSIONS -> Gradebook.KpiUnit.COUNT;
            case ENGAGEMENT_RATE, FOLLOWER_GROWTH, CTR, CONVERSION_RATE, SHARE_OF_VOICE, NET_SENTIMENT, RESPONSE_RATE ->
                Gradebook.KpiUnit.PERCENT;
            case REVENUE, SPEND, CPM, CPC, CPA -> Gradebook.KpiUnit.MONEY;
            case ROAS -> Gradebook.KpiUnit.RATIO;
            case MEDIAN_RESPONSE_HOURS -> Gradebook.KpiUnit.HOURS;
        };
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
