package org.socialsim.grading;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.socialsim.grading.agreement.AgreementReport;

/**
 * An assignment's agreement report with what a reader needs to place it.
 *
 * @param assignmentId the assignment
 * @param assignmentTitle its title
 * @param submitted how many attempts were submitted
 * @param doubleMarked how many were completed by both markers
 * @param threshold by how many marks two markers' totals may differ before they are flagged
 * @param report the agreement numbers and the calibration verdicts
 * @param secondMarkings every attempt with a second marker, by student name
 */
public record AssignmentAgreement(
        long assignmentId,
        String assignmentTitle,
        int submitted,
        int doubleMarked,
        int threshold,
        AgreementReport report,
        List<SecondMarkingRow> secondMarkings) {

    public AssignmentAgreement {
        secondMarkings = List.copyOf(secondMarkings);
    }

    /** Where a double marking stands. */
    public enum Stage {
        /** One or both markers have not completed. */
        MARKING,
        /** Both complete; the final marks are not agreed yet. */
        TO_AGREE,
        /** The agreed marks are final. */
        AGREED
    }

    /**
     * One double-marked attempt. Totals appear only once both markers are complete, as everywhere in moderation.
     *
     * @param firstTotal the first marker's total, once both are complete
     * @param secondTotal the second marker's total, once both are complete
     * @param flagged whether the totals are further apart than the assignment's threshold
     */
    public record SecondMarkingRow(
            long attemptId,
            String studentName,
            String secondMarker,
            Stage stage,
            @Nullable Integer firstTotal,
            @Nullable Integer secondTotal,
            boolean flagged) {}
}
