package org.socialsim.grading.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.ui.AttemptStep;
import org.socialsim.attempt.ui.BriefView;
import org.socialsim.base.ui.AccessDeniedView;
import org.socialsim.grading.MarkerRole;
import org.socialsim.grading.MarkingSheet;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
@WithUserDetails("student1")
class FeedbackViewTest extends MarkingViewTestBase {

    @Test
    void while_the_work_can_still_change_the_debrief_is_not_reachable_and_not_listed() {
        AttemptState state = fixtures.started("student1");

        navigate(AttemptStep.FEEDBACK.path(state.attemptId()), BriefView.class);

        assertThat($(Anchor.class).all()).noneMatch(link -> link.getHref().endsWith("/feedback"));
        assertThat(segmentCards()).isEmpty();
    }

    @Test
    void a_submitted_attempt_not_yet_released_does_not_reveal_the_segments_nor_the_marks() {
        AttemptState state = fixtures.submitted("student1");
        fixtures.markedByTutor1(state.attemptId());

        navigate(AttemptStep.FEEDBACK.path(state.attemptId()), BriefView.class);

        assertThat(segmentCards()).isEmpty();
        assertThat(getCurrentView().getElement().getOuterHTML()).doesNotContain("Weekday commuters");
        assertThat($(Span.class).withId("feedback-total").all()).isEmpty();
    }

    @Test
    void once_released_the_debrief_shows_every_true_segment_beside_every_persona() {
        AttemptState state = fixtures.submitted("student1");
        fixtures.released(state.attemptId());

        navigate(AttemptStep.FEEDBACK.path(state.attemptId()), FeedbackView.class);

        assertThat(segmentCards()).hasSize(state.scenario().segments().size());
        assertThat($(Section.class).id("debrief-segment-commuters").getElement().getTextRecursively())
                .contains("Weekday commuters")
                .contains("40% of the audience")
                .contains("Instagram 70%, TikTok 30%")
                .contains("25–40");
        assertThat($(Section.class).withClassName("persona-card").all())
                .hasSize(state.plan().personas().size())
                .allSatisfy(card ->
                        assertThat(card.getElement().getTextRecursively()).contains("Closest segment: "));
        assertThat($(Anchor.class).all()).anyMatch(link -> link.getHref().endsWith("/feedback"));
    }

    @Test
    void once_released_the_student_reads_the_total_the_band_and_every_criterions_mark_comment_and_evidence() {
        AttemptState state = fixtures.submitted("student1");
        MarkingSheet marked = fixtures.as("tutor1", () -> {
            MarkingSheet sheet = grading.sheet(state.attemptId(), MarkerRole.FIRST);
            sheet = grading.mark(
                    sheet.sheetId(), sheet.version(), "strategy", "Good", 14, "Your objectives all have deadlines.");
            return grading.writeFeedback(sheet.sheetId(), sheet.version(), "A solid plan overall.");
        });
        fixtures.as("tutor1", () -> {
            MarkingSheet sheet = marked;
            for (var criterion : sheet.rubric().criteria()) {
                if (!criterion.id().equals("strategy")) {
                    sheet = grading.acceptSuggestion(sheet.sheetId(), sheet.version(), criterion.id());
                }
            }
            sheet = grading.complete(sheet.sheetId(), sheet.version());
            return grading.release(sheet.assignmentId());
        });
        MarkingSheet released = fixtures.as("tutor1", () -> grading.sheet(state.attemptId(), MarkerRole.FIRST));

        navigate(AttemptStep.FEEDBACK.path(state.attemptId()), FeedbackView.class);

        assertThat($(Span.class).id("feedback-total").getText()).isEqualTo(released.total() + " / 100");
        assertThat($(Span.class).id("feedback-band").getText()).isEqualTo("Band " + released.band());
        assertThat($(Div.class).id("feedback-overall").getElement().getTextRecursively())
                .contains("A solid plan overall.");
        List<Div> criteria = $(Div.class).withClassName("feedback-criterion").all();
        assertThat(criteria).hasSize(released.rubric().criteria().size());
        String strategy = $(Div.class).id("feedback-criterion-1").getElement().getTextRecursively();
        assertThat(strategy)
                .contains(released.rubric().criteria().getFirst().title())
                .contains("Good")
                .contains("14 / 25")
                .contains("Your objectives all have deadlines.")
                .contains("What the automatic checks found");
        assertThat($(Div.class).id("feedback-criterion-1").getElement().getOuterHTML())
                .contains("evidence-line");
    }

    @Test
    @WithUserDetails("student2")
    void another_student_cannot_open_a_released_feedback() {
        AttemptState state = fixtures.submitted("student1");
        fixtures.released(state.attemptId());

        navigate(AttemptStep.FEEDBACK.path(state.attemptId()), AccessDeniedView.class);

        assertThat($(FeedbackView.class).all()).isEmpty();
    }

    private List<Section> segmentCards() {
        return $(Section.class).withClassName("segment-card").all();
    }
}
