package org.socialsim.attempt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.AttemptStatus;
import org.socialsim.attempt.AttemptSummary;
import org.socialsim.base.ui.AccessDeniedView;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
class AssignmentAttemptsViewTest extends AttemptViewTest {

    @Test
    @WithUserDetails("tutor1")
    void a_tutor_opens_the_attempts_from_the_assignment_and_sees_who_submitted() {
        AttemptState submitted = fixtures.as("student1", () -> fixtures.submitted());
        AttemptState started = fixtures.as("student2", () -> fixtures.planned(1));

        AssignmentAttemptsView view =
                navigate("tutor/assignments/" + submitted.assignmentId() + "/attempts", AssignmentAttemptsView.class);

        assertThat(test(view.attemptsGrid).size()).isEqualTo(2);
        AttemptSummary first = test(view.attemptsGrid).getRow(0);
        AttemptSummary second = test(view.attemptsGrid).getRow(1);
        assertThat(java.util.List.of(first, second))
                .extracting(AttemptSummary::attemptId, AttemptSummary::status, AttemptSummary::weeksRun)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(submitted.attemptId(), AttemptStatus.SUBMITTED, 6),
                        org.assertj.core.groups.Tuple.tuple(started.attemptId(), AttemptStatus.IN_PROGRESS, 1));
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("tutor1")
    void the_attempt_link_opens_the_students_work_read_only() {
        AttemptState submitted = fixtures.as("student1", () -> fixtures.submitted());

        navigate("tutor/assignments/" + submitted.assignmentId() + "/attempts", AssignmentAttemptsView.class);
        String href = AttemptStep.BRIEF.path(submitted.attemptId());
        BriefView brief = navigate(href, BriefView.class);
        assertThat(brief).isNotNull();
        EvaluationView evaluation = navigate(AttemptStep.EVALUATION.path(submitted.attemptId()), EvaluationView.class);
        assertThat(evaluation.whatHappened.isReadOnly()).isTrue();
    }

    @Test
    @WithUserDetails("tutor2")
    void another_tutors_assignment_is_refused() {
        long groupAAssignment = fixtures.as("student1", () -> fixtures.firstAssignment());

        navigate("tutor/assignments/" + groupAAssignment + "/attempts", AccessDeniedView.class);

        assertThat($(AssignmentAttemptsView.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("tutor1")
    void an_assignment_nobody_has_opened_says_so() {
        long assignmentId = fixtures.as("student1", () -> fixtures.firstAssignment());

        AssignmentAttemptsView view =
                navigate("tutor/assignments/" + assignmentId + "/attempts", AssignmentAttemptsView.class);

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.attemptsGrid.isVisible()).isFalse();
    }
}
