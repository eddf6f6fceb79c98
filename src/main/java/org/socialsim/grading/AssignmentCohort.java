package org.socialsim.grading;

import java.util.Set;
import org.socialsim.grading.agreement.CohortReport;
import org.socialsim.rubric.definition.RubricDefinition;

/**
 * How an assignment's cohort did, over the attempts whose final marks are complete.
 *
 * @param assignmentId the assignment
 * @param assignmentTitle its title
 * @param rubric the rubric version it pins
 * @param submitted how many attempts were submitted
 * @param report the distributions, band counts and outliers of the final marks
 * @param moderated the attempts whose final marks were agreed in moderation (their marking is the moderation)
 */
public record AssignmentCohort(
        long assignmentId,
        String assignmentTitle,
        RubricDefinition rubric,
        int submitted,
        CohortReport report,
        Set<Long> moderated) {

    public AssignmentCohort {
        moderated = Set.copyOf(moderated);
    }
}
