package org.socialsim.grading.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.account.CohortService;
import org.socialsim.attempt.AttemptService;
import org.socialsim.base.ui.AccessDeniedView;
import org.socialsim.grading.GradingService;
import org.socialsim.grading.ModerationFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
class AgreementReportViewTest extends SpringBrowserlessTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    GradingService grading;

    @Autowired
    CohortService cohorts;

    @Autowired
    UserDetailsService users;

    ModerationFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ModerationFixtures(attempts, grading, cohorts, users);
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    private long doubleMarkedAttempt;

    /** student1 marked by both (the second marker a level apart on strategy), student2 by the first marker only. */
    private long twoScriptsMarked() {
        long doubleMarked = fixtures.submitted("student1").attemptId();
        doubleMarkedAttempt = doubleMarked;
        fixtures.firstMarked(doubleMarked);
        fixtures.secondMarkerNamed(doubleMarked);
        fixtures.secondMarked(doubleMarked, "strategy", true);
        var single = fixtures.submitted("student2");
        fixtures.firstMarked(single.attemptId());
        return single.assignmentId();
    }

    @Test
    @WithUserDetails("tutor1")
    void the_report_shows_how_often_the_markers_agreed_per_criterion_and_on_bands() {
        long assignmentId = twoScriptsMarked();

        AgreementReportView view = navigate(AgreementReportView.path(assignmentId), AgreementReportView.class);

        assertThat(view.intro.getText()).isEqualTo("2 attempts submitted; one completed by both markers.");
        // One script, a level apart: no exact agreement, adjacent agreement, and chance-level kappa.
        assertThat(text("agreement-markers-strategy"))
                .startsWith("Systematic approach")
                .contains("0 of 1 (0%)")
                .contains("1 of 1 (100%)")
                .contains("0.00")
                .contains("too few scripts (under 8)");
        // Same level from both on one script: full agreement, but nothing to tell it from chance.
        assertThat(text("agreement-markers-evaluation"))
                .contains("1 of 1 (100%)")
                .contains("all at one level");
        assertThat(text("agreement-markers-bands"))
                .startsWith("Overall (grade bands)")
                .contains("1");
    }

    @Test
    @WithUserDetails("tutor1")
    void the_calibration_compares_the_first_markers_levels_with_the_suggestions_and_says_when_too_few_are_marked() {
        long assignmentId = twoScriptsMarked();

        navigate(AgreementReportView.path(assignmentId), AgreementReportView.class);

        // The first marker accepted every suggestion on both scripts.
        assertThat(text("agreement-suggestions-content-plan")).contains("2 of 2 (100%)");
        // Every criterion has too few scripts: one sentence says so instead of six.
        assertThat($(com.vaadin.flow.component.html.ListItem.class).all()).hasSize(1);
        assertThat(text("agreement-verdict-too-few"))
                .isEqualTo("Only 2 scripts marked so far: too few to tell, for any criterion, how far the suggestions"
                        + " can be trusted (at least 8 needed).");
    }

    @Test
    @WithUserDetails("tutor1")
    void the_double_marked_scripts_are_listed_with_their_totals_and_a_link_to_moderate() {
        long assignmentId = twoScriptsMarked();
        long stillMarking = fixtures.submitted("student3").attemptId();
        fixtures.firstMarked(stillMarking);
        fixtures.secondMarkerNamed(stillMarking);

        AgreementReportView view = navigate(AgreementReportView.path(assignmentId), AgreementReportView.class);

        Component done = $(Component.class)
                .withId("agreement-second-marking-" + doubleMarkedAttempt)
                .single();
        assertThat(done.getElement().getTextRecursively())
                .startsWith("Zoë Achterberg")
                .contains("Tomás Oyelaran")
                .contains("to agree")
                .containsPattern("\\d+ / \\d+");
        Anchor moderate = $(Anchor.class).id("agreement-moderate-" + doubleMarkedAttempt);
        assertThat(moderate.getHref()).isEqualTo("tutor/attempts/" + doubleMarkedAttempt + "/moderation");
        // Still being marked: no totals side by side and nothing to moderate yet.
        assertThat(text("agreement-second-marking-" + stillMarking))
                .contains("marking")
                .contains("–");
        assertThat($(Anchor.class).withId("agreement-moderate-" + stillMarking).exists())
                .isFalse();
        assertThat(view.secondMarkings.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("tutor1")
    void an_assignment_with_nothing_marked_reports_no_scripts_rather_than_numbers() {
        long assignmentId = fixtures.submitted("student1").assignmentId();

        navigate(AgreementReportView.path(assignmentId), AgreementReportView.class);

        assertThat(text("agreement-markers-strategy"))
                .contains("no scripts yet")
                .doesNotContain("NaN");
        assertThat(text("agreement-verdict-too-few")).startsWith("No script marked so far");
        assertThat(text("agreement-second-marking-none")).startsWith("No second marker has been named");
    }

    @Test
    @WithUserDetails("tutor2")
    void another_tutors_assignment_is_refused() {
        long assignmentId = fixtures.submitted("student1").assignmentId();

        navigate(AgreementReportView.path(assignmentId), AccessDeniedView.class);

        assertThat($(AgreementReportView.class).all()).isEmpty();
    }
}
