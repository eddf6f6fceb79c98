package org.socialsim.grading.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Section;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.account.CohortService;
import org.socialsim.attempt.AttemptService;
import org.socialsim.base.UserFacingException;
import org.socialsim.base.ui.AccessDeniedView;
import org.socialsim.grading.GradingService;
import org.socialsim.grading.MarkerRole;
import org.socialsim.grading.MarkingQueueRow;
import org.socialsim.grading.MarkingSheet;
import org.socialsim.grading.MarkingStage;
import org.socialsim.grading.ModerationFixtures;
import org.socialsim.grading.ModerationService;
import org.socialsim.grading.assessment.CriterionSuggestion;
import org.socialsim.grading.assessment.SuggestedGrade;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
class ModerationViewTest extends SpringBrowserlessTest {

    private static final String DIFFERING = "strategy";

    @Autowired
    AttemptService attempts;

    @Autowired
    GradingService grading;

    @Autowired
    ModerationService moderation;

    @Autowired
    CohortService cohorts;

    @Autowired
    UserDetailsService users;

    ModerationFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ModerationFixtures(attempts, grading, cohorts, users);
    }

    /** Submitted, first-marked by tutor1 (accepting the suggestions), second marker tutor2 named. */
    private long doubleMarkingUnderWay() {
        long attemptId = fixtures.submitted("student1").attemptId();
        fixtures.firstMarked(attemptId);
        fixtures.secondMarkerNamed(attemptId);
        return attemptId;
    }

    private String text(String id) {
        return $(com.vaadin.flow.component.Component.class).id(id).getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails("tutor2")
    void the_second_marker_sees_neither_the_first_marks_nor_the_suggestions_while_marking() {
        long attemptId = doubleMarkingUnderWay();
        MarkingSheet draft = fixtures.secondMarked(attemptId, DIFFERING, false);

        assertThat(draft.suggestion()).isNull();
        assertThat(draft.marks())
                .allSatisfy((criterion, mark) ->
                        assertThat(mark.followsSuggestion()).isFalse());
        navigate(ModerationView.path(attemptId), AccessDeniedView.class);
        assertThat($(ModerationView.class).all()).isEmpty();
        assertThatThrownBy(() -> moderation.moderation(attemptId))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("tutor2")
    void once_both_are_complete_the_second_marker_may_read_the_comparison_but_not_agree() {
        long attemptId = doubleMarkingUnderWay();
        fixtures.secondMarked(attemptId, DIFFERING, true);

        ModerationView view = navigate(ModerationView.path(attemptId), ModerationView.class);

        assertThat(text("moderation-criterion-" + DIFFERING))
                .contains("First marker (Dr Priya Natarajan)")
                .contains("Second marker (Tomás Oyelaran)")
                .contains("Suggestion");
        assertThat(view.forms).isEmpty();
        assertThat(view.complete.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("tutor1")
    void while_the_second_marker_is_marking_the_first_marker_sees_only_how_far_each_has_got() {
        long attemptId = doubleMarkingUnderWay();
        fixtures.secondMarked(attemptId, DIFFERING, false);

        ModerationView view = navigate(ModerationView.path(attemptId), ModerationView.class);

        assertThat(view.markers.getText())
                .contains("Dr Priya Natarajan (complete)")
                .contains("Tomás Oyelaran (marking)");
        assertThat(view.status.getText()).contains("once both markers have completed");
        assertThat($(Section.class).withClassName("moderation-criterion").all()).isEmpty();
        assertThat(view.complete.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("tutor1")
    void both_markings_stand_side_by_side_with_the_suggestion_and_the_difference_is_flagged() {
        long attemptId = doubleMarkingUnderWay();
        MarkingSheet second = fixtures.secondMarked(attemptId, DIFFERING, true);
        SuggestedGrade suggestion = fixtures.suggestion(attemptId);
        CriterionSuggestion suggested = suggestion.criterion(DIFFERING);

        ModerationView view = navigate(ModerationView.path(attemptId), ModerationView.class);

        assertThat($(Section.class).withClassName("moderation-criterion").all())
                .hasSize(suggestion.criteria().size());
        assertThat(text("moderation-table-" + DIFFERING))
                .contains(suggested.level())
                .contains(second.marks().get(DIFFERING).level());
        assertThat(text("moderation-difference-" + DIFFERING)).startsWith("One level apart");
        assertThat($(Section.class).id("moderation-criterion-" + DIFFERING).hasClassName("flagged"))
                .isTrue();
        assertThat(text("moderation-flag-" + DIFFERING)).isEqualTo("Discuss");
        String same = suggestion.criteria().stream()
                .map(CriterionSuggestion::criterion)
                .filter(id -> !id.equals(DIFFERING))
                .findFirst()
                .orElseThrow();
        assertThat(text("moderation-difference-" + same)).isEqualTo("Same level, same mark.");
        assertThat($(Section.class).id("moderation-criterion-" + same).hasClassName("flagged"))
                .isFalse();
        assertThat(view.forms.get(same).isVisible()).isFalse();
        test($(com.vaadin.flow.component.button.Button.class).id("moderation-change-" + same))
                .click();
        assertThat(view.forms.get(same).isVisible()).isTrue();
        assertThat(view.forms.get(DIFFERING).isVisible()).isTrue();
        // Criteria both markers decided alike are agreed at once; only the differing one waits.
        assertThat(view.toAgree.getText()).isEqualTo("One criterion still needs an agreed mark.");
        assertThat(view.complete.isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("tutor1")
    void agreeing_a_criterion_the_markers_differ_on_needs_a_reason_which_is_recorded() {
        long attemptId = doubleMarkingUnderWay();
        fixtures.secondMarked(attemptId, DIFFERING, true);
        ModerationView view = navigate(ModerationView.path(attemptId), ModerationView.class);
        ModerationView.AgreeForm form = view.forms.get(DIFFERING);

        test(form.agree).click();

        assertThat(form.reason.isInvalid()).isTrue();
        assertThat(form.reason.getErrorMessage()).contains("write why this is the final decision");
        assertThat(view.completed.isVisible()).isFalse();

        form = view.forms.get(DIFFERING);
        form.reason.setValue("The objectives have deadlines but no baselines: the lower level's descriptor fits.");
        test(form.agree).click();

        assertThat(text("moderation-reason-recorded-" + DIFFERING)).contains("no baselines");
        assertThat(text("moderation-table-" + DIFFERING)).contains("Agreed");
        assertThat(view.toAgree.getText()).isEqualTo("Every criterion has an agreed mark.");
        assertThat(view.complete.isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails("tutor1")
    void choosing_another_level_moves_the_mark_into_that_levels_range() {
        long attemptId = doubleMarkingUnderWay();
        fixtures.secondMarked(attemptId, DIFFERING, true);
        ModerationView view = navigate(ModerationView.path(attemptId), ModerationView.class);
        ModerationView.AgreeForm form = view.forms.get(DIFFERING);
        var other = ModerationFixtures.otherLevel(form.criterion, form.level.getValue());

        form.level.setValue(other.label());

        assertThat(form.mark.getValue()).isEqualTo(other.minMarks());
        assertThat(form.mark.getHelperText())
                .isEqualTo(other.minMarks() + " to " + other.maxMarks() + " marks for this level");
    }

    @Test
    @WithUserDetails("tutor1")
    void making_the_agreed_marks_final_readies_the_attempt_for_release() {
        long attemptId = doubleMarkingUnderWay();
        fixtures.secondMarked(attemptId, DIFFERING, true);
        ModerationView view = navigate(ModerationView.path(attemptId), ModerationView.class);
        ModerationView.AgreeForm form = view.forms.get(DIFFERING);
        form.reason.setValue("Second marker's reading of the objectives is right.");
        test(form.agree).click();

        test(view.complete).click();

        assertThat(view.completed.isVisible()).isTrue();
        assertThat(view.completed.getText()).startsWith("Final marks agreed: ").contains(" of 100 (");
        assertThat(view.forms).isEmpty();
        MarkingQueueRow row = grading
                .queue(grading.sheet(attemptId, MarkerRole.FIRST).assignmentId())
                .stream()
                .filter(candidate -> candidate.attemptId() == attemptId)
                .findFirst()
                .orElseThrow();
        assertThat(row.stage()).isEqualTo(MarkingStage.READY);
    }

    @Test
    @WithUserDetails("tutor1")
    void agreed_marks_cannot_be_set_around_moderation_without_a_reason() {
        long attemptId = doubleMarkingUnderWay();
        fixtures.secondMarked(attemptId, DIFFERING, true);
        MarkingSheet agreed = moderation.moderation(attemptId).agreed();
        assertThat(agreed).isNotNull();

        assertThatThrownBy(() -> grading.acceptSuggestion(agreed.sheetId(), agreed.version(), DIFFERING))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("grading.agree.through-moderation");
    }

    @Test
    @WithUserDetails("tutor1")
    void an_attempt_without_a_second_marker_has_nothing_to_moderate() {
        long attemptId = fixtures.submitted("student1").attemptId();
        fixtures.firstMarked(attemptId);

        ModerationView view = navigate(ModerationView.path(attemptId), ModerationView.class);

        assertThat(view.status.getText()).contains("No second marker");
        assertThat(view.complete.isVisible()).isFalse();
    }
}
