package org.socialsim.attempt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
class AnalysisViewTest extends SpringBrowserlessTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    UserDetailsService users;

    private AnalysisView open(long attemptId) {
        return navigate(AttemptStep.ANALYSIS.path(attemptId), AnalysisView.class);
    }

    private AttemptState start() {
        return attempts.open(attempts.myAssignments().getFirst().assignmentId());
    }

    @Test
    @WithUserDetails("student1")
    void a_swot_part_typed_is_saved_and_counted() {
        AttemptState state = start();
        AnalysisView view = open(state.attemptId());
        assertThat(view.progress.getText())
                .isEqualTo(
                        "0 of 4 SWOT parts written · notes on 0 of 2 competitors · audience insights not written yet");

        test(view.strengths).setValue("Roasts its own beans; 4,200 loyal Instagram followers");

        assertThat(attempts.attempt(state.attemptId()).analysis().strengths())
                .isEqualTo("Roasts its own beans; 4,200 loyal Instagram followers");
        assertThat(view.progress.getText()).startsWith("1 of 4 SWOT parts written");
        assertThat(view.strengths.getHelperText()).contains("Internal", "Cite the brief");
    }

    @Test
    @WithUserDetails("student1")
    void competitor_notes_sit_beside_the_facts_of_the_brief_and_are_stored_by_competitor_name() {
        AttemptState state = start();
        AnalysisView view = open(state.attemptId());

        assertThat(view.competitorNotes).containsOnlyKeys("Bean There", "Nitro North");
        assertThat($(ListItem.class).all())
                .extracting(ListItem::getText)
                .contains(
                        "Instagram: 86,000 followers · 6 posts a week · 0.35% engagement",
                        "Follower growth 3% a month · 900 mentions a week");

        test(view.competitorNotes.get("Nitro North")).setValue("Posts 10 TikToks a week and grows 9% a month");
        test(view.audienceInsights).setValue("Commuters and students, mornings and late evenings");

        AttemptState saved = attempts.attempt(state.attemptId());
        assertThat(saved.analysis().competitorNotes())
                .containsEntry("Nitro North", "Posts 10 TikToks a week and grows 9% a month");
        assertThat(saved.analysis().audienceInsights()).startsWith("Commuters");
        assertThat(view.progress.getText())
                .isEqualTo("0 of 4 SWOT parts written · notes on 1 of 2 competitors · audience insights written");
    }

    @Test
    @WithUserDetails("student1")
    void the_analysis_saved_earlier_is_shown_when_the_step_is_opened_again() {
        AttemptState state = start();
        test(open(state.attemptId()).threats).setValue("Bean There has 86,000 followers");

        AnalysisView reopened = open(state.attemptId());

        assertThat(reopened.threats.getValue()).isEqualTo("Bean There has 86,000 followers");
        assertThat(reopened.threats.isReadOnly()).isFalse();
    }

    @Test
    @WithUserDetails("tutor1")
    void the_tutor_reads_the_students_analysis_but_cannot_change_it() {
        long attemptId = AsUser.as(users, "student1", () -> {
            AttemptState state = start();
            return attempts.saveAnalysis(
                            state.attemptId(),
                            state.version(),
                            new org.socialsim.attempt.work.SituationalAnalysis(
                                    "Own roastery", "", "", "", java.util.Map.of(), ""))
                    .attemptId();
        });

        AnalysisView view = open(attemptId);

        assertThat(view.strengths.getValue()).isEqualTo("Own roastery");
        assertThat(view.strengths.isReadOnly()).isTrue();
        assertThat(view.competitorNotes.get("Bean There").isReadOnly()).isTrue();
        assertThat(view.audienceInsights.isReadOnly()).isTrue();
    }
}
