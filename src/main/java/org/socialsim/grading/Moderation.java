package org.socialsim.grading;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.socialsim.grading.agreement.MarkerComparison;
import org.socialsim.rubric.definition.RubricDefinition;

/**
 * One attempt's moderation as the signed-in tutor may see it. The markers' marks are compared only once both have
 * completed their sheets: until then neither the second marker nor anyone else sees one beside the other.
 *
 * @param attemptId the attempt
 * @param assignmentId its assignment
 * @param assignmentTitle the assignment's title
 * @param studentName whose work it is
 * @param rubric the rubric version the assignment pins
 * @param firstMarker the first marker's name, once marking started
 * @param firstStatus how far the first marker has got, once started
 * @param secondMarker the second marker's name, if one is named
 * @param secondStatus how far the second marker has got, if one is named
 * @param comparison both markers' decisions side by side with the suggestion, once both sheets are complete
 * @param agreed the agreed marks, once started (the cohort's tutor starts them by opening a moderation ready to agree)
 * @param reasons the latest recorded reason per criterion id for the agreed marks
 * @param mayAgree whether the signed-in user may agree final marks now
 */
public record Moderation(
        long attemptId,
        long assignmentId,
        String assignmentTitle,
        String studentName,
        RubricDefinition rubric,
        @Nullable String firstMarker,
        @Nullable SheetStatus firstStatus,
        @Nullable String secondMarker,
        @Nullable SheetStatus secondStatus,
        @Nullable MarkerComparison comparison,
        @Nullable MarkingSheet agreed,
        Map<String, String> reasons,
        boolean mayAgree) {

    public Moderation {
        reasons = Map.copyOf(reasons);
    }

    /** Whether both markers have completed, so their marks can be compared. */
    public boolean bothComplete() {
        return comparison != null;
    }
}
