package org.socialsim.grading;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a regrade of an assignment can do: recompute under the current rubric version, or move to a later one.
 *
 * @param assignmentId the assignment
 * @param assignmentTitle its title
 * @param current the rubric version it is marked under
 * @param newer later versions of the same rubric, newest first
 * @param submitted how many attempts have been submitted, i.e. how many suggestions a regrade recomputes
 */
public record RegradeOptions(
        long assignmentId, String assignmentTitle, RubricChoice current, List<RubricChoice> newer, long submitted) {

    public RegradeOptions {
        newer = List.copyOf(newer);
    }

    /**
     * A version of the assignment's rubric.
     *
     * @param versionId the stored version's id
     * @param number its version number
     * @param title the rubric's title in that version
     * @param createdBy who saved it, or null for a shipped file
     * @param createdAt when it was saved
     */
    public record RubricChoice(
            long versionId,
            int number,
            String title,
            @Nullable String createdBy,
            Instant createdAt) {}
}
