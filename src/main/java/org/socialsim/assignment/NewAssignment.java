package org.socialsim.assignment;

import java.time.Instant;

/**
 * What a tutor fills in to set an assignment.
 *
 * @param cohortId a cohort the tutor owns (administrators: any)
 * @param scenarioVersionId the stored scenario version students will run
 * @param rubricVersionId the stored rubric version their work is marked with
 * @param title what students see, 1..120 characters
 * @param opensAt when students can start
 * @param dueAt the deadline, after {@code opensAt}
 */
public record NewAssignment(
        long cohortId, long scenarioVersionId, long rubricVersionId, String title, Instant opensAt, Instant dueAt) {}
