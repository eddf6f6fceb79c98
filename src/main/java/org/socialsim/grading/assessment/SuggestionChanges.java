package org.socialsim.grading.assessment;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.RubricDefinition;

/**
 * What a recomputed suggestion changes for a tutor: the criteria whose suggested level or mark moved. A score that
 * moves inside the same level and mark is no change, since nothing a tutor decides rests on it.
 */
public final class SuggestionChanges {

    private SuggestionChanges() {}

    /**
     * One criterion's suggestion before and after.
     *
     * @param criterion the criterion id
     * @param title its title under the new suggestion's rubric
     * @param levelBefore the level suggested before, or null when the earlier suggestion lacked the criterion (it was
     *     computed under a version of the rubric without it)
     * @param markBefore the mark suggested before, or null likewise
     * @param levelAfter the level suggested now
     * @param markAfter the mark suggested now
     */
    public record CriterionChange(
            String criterion,
            String title,
            @Nullable String levelBefore,
            @Nullable Integer markBefore,
            String levelAfter,
            int markAfter) {}

    /**
     * The criteria of {@code after} (in the rubric's order) whose level or mark differs from {@code before}; none when
     * there was no suggestion before, since then nothing a tutor saw has changed.
     */
    public static List<CriterionChange> between(
            RubricDefinition rubric, @Nullable SuggestedGrade before, SuggestedGrade after) {
        List<CriterionChange> changes = new ArrayList<>();
        if (before == null) {
            return changes;
        }
        for (CriterionDefinition criterion : rubric.criteria()) {
            CriterionSuggestion now = after.criterion(criterion.id());
            @Nullable
            CriterionSuggestion then = before == null
                    ? null
                    : before.criteria().stream()
                            .filter(candidate -> candidate.criterion().equals(criterion.id()))
                            .findFirst()
                            .orElse(null);
            if (then == null || !then.level().equals(now.level()) || then.mark() != now.mark()) {
                changes.add(new CriterionChange(
                        criterion.id(),
                        criterion.title(),
                        then == null ? null : then.level(),
                        then == null ? null : then.mark(),
                        now.level(),
                        now.mark()));
            }
        }
        return changes;
    }

    /**
     * Whether the tutor would see a different suggestion: total, band, or any criterion's level or mark; a first
     * suggestion counts as a change.
     */
    public static boolean changed(RubricDefinition rubric, @Nullable SuggestedGrade before, SuggestedGrade after) {
        return before == null
                || before.total() != after.total()
                || !before.band().equals(after.band())
                || !between(rubric, before, after).isEmpty();
    }
}
