package org.socialsim.attempt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.AttemptStatus;
import org.socialsim.attempt.work.SubmissionChecklist;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
@WithUserDetails("student1")
class SubmitViewTest extends AttemptViewTest {

    @Test
    void weeks_still_to_run_block_the_submission_and_come_first_with_a_link_to_the_weeks() {
        AttemptState state = fixtures.planned(2);

        SubmitView view = navigate(AttemptStep.SUBMIT.path(state.attemptId()), SubmitView.class);

        List<ListItem> gaps = $(ListItem.class).from(view.checklist).all();
        assertThat(gaps).isNotEmpty();
        ListItem first = gaps.getFirst();
        assertThat(first.getClassNames()).contains("gap-blocking");
        assertThat(first.getElement().getTextRecursively()).contains("Run the remaining 4 of 6 weeks");
        assertThat($(Anchor.class).from(first).first().getHref()).isEqualTo(AttemptStep.WEEKS.path(state.attemptId()));
        assertThat(gaps.subList(1, gaps.size()))
                .allMatch(gap -> gap.getClassNames().contains("gap-advice"));
        assertThat(view.submit.isEnabled()).isFalse();
    }

    @Test
    void advice_links_to_the_step_that_fixes_it() {
        assertThat(SubmitView.stepThatFixes(SubmissionChecklist.Kind.TOO_FEW_PERSONAS))
                .isEqualTo(AttemptStep.PERSONAS);
        assertThat(SubmitView.stepThatFixes(SubmissionChecklist.Kind.NO_SEVEN_PS))
                .isEqualTo(AttemptStep.EVALUATION);
        assertThat(SubmitView.stepThatFixes(SubmissionChecklist.Kind.SWOT_INCOMPLETE))
                .isEqualTo(AttemptStep.ANALYSIS);
    }

    @Test
    void submitting_asks_for_confirmation_then_locks_the_attempt_everywhere() {
        AttemptState state = fixtures.planned(6);
        SubmitView view = navigate(AttemptStep.SUBMIT.path(state.attemptId()), SubmitView.class);
        assertThat(view.submit.isEnabled()).isTrue();
        assertThat(view.submit.getText()).isEqualTo("Submit");

        test(view.submit).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).first();
        assertThat(confirm.getElement().getProperty("message")).contains("cannot change");
        test(confirm).confirm();

        AttemptState submitted = attempts.attempt(state.attemptId());
        assertThat(submitted.status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(submitted.editable()).isFalse();
        assertThat($(Paragraph.class).id("submit-submitted-at").getText()).startsWith("Handed in on");
        assertThat($(Span.class).withId("submit-late").all()).isEmpty();

        EvaluationView evaluation = navigate(AttemptStep.EVALUATION.path(state.attemptId()), EvaluationView.class);
        assertThat(evaluation.whatHappened.isReadOnly()).isTrue();
        SubmitView again = navigate(AttemptStep.SUBMIT.path(state.attemptId()), SubmitView.class);
        assertThat(again.submit.isAttached()).isFalse();
    }

    @Test
    void cancelling_the_confirmation_submits_nothing() {
        AttemptState state = fixtures.planned(6);
        SubmitView view = navigate(AttemptStep.SUBMIT.path(state.attemptId()), SubmitView.class);

        test(view.submit).click();
        test($(ConfirmDialog.class).first()).cancel();

        assertThat(attempts.attempt(state.attemptId()).status()).isEqualTo(AttemptStatus.IN_PROGRESS);
    }

    @Test
    void after_the_deadline_the_submission_is_allowed_and_labelled_late() {
        fixtures.moveAssignment(fixtures.firstAssignment(), Duration.ofDays(-40), Duration.ofDays(-1));
        AttemptState state = fixtures.planned(6);
        SubmitView view = navigate(AttemptStep.SUBMIT.path(state.attemptId()), SubmitView.class);
        assertThat($(Paragraph.class).id("submit-deadline").getText()).contains("marked as late");
        assertThat(view.submit.getText()).isEqualTo("Submit late");

        test(view.submit).click();
        test($(ConfirmDialog.class).first()).confirm();

        assertThat($(Span.class).id("submit-late").getText()).startsWith("Late");
        assertThat(attempts.attempt(state.attemptId()).status()).isEqualTo(AttemptStatus.SUBMITTED);
    }
}
