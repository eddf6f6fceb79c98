package org.socialsim.grading.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.attempt.AttemptState;
import org.socialsim.base.ui.AccessDeniedView;
import org.socialsim.grading.CriterionMark;
import org.socialsim.grading.MarkerRole;
import org.socialsim.grading.MarkingAction;
import org.socialsim.grading.MarkingDecision;
import org.socialsim.grading.MarkingSheet;
import org.socialsim.grading.SheetStatus;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
@WithUserDetails("tutor1")
class MarkingViewTest extends MarkingViewTestBase {

    @Test
    void a_tutor_accepts_overrides_comments_and_completes_and_the_history_says_so() {
        AttemptState submitted = fixtures.submitted("student1");
        MarkingView view = open(submitted.attemptId(), MarkerRole.FIRST);
        MarkingSheet before = sheet(submitted.attemptId());

        test(button("marking-accept-strategy")).click();
        CriterionEditor contentPlan = view.editors.get("content-plan");
        test(contentPlan.level).selectItem("Adequate (10–12)");
        test(contentPlan.mark).setValue(11);
        test(contentPlan.comment).setValue("Post more on TikTok in week 2.");
        for (String criterion : java.util.List.of("community-crisis", "evaluation", "marketing-mix")) {
            test(button("marking-accept-" + criterion)).click();
        }
        test(view.feedback).setValue("Well organised work.");
        test(view.complete).click();

        MarkingSheet after = sheet(submitted.attemptId());
        assertThat(after.status()).isEqualTo(SheetStatus.COMPLETE);
        CriterionMark strategy = after.marks().get("strategy");
        assertThat(strategy.followsSuggestion()).isTrue();
        assertThat(strategy.mark())
                .isEqualTo(before.suggestion().criterion("strategy").mark());
        assertThat(after.marks().get("content-plan"))
                .isEqualTo(new CriterionMark("Adequate", 11, "Post more on TikTok in week 2.", false));
        assertThat(after.overallFeedback()).isEqualTo("Well organised work.");
        assertThat(after.history())
                .extracting(MarkingDecision::action, MarkingDecision::criterion)
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple(MarkingAction.ACCEPTED, "strategy"),
                        org.assertj.core.groups.Tuple.tuple(MarkingAction.MARKED, "content-plan"),
                        org.assertj.core.groups.Tuple.tuple(MarkingAction.COMMENTED, "content-plan"),
                        org.assertj.core.groups.Tuple.tuple(MarkingAction.FEEDBACK, null),
                        org.assertj.core.groups.Tuple.tuple(MarkingAction.COMPLETED, null));
        assertThat(after.history())
                .allSatisfy(decision -> assertThat(decision.by()).isEqualTo("Dr Priya Natarajan"));
        assertThat(view.total.getText()).isEqualTo("Total " + after.total() + " / 100 · " + after.band());
        assertThat(view.history.getElement().getTextRecursively()).contains("Marked complete");
        assertThat(contentPlan.level.isReadOnly()).isTrue();
        assertThat(view.reopen.isVisible()).isTrue();

