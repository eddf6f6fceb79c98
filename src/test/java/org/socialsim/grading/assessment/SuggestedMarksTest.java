package org.socialsim.grading.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialsim.rubric.definition.AssessorName;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.EvidenceDefinition;
import org.socialsim.rubric.definition.LevelDefinition;

class SuggestedMarksTest {

    private static final LevelDefinition EXCELLENT = new LevelDefinition("Excellent", 0.70, 18, 25, "x");
    private static final LevelDefinition VERY_GOOD = new LevelDefinition("Very good", 0.60, 15, 17, "x");
    private static final LevelDefinition INSUFFICIENT = new LevelDefinition("Insufficient", 0.0, 0, 14, "x");
    private static final CriterionDefinition STRATEGY = new CriterionDefinition(
            "strategy",
            "Strategy",
            "",
            25,
            List.of(new EvidenceDefinition(AssessorName.SMART_OBJECTIVES, 1.0, Map.of())),
            List.of(EXCELLENT, VERY_GOOD, INSUFFICIENT));

    @Test
    void every_assessor_a_rubric_can_name_is_registered() {
        for (AssessorName name : AssessorName.values()) {
            assertThat(Assessors.of(name)).as(name.yamlName()).isNotNull();
        }
    }

    @Test
    void the_shipped_rubrics_suggest_a_level_and_mark_for_every_criterion_of_any_submission() {
        for (String rubricId : List.of("smm-coursework", "crisis-community-practical")) {
            var rubric = Submissions.rubric(rubricId);
            for (Submission submission : List.of(
                    Submissions.empty(Submissions.brewhaven()), Submissions.competentPlan(Submissions.brewhaven()))) {
                SuggestedGrade grade = SuggestedMarks.suggest(rubric, submission);
                assertThat(grade.criteria()).hasSameSizeAs(rubric.criteria());
                assertThat(grade.total())
                        .isEqualTo(grade.criteria().stream()
                                .mapToInt(CriterionSuggestion::mark)
                                .sum())
                        .isBetween(0, rubric.marks());
                assertThat(grade.band()).isEqualTo(rubric.bandFor(grade.total()));
                for (CriterionSuggestion criterion : grade.criteria()) {
                    assertThat(criterion.score()).isBetween(0.0, 1.0);
                    assertThat(criterion.results()).isNotEmpty();
                }
            }
        }
    }

    @Test
    void an_empty_submission_fails_and_the_competent_plan_without_written_work_does_better() {
        var rubric = Submissions.rubric("smm-coursework");
        SuggestedGrade empty = SuggestedMarks.suggest(rubric, Submissions.empty(Submissions.brewhaven()));
        SuggestedGrade competent = SuggestedMarks.suggest(rubric, Submissions.competentPlan(Submissions.brewhaven()));

        assertThat(empty.total()).isZero();
        assertThat(empty.band()).isEqualTo("fail");
        assertThat(competent.total()).isGreaterThan(empty.total() + 30);
    }

    @Test
    void a_serious_error_caps_the_criterion_however_good_the_rest_is() {
        var rubric = Submissions.rubric("smm-coursework");
        Submission competent = Submissions.competentPlan(Submissions.brewhaven());
        Assessment perfect = new Assessment(1.0, List.of(EvidenceLine.strength("All good.")));

        assertThat(perfect.cappedAt(Assessment.AT_MOST_GOOD).cappedAt(0.9).ceiling())
                .isEqualTo(Assessment.AT_MOST_GOOD);
        SuggestedGrade grade = SuggestedMarks.suggest(rubric, competent);
        for (CriterionSuggestion criterion : grade.criteria()) {
            double lowestCeiling = criterion.results().stream()
                    .mapToDouble(result -> result.assessment().ceiling())
                    .min()
                    .orElseThrow();
            assertThat(criterion.score()).isLessThanOrEqualTo(lowestCeiling);
        }
    }

    @Test
    void a_score_just_over_a_threshold_gets_the_levels_lowest_mark() {
        assertThat(SuggestedMarks.markWithin(STRATEGY, VERY_GOOD, 0.60)).isEqualTo(15);
        assertThat(SuggestedMarks.markWithin(STRATEGY, EXCELLENT, 0.70)).isEqualTo(18);
        assertThat(SuggestedMarks.markWithin(STRATEGY, INSUFFICIENT, 0.0)).isZero();
    }

    @Test
    void a_score_just_under_the_next_threshold_gets_the_levels_highest_mark() {
        assertThat(SuggestedMarks.markWithin(STRATEGY, VERY_GOOD, 0.6999)).isEqualTo(17);
        assertThat(SuggestedMarks.markWithin(STRATEGY, INSUFFICIENT, 0.5999)).isEqualTo(14);
        assertThat(SuggestedMarks.markWithin(STRATEGY, EXCELLENT, 1.0)).isEqualTo(25);
    }

    @Test
    void every_mark_of_a_level_can_be_suggested_and_marks_rise_with_the_score() {
        int previous = -1;
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        for (int i = 0; i <= 1000; i++) {
            double score = i / 1000.0;
            LevelDefinition level = STRATEGY.levelFor(score);
            int mark = SuggestedMarks.markWithin(STRATEGY, level, score);
            assertThat(mark).isBetween(level.minMarks(), level.maxMarks()).isGreaterThanOrEqualTo(previous);
            previous = mark;
            seen.add(mark);
        }
        assertThat(seen).hasSize(26);
    }
}
