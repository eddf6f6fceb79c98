package org.socialsim.gradebook;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.socialsim.rubric.definition.RubricDefinition;

/**
 * An assignment's gradebook: one row per student of its cohort and the rubric marked against. Plain values only, so
 * the workbook writer needs neither the database nor the security context.
 *
 * @param assignmentTitle the assignment
 * @param cohortName its cohort
 * @param rubric the rubric (criteria in order, levels, bands)
 * @param rows by student name
 * @param currency the scenario's ISO 4217 currency code, for the money columns of the KPIs
 * @param kpis one entry per submitted attempt, in the order of {@code rows}
 */
public record Gradebook(
        String assignmentTitle,
        String cohortName,
        RubricDefinition rubric,
        List<GradeRow> rows,
        String currency,
        List<StudentKpis> kpis) {

    public Gradebook {
        rows = List.copyOf(rows);
        kpis = List.copyOf(kpis);
    }

    /** A gradebook without KPIs (no submitted work to report). */
    public Gradebook(String assignmentTitle, String cohortName, RubricDefinition rubric, List<GradeRow> rows) {
        this(assignmentTitle, cohortName, rubric, rows, "", List.of());
    }

    /**
     * A submitted attempt's final KPIs: its objectives as measured through their deadline week, and the run's totals of
     * a few headline KPIs.
     *
     * @param studentNumber the institution's id, when recorded
     * @param name display name
     * @param objectives the student's SMART objectives, in plan order
     * @param reach people reached over the whole run
     * @param engagementRate the scenario's engagement rate over the run, a fraction
     * @param linkClicks link clicks over the run
     * @param conversions conversions over the run
     * @param spend ad and boost spend over the run, in the scenario's currency
     * @param roas paid revenue per unit of spend
     */
    public record StudentKpis(
            @Nullable String studentNumber,
            String name,
            List<ObjectiveKpi> objectives,
            long reach,
            double engagementRate,
            long linkClicks,
            long conversions,
            double spend,
            double roas) {

        public StudentKpis {
            objectives = List.copyOf(objectives);
        }
    }

    /** How an objective's baseline, target and actual are written. */
    public enum KpiUnit {
        /** a whole number */
        COUNT,
        /** a fraction shown as a percentage */
        PERCENT,
        /** money in the scenario's currency */
        MONEY,
        /** a ratio such as ROAS */
        RATIO,
        /** hours */
        HOURS
    }

    /**
     * One SMART objective against the run ({@code ObjectiveProgress}).
     *
     * @param statement the objective in the student's words
     * @param kpi the KPI in words (e.g. {@code engagement rate}); null when the student named none
     * @param platform the platform in words, null for all platforms
     * @param unit how the values read
     * @param baseline the student's baseline
     * @param target the student's target
     * @param actual the KPI's value from week 1 through {@code measuredThroughWeek}
     * @param measuredThroughWeek the deadline week, or the last week run
     * @param progress {@code (actual − baseline) / (target − baseline)}
     * @param met whether the target is reached
     */
    public record ObjectiveKpi(
            String statement,
            @Nullable String kpi,
            @Nullable String platform,
            KpiUnit unit,
            double baseline,
            double target,
            double actual,
            int measuredThroughWeek,
            double progress,
            boolean met) {}

    /**
     * One student's grade.
     *
     * @param studentNumber the institution's id, when recorded
     * @param name display name
     * @param email when recorded
     * @param cohort the cohort's name
     * @param scenario the scenario's title
     * @param scenarioVersion its version number
     * @param rubric the rubric's title
     * @param rubricVersion its version number
     * @param submittedAt in the server's time zone; null when not submitted
     * @param lateBy how long after the deadline it was submitted; null when on time or not submitted
     * @param criteria one per rubric criterion in the rubric's order; level and mark null unless final marks exist
     * @param total the final total, null unless final marks exist
     * @param fraction the total as a fraction of the rubric's marks (0..1), null with the total
     * @param band the total's band, null with the total
     * @param firstMarker null before anyone opened a sheet
     * @param secondMarker null unless named
     * @param agreed whether the marks are agreed marks of a second-marked attempt
     * @param released whether the marks reached the student
     * @param overallFeedback empty without final marks
     */
    public record GradeRow(
            @Nullable String studentNumber,
            String name,
            @Nullable String email,
            String cohort,
            String scenario,
            int scenarioVersion,
            String rubric,
            int rubricVersion,
            @Nullable LocalDateTime submittedAt,
            @Nullable Duration lateBy,
            List<CriterionGrade> criteria,
            @Nullable Integer total,
            @Nullable Double fraction,
            @Nullable String band,
            @Nullable String firstMarker,
            @Nullable String secondMarker,
            boolean agreed,
            boolean released,
            String overallFeedback) {

        public GradeRow {
            criteria = List.copyOf(criteria);
        }
    }

    /**
     * The final decision on one criterion.
     *
     * @param criterionId the rubric's criterion id
     * @param level the level's label, null without final marks
     * @param mark null without final marks
     * @param comment the marker's comment, empty when none
     */
    public record CriterionGrade(
            String criterionId,
            @Nullable String level,
            @Nullable Integer mark,
            String comment) {}
}
