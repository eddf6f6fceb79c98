package org.socialsim.grading;

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
 */
public record AssignmentCohort(
        long assignmentId, String assignmentTitle, RubricDefinition rubric, int submitted, CohortReport report) {}
