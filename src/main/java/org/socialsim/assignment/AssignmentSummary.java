package org.socialsim.assignment;

import java.time.Instant;

/**
 * An assignment as its tutor sees it, with the versions it is pinned to.
 *
 * @param scenarioVersion the scenario version's number within {@code scenarioId}
 * @param rubricVersion the rubric version's number within {@code rubricId}
 */
public record AssignmentSummary(
        long id,
        long cohortId,
        String cohortName,
        String title,
        long scenarioVersionId,
        String scenarioId,
        int scenarioVersion,
        String scenarioTitle,
        long rubricVersionId,
        String rubricId,
        int rubricVersion,
        String rubricTitle,
        Instant opensAt,
        Instant dueAt) {}
