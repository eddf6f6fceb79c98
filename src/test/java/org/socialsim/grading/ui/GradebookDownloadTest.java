package org.socialsim.grading.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.attempt.AttemptState;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The marking queue offers the assignment's gradebook as an Excel download. */
@SocialSimTest
@Transactional
@WithUserDetails("tutor1")
class GradebookDownloadTest extends MarkingViewTestBase {

    @Test
    void the_marking_queue_has_a_gradebook_download_link_to_a_streamed_workbook() {
        AttemptState submitted = fixtures.submitted("student1");

        navigate("tutor/assignments/" + submitted.assignmentId() + "/marking", MarkingQueueView.class);

        Anchor download = $(Anchor.class).id("queue-download-gradebook");
        assertThat(download.getText()).isEqualTo("Download gradebook (.xlsx)");
        // A download handler is served from a per-session dynamic resource URL, not from a route.
        assertThat(download.getHref()).contains("VAADIN/dynamic/resource");
        assertThat(download.isDownload()).isTrue();
        assertThat(download.getElement().getAttribute("title")).contains("Excel workbook");
    }

    @Test
    void next_to_it_the_queue_offers_streamed_moodle_and_canvas_grade_files() {
        AttemptState submitted = fixtures.submitted("student1");

        navigate("tutor/assignments/" + submitted.assignmentId() + "/marking", MarkingQueueView.class);

        Anchor moodle = $(Anchor.class).id("queue-download-moodle");
        assertThat(moodle.getText()).isEqualTo("Moodle grades (.csv)");
        assertThat(moodle.getHref()).contains("VAADIN/dynamic/resource");
        assertThat(moodle.isDownload()).isTrue();
        assertThat(moodle.getElement().getAttribute("title")).contains("Moodle's grade import");
        Anchor canvas = $(Anchor.class).id("queue-download-canvas");
        assertThat(canvas.getText()).isEqualTo("Canvas grades (.csv)");
        assertThat(canvas.getHref()).contains("VAADIN/dynamic/resource").isNotEqualTo(moodle.getHref());
        assertThat(canvas.isDownload()).isTrue();
        assertThat(canvas.getElement().getAttribute("title")).contains("Canvas's gradebook import");
    }
}
