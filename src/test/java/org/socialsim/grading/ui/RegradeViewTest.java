package org.socialsim.grading.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.base.ui.AccessDeniedView;
import org.socialsim.grading.GradingService;
import org.socialsim.grading.MarkerRole;
import org.socialsim.grading.MarkingSheet;
import org.socialsim.grading.RegradeFixtures;
import org.socialsim.grading.RegradeReport.AttemptRegrade;
import org.socialsim.rubric.RubricService;
import org.socialsim.rubric.domain.RubricVersion;
import org.socialsim.rubric.domain.RubricVersionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
class RegradeViewTest extends SpringBrowserlessTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    GradingService grading;

    @Autowired
    RubricService rubrics;

    @Autowired
    RubricVersionRepository versions;

    @Autowired
    UserDetailsService users;

    RegradeFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new RegradeFixtures(attempts, rubrics, versions, users);
    }

    @Test
    @WithUserDetails("tutor1")
    void the_tutor_sees_the_current_version_and_the_corrected_ones_to_choose_from() {
        AttemptState submitted = fixtures.submitted("student1");
        RubricVersion corrected = fixtures.corrected(RegradeFixtures.STRICTER);

        RegradeView view = open(submitted.assignmentId());

        assertThat(view.current.getText())
                .contains("version " + (corrected.getVersionNumber() - 1))
                .contains("One attempt");
        assertThat(test(view.version).getSuggestionItems())
                .extracting(choice -> choice.versionId())
                .containsExactly(view.version.getValue().versionId(), corrected.getId());
        assertThat(view.version.getItemLabelGenerator().apply(view.version.getValue()))
                .endsWith("(current)");
        assertThat(view.regrade.isEnabled()).isTrue();
        assertThat(view.summary.isVisible()).isFalse();
        assertThat(view.changes.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("tutor1")
    void regrading_under_a_corrected_version_lists_the_changed_suggestions_and_flags_the_ones_already_marked() {
        AttemptState marked = fixtures.submitted("student1");
        fixtures.submitted("student2");
        MarkingSheet sheet = grading.sheet(marked.attemptId(), MarkerRole.FIRST);
        grading.acceptSuggestion(sheet.sheetId(), sheet.version(), "strategy");
        RubricVersion corrected = fixtures.corrected(RegradeFixtures.STRICTER);
        RegradeView view = open(marked.assignmentId());

        test(view.version).selectItem(view.version.getItemLabelGenerator().apply(choice(view, corrected)));
        test(view.regrade).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).first();
        assertThat(confirm.getElement().getProperty("message")).contains("version " + corrected.getVersionNumber());
        test(confirm).confirm();

        assertThat(view.refusal.isVisible()).isFalse();
        assertThat(view.summary.getText())
                .contains("2 attempts regraded after moving")
                .contains("to version " + corrected.getVersionNumber())
                .contains("One changed suggestion already has marks");
        assertThat(view.changes.isVisible()).isTrue();
        // The attempt with marks comes first: its decisions are the ones to look at again.
        AttemptRegrade first = test(view.changes).getRow(0);
        assertThat(first.attemptId()).isEqualTo(marked.attemptId());
        assertThat(view.back.getHref()).isEqualTo("tutor/assignments/" + marked.assignmentId() + "/marking");
        assertThat(test(view.changes).getCellText(0, 2)).contains(" → ");
        assertThat(test(view.changes).getCellText(0, 3)).contains(" → ");
        assertThat(test(view.changes).getCellText(0, 4)).isEqualTo("Has tutor marks");
        // The other attempt had no suggestion yet: it gets its first, and no criterion is listed as changed.
        assertThat(test(view.changes).getCellText(1, 1)).endsWith("(new)");
        assertThat(test(view.changes).getCellText(1, 3)).isEqualTo("No suggestion had been computed before.");
        assertThat(test(view.changes).getCellText(1, 4)).isEmpty();
        assertThat(view.version.getValue().versionId()).isEqualTo(corrected.getId());
    }

    @Test
    @WithUserDetails("tutor1")
    void a_version_the_marks_do_not_fit_is_refused_on_the_page_with_the_reason() {
        AttemptState submitted = fixtures.submitted("student1");
        MarkingSheet sheet = grading.sheet(submitted.attemptId(), MarkerRole.FIRST);
        grading.mark(sheet.sheetId(), sheet.version(), "strategy", "Very good", 16, "");
        RubricVersion narrower = fixtures.corrected(RegradeFixtures.NARROWER_VERY_GOOD);
        RegradeView view = open(submitted.assignmentId());

        test(view.version).selectItem(view.version.getItemLabelGenerator().apply(choice(view, narrower)));
        test(view.regrade).click();
        test($(ConfirmDialog.class).first()).confirm();

        assertThat(view.refusal.isVisible()).isTrue();
        assertThat(view.refusal.getText())
                .contains("Version " + narrower.getVersionNumber() + " cannot replace the current version")
                .contains(submitted.studentName())
                .contains("Very good 16");
        assertThat(view.summary.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("tutor1")
    void with_nothing_submitted_there_is_nothing_to_regrade() {
        long assignmentId = fixtures.as(
                "student1", () -> attempts.myAssignments().getFirst().assignmentId());

        RegradeView view = open(assignmentId);

        assertThat(view.current.getText()).contains("No attempt has been submitted yet.");
        assertThat(view.regrade.isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("tutor2")
    void another_cohorts_tutor_is_refused_like_a_missing_page() {
        long assignmentId = fixtures.submitted("student1").assignmentId();

        navigate("tutor/assignments/" + assignmentId + "/regrade", AccessDeniedView.class);

        assertThat($(RegradeView.class).all()).isEmpty();
    }

    private RegradeView open(long assignmentId) {
        return navigate("tutor/assignments/" + assignmentId + "/regrade", RegradeView.class);
    }

    private org.socialsim.grading.RegradeOptions.RubricChoice choice(RegradeView view, RubricVersion version) {
        return test(view.version).getSuggestionItems().stream()
                .filter(choice -> choice.versionId() == version.getId())
                .findFirst()
                .orElseThrow();
    }
}
