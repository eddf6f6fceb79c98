package org.socialsim.grading.assessment;

/**
 * A named, pure judgement of one aspect of a submission (see {@code AssessorName} and docs/rubric-format.md). The same
 * submission and parameters always give the same assessment; an assessor never throws on a thin or empty submission —
 * it scores it low and says what is missing.
 */
@FunctionalInterface
public interface Assessor {

    Assessment assess(Submission submission, AssessorParameters parameters);
}
