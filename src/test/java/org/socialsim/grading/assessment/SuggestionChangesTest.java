package org.socialsim.grading.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.grading.assessment.SuggestionChanges.CriterionChange;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.RubricDefinition;

class SuggestionChangesTest {

    private static final RubricDefinition RUBRIC = Submissions.rubric("smm-coursework");

    @Test
    void a_criterion_whose_level_or_mark_moved_is_reported_with_before_and_after() {
        SuggestedGrade before = grade("Good", 13);
        SuggestedGrade after = grade("Very good", 15);

        List<CriterionChange> changes = SuggestionChanges.between(RUBRIC, before, after);

        CriterionDefinition strategy = RUBRIC.criteria().getFirst();
        assertThat(changes)
                .containsExactly(new CriterionChange("strategy", strategy.title(), "Good", 13, "Very good", 15));
        assertThat(SuggestionChanges.changed(RUBRIC, before, after)).isTrue();
    }

    @Test
    void a_score_that_moves_inside_the_same_level_and_mark_is_no_change() {
        SuggestedGrade before = grade("Good", 13, 0.51);
        SuggestedGrade after = grade("Good", 13, 0.52);

        assertThat(SuggestionChanges.between(RUBRIC, before, after)).isEmpty();
        assertThat(SuggestionChanges.changed(RUBRIC, before, after)).isFalse();
    }

    @Test
    void a_first_suggestion_is_a_change_but_lists_no_criterion_as_changed() {
        SuggestedGrade after = grade("Good", 13);

        assertThat(SuggestionChanges.between(RUBRIC, null, after)).isEmpty();
        assertThat(SuggestionChanges.changed(RUBRIC, null, after)).isTrue();
    }

    @Test
    void a_band_that_moves_with_the_same_criteria_is_a_change() {
        SuggestedGrade before = grade("Good", 13);
        SuggestedGrade after = new SuggestedGrade(before.criteria(), before.total(), "Merit");

        assertThat(SuggestionChanges.between(RUBRIC, before, after)).isEmpty();
        assertThat(SuggestionChanges.changed(RUBRIC, before, after)).isTrue();
    }

    /** Every criterion "Adequate" 10, except strategy at {@code level}/{@code mark}. */
    private static SuggestedGrade grade(String level, int mark) {
        return grade(level, mark, 0.5);
    }

    private static SuggestedGrade grade(String level, int mark, double score) {
        List<CriterionSuggestion> criteria = RUBRIC.criteria().stream()
                .map(criterion -> criterion.id().equals("strategy")
                        ? new CriterionSuggestion(criterion.id(), score, level, mark, List.of())
                        : new CriterionSuggestion(criterion.id(), 0.4, "Adequate", 10, List.of()))
                .toList();
        int total = criteria.stream().mapToInt(CriterionSuggestion::mark).sum();
        return new SuggestedGrade(criteria, total, RUBRIC.bandFor(total));
    }
}
