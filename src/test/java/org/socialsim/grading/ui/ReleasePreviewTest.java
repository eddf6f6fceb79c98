package org.socialsim.grading.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.grading.MarkingQueueRow;
import org.socialsim.grading.MarkingStage;

class ReleasePreviewTest {

    @Test
    void ready_rows_are_counted_waiting_students_are_named_and_those_who_did_not_submit_are_left_out() {
        ReleasePreview preview = ReleasePreview.of(List.of(
                row("Ada", MarkingStage.READY),
                row("Ben", MarkingStage.READY),
                row("Cat", MarkingStage.TO_MARK),
                row("Dev", MarkingStage.WITH_SECOND_MARKER),
                row("Eve", MarkingStage.TO_AGREE),
                row("Fay", MarkingStage.IN_PROGRESS),
                row("Gus", MarkingStage.RELEASED),
                row("Hal", MarkingStage.NOT_SUBMITTED)));

        assertThat(preview.ready()).isEqualTo(2);
        assertThat(preview.alreadyReleased()).isEqualTo(1);
        assertThat(preview.notReady()).containsExactly("Cat", "Dev", "Eve", "Fay");
    }

    @Test
    void an_empty_queue_releases_nothing() {
        assertThat(ReleasePreview.of(List.of())).isEqualTo(new ReleasePreview(0, 0, List.of()));
    }

    private static MarkingQueueRow row(String name, MarkingStage stage) {
        return new MarkingQueueRow(
                name.hashCode(), name, null, null, false, stage, null, null, null, null, null, null, null, false);
    }
}
