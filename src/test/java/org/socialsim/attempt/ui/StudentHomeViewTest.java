package org.socialsim.attempt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.AttemptStatus;
import org.socialsim.grading.ui.FeedbackView;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
@WithUserDetails("student1")
class StudentHomeViewTest extends AttemptViewTest {

    @Test
    void a_new_assignment_shows_its_facts_and_start_opens_the_attempt_at_the_brief() {
        long assignmentId = fixtures.firstAssignment();
        navigate(StudentHomeView.class);

        assertThat(status(assignmentId)).isEqualTo("Not started");
        assertThat(cardText(assignmentId))
                .contains("BrewHaven: launching a cold-brew range")
                .contains("due in 27 days");
        Button start = button(assignmentId);
        assertThat(start.getText()).isEqualTo("Start");

        test(start).click();

        assertThat(getCurrentView()).isInstanceOf(BriefView.class);
        assertThat(attempts.myAssignments().getFirst().status()).isEqualTo(AttemptStatus.IN_PROGRESS);
    }

    @Test
    void continue_goes_back_to_the_step_the_student_last_opened() {
        AttemptState state = fixtures.planned(2);
        attempts.visited(state.attemptId(), AttemptStep.EVALUATION.segment());
        // The visit is a bulk update; in the app the next request reads it afresh, here the test's transaction must.
        entityManager.clear();
        navigate(StudentHomeView.class);

        assertThat(status(state.assignmentId())).isEqualTo("In progress · week 2 of 6 run");
        Button resume = button(state.assignmentId());
        assertThat(resume.getText()).isEqualTo("Continue where you left off");
        assertThat(cardText(state.assignmentId())).contains("at Evaluation");

        test(resume).click();

        assertThat(getCurrentView()).isInstanceOf(EvaluationView.class);
    }

    @Test
    void an_assignment_not_yet_open_cannot_be_started_and_says_when_it_opens() {
        long assignmentId = fixtures.firstAssignment();
        fixtures.moveAssignment(assignmentId, Duration.ofDays(2), Duration.ofDays(30));
        navigate(StudentHomeView.class);

        assertThat(status(assignmentId)).isEqualTo("Not open yet");
        assertThat(button(assignmentId).isEnabled()).isFalse();
        assertThat(cardText(assignmentId)).contains("Opens on");
    }

    @Test
    void work_past_its_deadline_is_marked_overdue() {
        long assignmentId = fixtures.firstAssignment();
        fixtures.moveAssignment(assignmentId, Duration.ofDays(-30), Duration.ofHours(-1));
        navigate(StudentHomeView.class);

        assertThat(cardText(assignmentId)).contains("overdue");
        assertThat(button(assignmentId).isEnabled()).isTrue();
    }

    @Test
    void a_submitted_attempt_leads_to_its_submission_and_a_marked_one_to_the_feedback() {
        AttemptState submitted = fixtures.submitted();
        navigate(StudentHomeView.class);
        assertThat(status(submitted.assignmentId())).startsWith("Submitted ");
        assertThat(cardText(submitted.assignmentId())).doesNotContain("due in");
        test(button(submitted.assignmentId())).click();
        assertThat(getCurrentView()).isInstanceOf(SubmitView.class);

        fixtures.release(submitted.attemptId());
        navigate(StudentHomeView.class);
        assertThat(status(submitted.assignmentId())).isEqualTo("Marked · feedback ready");
        assertThat(button(submitted.assignmentId()).getText()).isEqualTo("Read your feedback");
        test(button(submitted.assignmentId())).click();
        assertThat(getCurrentView()).isInstanceOf(FeedbackView.class);
    }

    private Button button(long assignmentId) {
        return $(Button.class).id("home-continue-" + assignmentId);
    }

    private String status(long assignmentId) {
        return $(Span.class)
                .from(card(assignmentId))
                .withClassName("assignment-status")
                .first()
                .getText();
    }

    private String cardText(long assignmentId) {
        return card(assignmentId).getElement().getOuterHTML();
    }

    private Section card(long assignmentId) {
        return $(Section.class).id("home-assignment-" + assignmentId);
    }
}
