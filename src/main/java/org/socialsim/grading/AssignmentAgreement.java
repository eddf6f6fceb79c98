package org.socialsim.grading;

import org.socialsim.grading.agreement.AgreementReport;

/**
 * An assignment's agreement report with what a reader needs to place it.
 *
 * @param assignmentId the assignment
 * @param assignmentTitle its title
 * @param submitted how many attempts were submitted
 * @param doubleMarked how many were completed by both markers
 * @param report the agreement numbers and the calibration verdicts
 */
public record AssignmentAgreement(
        long assignmentId, String assignmentTitle, int submitted, int doubleMarked, AgreementReport report) {}
