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
 */
public record Gradebook(String assignmentTitle, String cohortName, RubricDefinition rubric, List<GradeRow> rows) {

    public Gradebook {
        rows = List.copyOf(rows);
    }

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
