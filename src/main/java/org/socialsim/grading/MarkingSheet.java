package org.socialsim.grading;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.socialsim.grading.assessment.SuggestedGrade;
import org.socialsim.rubric.definition.RubricDefinition;

/**
 * A mark sheet as a marker sees it.
 *
 * @param sheetId the sheet's id
 * @param version its version; every change names the version it was made on, so two tabs never overwrite each other
 * @param attemptId the attempt marked
 * @param assignmentId its assignment
 * @param studentName the student's display name
 * @param role whose marks these are
 * @param status how far the marking has got
 * @param markerName the marker's display name
 * @param rubric the rubric version the assignment pins
 * @param suggestion the assessors' suggestion, or null when this marker must not see it (a blind second marker)
 * @param marks the decisions so far, by criterion id, in the rubric's order
 * @param overallFeedback feedback on the whole submission
 * @param total the sum of the marks given so far
 * @param band the band of that total
 * @param editable whether the signed-in user may change this sheet now
 * @param history every decision, oldest first
 */
public record MarkingSheet(
        long sheetId,
        long version,
        long attemptId,
        long assignmentId,
        String studentName,
        MarkerRole role,
        SheetStatus status,
        String markerName,
        RubricDefinition rubric,
        @Nullable SuggestedGrade suggestion,
        Map<String, CriterionMark> marks,
        String overallFeedback,
        int total,
        String band,
        boolean editable,
        List<MarkingDecision> history) {

    public MarkingSheet {
        marks = Collections.unmodifiableMap(new LinkedHashMap<>(marks));
        history = List.copyOf(history);
    }

    /** Whether every criterion of the rubric has a mark. */
    public boolean allMarked() {
        return rubric.criteria().stream().allMatch(criterion -> marks.containsKey(criterion.id()));
    }
}
