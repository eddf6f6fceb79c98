package org.socialsim.attempt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.attempt.AttemptState;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
@WithUserDetails("student1")
class FeedbackViewTest extends AttemptViewTest {

    @Test
    void while_the_work_can_still_change_the_debrief_is_not_reachable_and_not_listed() {
        AttemptState state = fixtures.planned(6);

        navigate(AttemptStep.FEEDBACK.path(state.attemptId()), BriefView.class);

        assertThat($(Anchor.class).all()).noneMatch(link -> link.getHref().endsWith("/feedback"));
        assertThat(segmentCards()).isEmpty();
    }

    @Test
    void a_submitted_attempt_not_yet_released_does_not_reveal_the_segments() {
        AttemptState state = fixtures.submitted();

        navigate(AttemptStep.FEEDBACK.path(state.attemptId()), BriefView.class);

        assertThat(segmentCards()).isEmpty();
        assertThat(getCurrentView().getElement().getOuterHTML()).doesNotContain("Weekday commuters");
    }

    @Test
    void once_released_the_debrief_shows_every_true_segment_beside_every_persona() {
        AttemptState state = fixtures.submitted();
        fixtures.release(state.attemptId());

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
        assertThat($(Section.class).id("debrief-marks").getElement().getTextRecursively())
                .contains("appear here when the grading is released");
        assertThat($(Anchor.class).all()).anyMatch(link -> link.getHref().endsWith("/feedback"));
    }

    private java.util.List<Section> segmentCards() {
        return $(Section.class).withClassName("segment-card").all();
    }
}
