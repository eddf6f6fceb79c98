package org.socialsim.grading.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.attempt.AttemptState;
import org.socialsim.grading.GradingService.SecondMarking;
import org.socialsim.grading.MarkerRole;
import org.socialsim.grading.SheetStatus;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
@WithUserDetails("tutor2")
class SecondMarkingViewTest extends MarkingViewTestBase {

    @Test
    void a_tutor_sees_the_submissions_they_were_asked_to_second_mark_with_a_link_to_each() {
        AttemptState submitted = fixtures.submitted("student1");
        long tutor2 = fixtures.as(
                "tutor1",
                () -> grading.possibleSecondMarkers(submitted.assignmentId()).stream()
                        .filter(marker -> marker.name().equals("Tomás Oyelaran"))
                        .findFirst()
                        .orElseThrow()
                        .id());
        fixtures.as("tutor1", () -> {
            grading.assignSecondMarker(submitted.attemptId(), tutor2);
            return null;
        });

        SecondMarkingView view = navigate("tutor/second-marking", SecondMarkingView.class);

        assertThat(test(view.grid).size()).isEqualTo(1);
        SecondMarking row = test(view.grid).getRow(0);
        assertThat(row.studentName()).isEqualTo("Zoë Achterberg");
        assertThat(row.status()).isEqualTo(SheetStatus.ASSIGNED);
        Anchor mark = (Anchor) test(view.grid).getCellComponent(0, "mark");
        assertThat(mark.getId()).contains("second-marking-mark-" + submitted.attemptId());
        assertThat(mark.getHref()).isEqualTo(MarkingView.path(submitted.attemptId(), MarkerRole.SECOND));
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void with_nothing_to_second_mark_the_page_says_so() {
        SecondMarkingView view = navigate("tutor/second-marking", SecondMarkingView.class);

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.grid.isVisible()).isFalse();
    }
}
