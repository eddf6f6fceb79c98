package org.socialsim.attempt;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One of a student's assignments with where they are in it, for their home page.
 *
 * @param attemptId {@code null} until the student opens the assignment
 * @param lastStep the step to continue at ({@code brief} before starting)
 * @param open whether the assignment has opened
 */
public record StudentAssignment(
        long assignmentId,
        String title,
        String cohortName,
        String scenarioTitle,
        String rubricTitle,
        Instant opensAt,
        Instant dueAt,
        AttemptStatus status,
        int weeksRun,
        int totalWeeks,
        @Nullable Long attemptId,
        String lastStep,
        @Nullable Instant submittedAt,
        boolean open) {}
