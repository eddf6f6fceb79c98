package org.socialsim.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.account.CohortService;
import org.socialsim.attempt.AttemptService;
import org.socialsim.base.UserFacingException;
import org.socialsim.grading.assessment.CriterionSuggestion;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.LevelDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
@WithUserDetails("tutor1")
class ModerationServiceTest {

    private static final String DIFFERING = "strategy";
    private static final String SAME = "evaluation";

    @Autowired
    AttemptService attempts;

    @Autowired
    GradingService grading;

    @Autowired
    ModerationService moderation;

    @Autowired
    CohortService cohorts;

    @Autowired
    UserDetailsService users;

    ModerationFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ModerationFixtures(attempts, grading, cohorts, users);
    }

    private long doubleMarked(boolean secondComplete) {
        long attemptId = fixtures.submitted("student1").attemptId();
        fixtures.firstMarked(attemptId);
        fixtures.secondMarkerNamed(attemptId);
        fixtures.secondMarked(attemptId, DIFFERING, secondComplete);
        return attemptId;
    }

    @Test
    void nobody_sees_the_markings_side_by_side_before_both_are_complete() {
        long attemptId = doubleMarked(false);

        Moderation seen = moderation.moderation(attemptId);

        assertThat(seen.comparison()).isNull();
        assertThat(seen.agreed()).isNull();
        assertThat(seen.mayAgree()).isFalse();
        assertThatThrownBy(() -> fixtures.as("tutor2", () -> moderation.moderation(attemptId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void opening_a_finished_double_marking_starts_the_agreed_marks_with_what_both_markers_gave() {
        long attemptId = doubleMarked(true);
        MarkingSheet first = grading.sheet(attemptId, MarkerRole.FIRST);

        Moderation seen = moderation.moderation(attemptId);

        MarkingSheet agreed = seen.agreed();
        assertThat(agreed).isNotNull();
        assertThat(agreed.role()).isEqualTo(MarkerRole.AGREED);
        assertThat(agreed.marks()).containsKey(SAME).doesNotContainKey(DIFFERING);
        assertThat(agreed.marks().get(SAME)).isEqualTo(first.marks().get(SAME));
        assertThat(agreed.overallFeedback()).isEqualTo(first.overallFeedback());
        assertThat(seen.mayAgree()).isTrue();
        assertThat(seen.comparison()).isNotNull();
        assertThat(seen.comparison().rows())
                .allSatisfy(row -> assertThat(row.suggested()).isNotNull());
    }

    @Test
    void a_decision_other_than_what_both_markers_gave_also_needs_a_reason() {
        long attemptId = doubleMarked(true);
        MarkingSheet agreed = moderation.moderation(attemptId).agreed();
        CriterionDefinition criterion = agreed.rubric().criteria().stream()
                .filter(candidate -> candidate.id().equals(SAME))
                .findFirst()
                .orElseThrow();
        LevelDefinition other = ModerationFixtures.otherLevel(
                criterion, agreed.marks().get(SAME).level());

        assertThatThrownBy(() -> moderation.agree(
                        agreed.sheetId(), agreed.version(), SAME, other.label(), other.minMarks(), "  "))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("grading.agree.reason-required");
    }

    @Test
    void an_agreed_mark_must_lie_inside_its_level_and_keeps_the_first_markers_comment_for_the_student() {
        long attemptId = doubleMarked(true);
        MarkingSheet agreed = moderation.moderation(attemptId).agreed();
        CriterionSuggestion suggested = fixtures.suggestion(attemptId).criterion(DIFFERING);
        CriterionDefinition criterion = agreed.rubric().criteria().getFirst();
        LevelDefinition level = criterion.levels().stream()
                .filter(candidate -> candidate.label().equals(suggested.level()))
                .findFirst()
                .orElseThrow();

        assertThatThrownBy(() -> moderation.agree(
                        agreed.sheetId(), agreed.version(), DIFFERING, level.label(), level.maxMarks() + 1, "why"))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("grading.mark-outside-level");

        Moderation after = moderation.agree(
                agreed.sheetId(), agreed.version(), DIFFERING, level.label(), level.minMarks(), "Descriptor fits.");

        CriterionMark mark = after.agreed().marks().get(DIFFERING);
        assertThat(mark.level()).isEqualTo(level.label());
        assertThat(mark.comment())
                .isEqualTo(grading.sheet(attemptId, MarkerRole.FIRST)
                        .marks()
                        .get(DIFFERING)
                        .comment());
        assertThat(after.reasons()).containsEntry(DIFFERING, "Descriptor fits.");
        assertThat(after.agreed().history())
                .anyMatch(decision -> decision.action() == MarkingAction.AGREED
                        && DIFFERING.equals(decision.criterion())
                        && "Descriptor fits.".equals(decision.note())
                        && decision.by().equals("Dr Priya Natarajan"));
    }

    @Test
    void only_the_cohorts_tutor_agrees_final_marks() {
        long attemptId = doubleMarked(true);
        MarkingSheet agreed = moderation.moderation(attemptId).agreed();

        assertThatThrownBy(() -> fixtures.as(
                        "tutor2",
                        () -> moderation.agree(
                                agreed.sheetId(), agreed.version(), SAME, "Excellent", 20, "I think so")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.as("tutor2", () -> moderation.moderation(attemptId)).mayAgree())
                .isFalse();
    }

    @Test
    void an_administrator_may_look_but_the_cohorts_tutor_starts_the_agreed_marks() {
        long attemptId = doubleMarked(true);

        Moderation asAdmin = fixtures.as("admin", () -> moderation.moderation(attemptId));

        assertThat(asAdmin.comparison()).isNotNull();
        assertThat(asAdmin.agreed()).isNull();
        assertThat(asAdmin.mayAgree()).isFalse();
        Moderation asTutor = moderation.moderation(attemptId);
        assertThat(asTutor.agreed()).isNotNull();
        assertThat(asTutor.agreed().markerName()).isEqualTo("Dr Priya Natarajan");
        assertThat(asTutor.mayAgree()).isTrue();
    }

    @Test
    void the_reports_of_another_tutors_assignment_are_refused() {
        long assignmentId = fixtures.submitted("student1").assignmentId();

        assertThatThrownBy(() -> fixtures.as("tutor2", () -> moderation.agreement(assignmentId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("tutor2", () -> moderation.cohort(assignmentId)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
