package org.socialsim.attempt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.work.SituationalAnalysis;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Two tabs on one attempt: the second to save is told, and neither silently overwrites the other. */
@SocialSimTest
@Transactional
class TwoTabsTest extends SpringBrowserlessTest {

    @Autowired
    AttemptService attempts;

    @Test
    @WithUserDetails("student1")
    void a_change_in_a_tab_opened_before_another_tab_saved_is_refused_and_the_other_tabs_work_survives() {
        AttemptState state = attempts.open(attempts.myAssignments().getFirst().assignmentId());
        AnalysisView staleTab = navigate(AttemptStep.ANALYSIS.path(state.attemptId()), AnalysisView.class);
        // The frame shows the attempt the step loaded, including when it was last stored.
        assertThat($(Span.class).withClassName("save-status").single().getText())
                .startsWith("Your work saves itself as you go; last saved ");
        // Meanwhile the student writes the strengths in another tab, which saves first.
        SituationalAnalysis fromOtherTab = new SituationalAnalysis("Roasts its own beans", "", "", "", Map.of(), "");
        attempts.saveAnalysis(state.attemptId(), state.version(), fromOtherTab);

        test(staleTab.threats).setValue("Bean There's 86,000 followers");

        assertThat(attempts.attempt(state.attemptId()).analysis()).isEqualTo(fromOtherTab);
        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Changed in another tab");
        assertThat($(Paragraph.class, dialog).single().getText())
                .startsWith("This attempt was changed in another tab or window, so this change was not saved.");
        assertThat($(Span.class).withClassName("save-status").single().getText())
                .isEqualTo("Your last change was not saved; see the message.");
    }
}
