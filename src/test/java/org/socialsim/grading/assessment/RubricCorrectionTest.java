package org.socialsim.grading.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.grading.assessment.RubricCorrection.GivenMark;
import org.socialsim.grading.assessment.RubricCorrection.MarksOutsideLevels;
import org.socialsim.grading.assessment.RubricCorrection.OtherCriteria;
import org.socialsim.grading.assessment.RubricCorrection.OtherMarks;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.GradeBoundary;
import org.socialsim.rubric.definition.LevelDefinition;
import org.socialsim.rubric.definition.RubricDefinition;

class RubricCorrectionTest {

    private static final RubricDefinition SHIPPED = Submissions.rubric("smm-coursework");
    private static final List<GivenMark> GIVEN = List.of(
            new GivenMark("Ann Archer", "strategy", "Very good", 16),
            new GivenMark("Ann Archer", "content-plan", "Good", 13),
            new GivenMark("Ben Brook", "strategy", "Adequate", 10));

    @Test
    void a_correction_of_thresholds_weights_and_boundaries_fits_the_marks_given() {
        RubricDefinition corrected = new RubricDefinition(
                SHIPPED.id(),
                SHIPPED.title(),
                SHIPPED.description(),
                SHIPPED.marks(),
                List.of(new GradeBoundary("Fail", 0), new GradeBoundary("Pass", 45)),
                SHIPPED.criteria().stream()
                        .map(criterion -> withLevels(
                                criterion,
                                criterion.levels().stream()
                                        .map(level -> new LevelDefinition(
                                                level.label(),
                                                level.from() * 0.9,
                                                level.minMarks(),
                                                level.maxMarks(),
                                                level.descriptor() + " (clarified)"))
                                        .toList()))
                        .toList());

        assertThat(RubricCorrection.check(SHIPPED, corrected, GIVEN)).isEmpty();
    }

    @Test
    void with_no_marks_given_any_version_of_the_rubric_fits() {
        RubricDefinition fewer = withCriteria(SHIPPED.criteria().subList(0, 2));

        assertThat(RubricCorrection.check(SHIPPED, fewer, List.of())).isEmpty();
    }

    @Test
    void a_version_without_a_criterion_is_refused_naming_it() {
        List<CriterionDefinition> criteria = new ArrayList<>(SHIPPED.criteria());
        CriterionDefinition removed = criteria.removeLast();

        assertThat(RubricCorrection.check(SHIPPED, withCriteria(criteria), GIVEN))
                .contains(new OtherCriteria(List.of(removed.id()), List.of()));
    }

    @Test
    void a_criterion_out_of_other_marks_is_refused_naming_it() {
        List<CriterionDefinition> criteria = new ArrayList<>(SHIPPED.criteria());
        CriterionDefinition strategy = criteria.getFirst();
        criteria.set(
                0,
                new CriterionDefinition(
                        strategy.id(),
                        strategy.title(),
                        strategy.guidance(),
                        30,
                        strategy.evidence(),
                        strategy.levels()));

        assertThat(RubricCorrection.check(SHIPPED, withCriteria(criteria), GIVEN))
                .contains(new OtherMarks(strategy.title(), 25, 30));
    }

    @Test
    void a_moved_level_range_that_leaves_a_given_mark_outside_is_refused_naming_the_student_and_criterion() {
        // "Very good" becomes 17 only (16 goes to "Good"): Ann's 16 in "Very good" no longer fits.
        CriterionDefinition strategy = SHIPPED.criteria().getFirst();
        List<LevelDefinition> levels = new ArrayList<>(strategy.levels());
        levels.set(1, range(levels.get(1), 17, 17));
        levels.set(2, range(levels.get(2), 13, 16));
        List<CriterionDefinition> criteria = new ArrayList<>(SHIPPED.criteria());
        criteria.set(0, withLevels(strategy, levels));

        assertThat(RubricCorrection.check(SHIPPED, withCriteria(criteria), GIVEN))
                .contains(new MarksOutsideLevels(
                        List.of(new GivenMark("Ann Archer", strategy.title(), "Very good", 16))));
    }

    @Test
    void a_renamed_level_is_refused_for_every_mark_given_in_it() {
        CriterionDefinition strategy = SHIPPED.criteria().getFirst();
        List<LevelDefinition> levels = new ArrayList<>(strategy.levels());
        LevelDefinition adequate = levels.get(3);
        levels.set(
                3,
                new LevelDefinition(
                        "Satisfactory",
                        adequate.from(),
                        adequate.minMarks(),
                        adequate.maxMarks(),
                        adequate.descriptor()));
        List<CriterionDefinition> criteria = new ArrayList<>(SHIPPED.criteria());
        criteria.set(0, withLevels(strategy, levels));

        assertThat(RubricCorrection.check(SHIPPED, withCriteria(criteria), GIVEN))
                .contains(
                        new MarksOutsideLevels(List.of(new GivenMark("Ben Brook", strategy.title(), "Adequate", 10))));
    }

    @Test
    void a_renamed_level_nobody_has_used_fits() {
        CriterionDefinition strategy = SHIPPED.criteria().getFirst();
        List<LevelDefinition> levels = new ArrayList<>(strategy.levels());
        LevelDefinition excellent = levels.getFirst();
        levels.set(
                0,
                new LevelDefinition("Outstanding", excellent.from(), excellent.minMarks(), excellent.maxMarks(), "x"));
        List<CriterionDefinition> criteria = new ArrayList<>(SHIPPED.criteria());
        criteria.set(0, withLevels(strategy, levels));

        assertThat(RubricCorrection.check(SHIPPED, withCriteria(criteria), GIVEN))
                .isEmpty();
    }

    private static RubricDefinition withCriteria(List<CriterionDefinition> criteria) {
        return new RubricDefinition(
                SHIPPED.id(),
                SHIPPED.title(),
                SHIPPED.description(),
                criteria.stream().mapToInt(CriterionDefinition::marks).sum(),
                List.of(new GradeBoundary("Fail", 0)),
                criteria);
    }

    private static CriterionDefinition withLevels(CriterionDefinition criterion, List<LevelDefinition> levels) {
        return new CriterionDefinition(
                criterion.id(),
                criterion.title(),
                criterion.guidance(),
                criterion.marks(),
                criterion.evidence(),
                levels);
    }

    private static LevelDefinition range(LevelDefinition level, int min, int max) {
        return new LevelDefinition(level.label(), level.from(), min, max, level.descriptor());
    }
}
