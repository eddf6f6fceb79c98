package org.socialsim.grading;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One attempt in an assignment's marking queue.
 *
 * @param attemptId the attempt
 * @param studentName the student's display name
 * @param studentNumber the institution's number, if known
 * @param submittedAt when submitted; null if not yet
 * @param late whether submitted after the deadline
 * @param stage where the marking stands
 * @param firstMarker the first marker's name, once someone has started marking
 * @param secondMarker the second marker's name, if one is named
 * @param suggestedTotal the assessors' suggested total, once computed
 * @param suggestedBand its band
 * @param finalTotal the total of the final marks (agreed, or the first marker's when there is no second marker), once
 *     complete
 * @param finalBand its band
 * @param markerDifference the absolute difference between the two markers' totals, once both are complete
 * @param disagreement whether that difference is larger than the assignment's threshold
 */
public record MarkingQueueRow(
        long attemptId,
        String studentName,
        @Nullable String studentNumber,
        @Nullable Instant submittedAt,
        boolean late,
        MarkingStage stage,
        @Nullable String firstMarker,
        @Nullable String secondMarker,
        @Nullable Integer suggestedTotal,
        @Nullable String suggestedBand,
        @Nullable Integer finalTotal,
        @Nullable String finalBand,
        @Nullable Integer markerDifference,
        boolean disagreement) {}
