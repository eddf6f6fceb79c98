package org.socialsim.attempt;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A student's attempt as a tutor's list of submissions shows it. */
public record AttemptSummary(
        long attemptId,
        String studentName,
        String username,
        AttemptStatus status,
        int weeksRun,
        int totalWeeks,
        Instant updatedAt,
        @Nullable Instant submittedAt,
        boolean late) {}
