package org.socialsim.grading.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.AttemptStatus;
import org.socialsim.base.ui.AccessDeniedView;
import org.socialsim.grading.MarkerRole;
import org.socialsim.grading.MarkingQueueRow;
import org.socialsim.grading.MarkingStage;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
@WithUserDetails("tutor1")
class MarkingQueueViewTest extends MarkingViewTestBase {

    @Test
    void the_queue_lists_every_student_with_their_stage_and_the_suggested_total() {
        AttemptState submitted = fixtures.submitted("student1");
        fixtures.started("student2");

        MarkingQueueView view = open(submitted.assignmentId());

        assertThat(rows(view))
                .extracting(MarkingQueueRow::studentName, MarkingQueueRow::stage)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Kwame Mensah", MarkingStage.NOT_SUBMITTED),
                        org.assertj.core.groups.Tuple.tuple("Zoë Achterberg", MarkingStage.TO_MARK));
        MarkingQueueRow zoe = row(view, submitted.attemptId());
        assertThat(zoe.suggestedTotal()).isNotNull();
        Anchor mark = (Anchor) test(view.grid).getCellComponent(index(view, submitted.attemptId()), "mark");
        assertThat(mark.getId()).contains("queue-mark-" + submitted.attemptId());
        assertThat(mark.getHref()).isEqualTo(MarkingView.path(submitted.attemptId(), MarkerRole.FIRST));
        assertThat(view.threshold.getValue()).isEqualTo(10);
        long assignment = submitted.assignmentId();
        assertThat($(Anchor.class).id("queue-agreement").getHref()).isEqualTo(AgreementReportView.path(assignment));
        assertThat($(Anchor.class).id("queue-cohort").getHref()).isEqualTo(CohortView.path(assignment));
        assertThat($(Anchor.class).id("queue-regrade").getHref()).isEqualTo(RegradeView.path(assignment));
    }

    @Test
    void the_stage_and_marker_filters_narrow_the_list() {
        AttemptState marked = fixtures.submitted("student1");
        AttemptState waiting = fixtures.submitted("student2");
        fixtures.started("student3");
        fixtures.markedByTutor1(marked.attemptId());

        MarkingQueueView view = open(marked.assignmentId());
        assertThat(test(view.grid).size()).isEqualTo(3);

        test(view.stageFilter).selectItem("Ready to release");
        assertThat(rows(view)).extracting(MarkingQueueRow::attemptId).containsExactly(marked.attemptId());

        test(view.stageFilter).selectItem("To mark");
        assertThat(rows(view)).extracting(MarkingQueueRow::attemptId).containsExactly(waiting.attemptId());

        view.stageFilter.clear();
        test(view.markerFilter).selectItem("Dr Priya Natarajan");
        assertThat(rows(view)).extracting(MarkingQueueRow::attemptId).containsExactly(marked.attemptId());

        view.markerFilter.clear();
        assertThat(test(view.grid).size()).isEqualTo(3);
    }

    @Test
    void release_says_how_many_go_out_and_who_is_not_ready_then_releases_only_the_ready_ones() {
        AttemptState marked = fixtures.submitted("student1");
        fixtures.submitted("student2");
        fixtures.markedByTutor1(marked.attemptId());
        MarkingQueueView view = open(marked.assignmentId());

        test(view.release).click();

        Dialog dialog = $(Dialog.class).id("queue-release-dialog");
        assertThat($(Paragraph.class).id("queue-release-count").getText()).isEqualTo("One grade will be released.");
        assertThat($(UnorderedList.class)
                        .id("queue-release-not-ready")
                        .getElement()
                        .getTextRecursively())
                .contains("Kwame Mensah");
        test($(Button.class).id("queue-release-confirm")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(row(view, marked.attemptId()).stage()).isEqualTo(MarkingStage.RELEASED);
        Anchor link = (Anchor) test(view.grid).getCellComponent(index(view, marked.attemptId()), "mark");
        assertThat(link.getText()).isEqualTo("View");
        assertThat(fixtures.as("student1", () -> attempts.attempt(marked.attemptId()))
                        .status())
                .isEqualTo(AttemptStatus.MARKED);
        assertThat(fixtures.as("student1", () -> grading.feedback(marked.attemptId())))
                .isNotNull();
    }

    @Test
    void a_second_marker_is_named_for_the_selected_rows() {
        AttemptState first = fixtures.submitted("student1");
        AttemptState second = fixtures.submitted("student2");
        MarkingQueueView view = open(first.assignmentId());
        assertThat(view.secondMarker.isEnabled()).isFalse();

        view.grid.select(row(view, first.attemptId()));
        view.grid.select(row(view, second.attemptId()));
        test(view.secondMarker).click();
        @SuppressWarnings("unchecked")
        Select<Object> marker = $(Select.class).id("queue-second-marker-choice");
        test(marker).selectItem("Tomás Oyelaran");
        test($(Button.class).id("queue-second-marker-assign")).click();

        assertThat(rows(view))
                .filteredOn(row -> row.attemptId() == first.attemptId() || row.attemptId() == second.attemptId())
                .extracting(MarkingQueueRow::secondMarker)
                .containsOnly("Tomás Oyelaran");
        assertThat(fixtures.as("tutor2", () -> grading.mySecondMarking()))
                .extracting(marking -> marking.attemptId())
                .containsExactlyInAnyOrder(first.attemptId(), second.attemptId());
    }

    @Test
    void the_disagreement_threshold_is_saved_and_a_value_above_the_rubric_is_refused() {
        AttemptState submitted = fixtures.submitted("student1");
        MarkingQueueView view = open(submitted.assignmentId());

        test(view.threshold).setValue(6);
        assertThat(grading.markingSettings(submitted.assignmentId()).disagreementThreshold())
                .isEqualTo(6);

        test(view.threshold).setValue(400);
        assertThat(view.threshold.isInvalid()).isTrue();
        assertThat(view.threshold.getErrorMessage()).contains("between 0 and 100");
        assertThat(grading.markingSettings(submitted.assignmentId()).disagreementThreshold())
                .isEqualTo(6);
    }

    @Test
    @WithUserDetails("tutor2")
    void another_tutors_queue_is_refused() {
        long groupA = fixtures.submitted("student1").assignmentId();

        navigate("tutor/assignments/" + groupA + "/marking", AccessDeniedView.class);

        assertThat($(MarkingQueueView.class).all()).isEmpty();
    }

    private MarkingQueueView open(long assignmentId) {
        return navigate("tutor/assignments/" + assignmentId + "/marking", MarkingQueueView.class);
    }

    private List<MarkingQueueRow> rows(MarkingQueueView view) {
        var grid = test(view.grid);
        return java.util.stream.IntStream.range(0, grid.size())
                .mapToObj(grid::getRow)
                .toList();
    }

    private int index(MarkingQueueView view, long attemptId) {
        List<MarkingQueueRow> rows = rows(view);
        for (int index = 0; index < rows.size(); index++) {
            if (rows.get(index).attemptId() == attemptId) {
                return index;
            }
        }
        throw new AssertionError("no row for attempt " + attemptId);
    }

    private MarkingQueueRow row(MarkingQueueView view, long attemptId) {
        return rows(view).stream()
                .filter(row -> row.attemptId() == attemptId)
                .findFirst()
                .orElseThrow();
    }
}
