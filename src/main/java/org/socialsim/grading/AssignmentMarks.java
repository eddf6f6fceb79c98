package org.socialsim.grading;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.socialsim.rubric.definition.RubricDefinition;

/**
 * Everything recorded about an assignment's marking, one entry per student of its cohort, for exports that need the
 * final marks and feedback rather than the marking workflow.
 *
 * @param assignmentId the assignment
 * @param title its title
 * @param cohortName its cohort
 * @param dueAt when submissions fall due; later ones are late
 * @param scenarioTitle the scenario the students ran
 * @param scenarioVersion that scenario's version number
 * @param rubricVersion the rubric's version number
 * @param rubric the rubric marked against
 * @param students one entry per attempt, then one per cohort student who never opened the assignment, by name
 */
public record AssignmentMarks(
        long assignmentId,
        String title,
        String cohortName,
        Instant dueAt,
        String scenarioTitle,
        int scenarioVersion,
        int rubricVersion,
        RubricDefinition rubric,
        List<StudentMarks> students) {

    public AssignmentMarks {
        students = List.copyOf(students);
    }

    /**
     * One student's marking.
     *
     * @param attemptId the student's attempt; null for a student who never opened the assignment
     * @param studentName display name
     * @param studentNumber the institution's id, when recorded
     * @param email when recorded
     * @param submittedAt null when not (yet) submitted
     * @param firstMarker who first-marked, null before anyone opened a sheet
     * @param secondMarker the second marker named, if any
     * @param agreed whether agreed marks exist (a second marker was named and moderation completed)
     * @param released whether the marks reached the student
     * @param finalMarks by criterion id in the rubric's order: the agreed marks when second-marked, else the first
     *     marker's, and only once that sheet is complete; null otherwise
     * @param overallFeedback the final sheet's overall feedback, empty when there is no complete final sheet
     */
    public record StudentMarks(
            @Nullable Long attemptId,
            String studentName,
            @Nullable String studentNumber,
            @Nullable String email,
            @Nullable Instant submittedAt,
            @Nullable String firstMarker,
            @Nullable String secondMarker,
            boolean agreed,
            boolean released,
            @Nullable Map<String, CriterionMark> finalMarks,
            String overallFeedback) {}
}