        test(view.reopen).click();
        assertThat(sheet(submitted.attemptId()).status()).isEqualTo(SheetStatus.DRAFT);
        assertThat(contentPlan.level.isReadOnly()).isFalse();
    }

    @Test
    void a_mark_outside_the_levels_range_is_refused_beside_the_field_and_not_saved() {
        AttemptState submitted = fixtures.submitted("student1");
        MarkingView view = open(submitted.attemptId(), MarkerRole.FIRST);
        CriterionEditor strategy = view.editors.get("strategy");

        test(strategy.level).selectItem("Good (13–14)");
        assertThat(strategy.mark.getHelperText()).isEqualTo("This level: 13–14 marks");
        test(strategy.mark).setValue(20);

        assertThat(strategy.mark.isInvalid()).isTrue();
        assertThat(strategy.mark.getErrorMessage())
                .isEqualTo("20 is outside the level \"Good\", which runs from 13 to 14 marks. Choose a mark in that"
                        + " range, or choose the level the mark belongs to.");
        assertThat(sheet(submitted.attemptId()).marks()).doesNotContainKey("strategy");

        test(strategy.mark).setValue(14);
        assertThat(strategy.mark.isInvalid()).isFalse();
        assertThat(sheet(submitted.attemptId()).marks().get("strategy").mark()).isEqualTo(14);
    }

    @Test
    void completing_with_criteria_unmarked_is_refused_with_the_services_message() {
        AttemptState submitted = fixtures.submitted("student1");
        MarkingView view = open(submitted.attemptId(), MarkerRole.FIRST);
        test(button("marking-accept-strategy")).click();

        test(view.complete).click();

        assertThat(view.completeMessage.getText()).startsWith("4 criteria have no mark yet: ");
        assertThat(sheet(submitted.attemptId()).status()).isEqualTo(SheetStatus.DRAFT);
    }

    @Test
    void a_saved_comment_can_be_inserted_from_the_criterions_bank() {
        AttemptState submitted = fixtures.submitted("student1");
        MarkingView view = open(submitted.attemptId(), MarkerRole.FIRST);
        CriterionEditor strategy = view.editors.get("strategy");
        test(button("marking-accept-strategy")).click();
        test(strategy.comment).setValue("Tie every objective to a business goal.");
        test(strategy.saveToBank).click();
        test(strategy.comment).setValue("");

        test(strategy.bank).selectItem("Tie every objective to a business goal.");

        assertThat(strategy.comment.getValue()).isEqualTo("Tie every objective to a business goal.");
        assertThat(sheet(submitted.attemptId()).marks().get("strategy").comment())
                .isEqualTo("Tie every objective to a business goal.");
        assertThat(grading.commentBank(sheet(submitted.attemptId()).sheetId(), "evaluation"))
                .isEmpty();
    }

    @Test
    void a_change_made_in_another_tab_is_not_overwritten_and_the_latest_can_be_loaded() {
        AttemptState submitted = fixtures.submitted("student1");
        MarkingView view = open(submitted.attemptId(), MarkerRole.FIRST);
        MarkingSheet elsewhere = sheet(submitted.attemptId());
        grading.mark(elsewhere.sheetId(), elsewhere.version(), "evaluation", "Good", 10, "From the other tab");

        test(button("marking-accept-strategy")).click();

        assertThat($(Dialog.class).id("marking-changed-elsewhere").isOpened()).isTrue();
        assertThat(sheet(submitted.attemptId()).marks()).doesNotContainKey("strategy");
        test(button("marking-load-latest")).click();
        assertThat(view.editors.get("evaluation").comment.getValue()).isEqualTo("From the other tab");
        test(button("marking-accept-strategy")).click();
        assertThat(sheet(submitted.attemptId()).marks()).containsKey("strategy");
    }

    @Test
    void the_first_sheet_shows_the_suggestion_and_its_evidence_per_criterion() {
        AttemptState submitted = fixtures.submitted("student1");
        open(submitted.attemptId(), MarkerRole.FIRST);

        Div suggestion = $(Div.class).id("marking-suggestion-strategy");
        assertThat(suggestion.getElement().getTextRecursively())
                .contains("weighted score")
                .contains("weight");
        assertThat(suggestion.getElement().getOuterHTML()).contains("evidence-line");
    }

    @Test
    @WithUserDetails("tutor2")
    void a_second_marker_marks_blind_without_the_suggestion_or_the_first_marks() {
        AttemptState submitted = fixtures.submitted("student1");
        fixtures.as("tutor1", () -> {
            MarkingSheet first = grading.sheet(submitted.attemptId(), MarkerRole.FIRST);
            grading.mark(first.sheetId(), first.version(), "strategy", "Good", 13, "FIRST MARKER NOTE");
            grading.assignSecondMarker(submitted.attemptId(), tutor2Id());
            return first;
        });

        MarkingView view = open(submitted.attemptId(), MarkerRole.SECOND);

        String page = view.getElement().getOuterHTML();
        assertThat(page).doesNotContain("FIRST MARKER NOTE").doesNotContain("marking-suggestion-");
        assertThat($(Button.class).all())
                .noneMatch(button -> button.getId().orElse("").startsWith("marking-accept-"));
        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .id("marking-blind")
                        .isVisible())
                .isTrue();
        assertThat(view.editors.get("strategy").mark.getValue()).isNull();

        test(view.editors.get("strategy").level).selectItem("Very good (15–17)");
        test(view.editors.get("strategy").mark).setValue(16);
        MarkingSheet second = grading.sheet(submitted.attemptId(), MarkerRole.SECOND);
        assertThat(second.marks().get("strategy")).isEqualTo(new CriterionMark("Very good", 16, "", false));
    }

    @Test
    @WithUserDetails("tutor2")
    void another_tutor_cannot_open_the_first_sheet() {
        AttemptState submitted = fixtures.submitted("student1");

        navigate(MarkingView.path(submitted.attemptId(), MarkerRole.FIRST), AccessDeniedView.class);

        assertThat($(MarkingView.class).all()).isEmpty();
    }

    @Test
    void the_students_work_is_shown_in_four_tabs_with_a_link_to_their_pages() {
        AttemptState submitted = fixtures.submitted("student1");
        MarkingView view = open(submitted.attemptId(), MarkerRole.FIRST);

        StudentWorkPanel work = $(StudentWorkPanel.class).first();
        assertThat(work.tabs.getTabCount()).isEqualTo(4);
        String text = work.getElement().getTextRecursively();
        assertThat(text)
                .contains(submitted.plan().objectives().getFirst().statement())
                .contains("Week 1:");
        assertThat($(com.vaadin.flow.component.html.Anchor.class)
                        .id("marking-open-pages")
                        .getHref())
                .isEqualTo("attempt/" + submitted.attemptId() + "/brief");
        assertThat(view).isNotNull();
    }

    private MarkingView open(long attemptId, MarkerRole role) {
        return navigate(MarkingView.path(attemptId, role), MarkingView.class);
    }

    private MarkingSheet sheet(long attemptId) {
        return fixtures.as("tutor1", () -> grading.sheet(attemptId, MarkerRole.FIRST));
    }

    private Button button(String id) {
        return $(Button.class).id(id);
    }

    private long tutor2Id() {
        return grading
                .possibleSecondMarkers(fixtures.as("student1", () -> attempts.myAssignments())
                        .getFirst()
                        .assignmentId())
                .stream()
                .filter(marker -> marker.name().equals("Tomás Oyelaran"))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
