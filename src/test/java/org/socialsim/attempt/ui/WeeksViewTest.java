package org.socialsim.attempt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.NativeDetails;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.work.ResponseTime;
import org.socialsim.scenario.definition.CommunityAction;
import org.socialsim.simulation.ReferencePlans;
import org.socialsim.simulation.plan.CommunityReply;
import org.socialsim.simulation.plan.CrisisStrategy;
import org.socialsim.simulation.plan.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
class WeeksViewTest extends SpringBrowserlessTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    UserDetailsService users;

    /** student1's attempt at the BrewHaven assignment with a competent plan, nothing answered, {@code weeks} run. */
    private AttemptState attempt(int weeks) {
        AttemptState state = attempts.open(attempts.myAssignments().getFirst().assignmentId());
        Plan competent = ReferencePlans.competent(state.scenario());
        Plan unanswered = new Plan(
                competent.objectives(),
                competent.personas(),
                competent.posts(),
                competent.campaigns(),
                competent.influencers(),
                List.of(),
                null);
        state = attempts.savePlan(state.attemptId(), state.version(), unanswered);
        for (int week = 0; week < weeks; week++) {
            state = attempts.runWeek(state.attemptId(), state.version());
        }
        return state;
    }

    private WeeksView open(AttemptState state) {
        return navigate(AttemptStep.WEEKS.path(state.attemptId()), WeeksView.class);
    }

    @Test
    @WithUserDetails("student1")
    void before_any_week_the_step_offers_to_run_week_one_and_says_what_becomes_read_only() {
        WeeksView view = open(attempt(0));

        assertThat(view.runWeek.getText()).isEqualTo("Run week 1");
        assertThat(text(view, "weeks-run-note")).contains("read-only").contains("objectives and personas are fixed");
        assertThat(view.inbox).isNull();
        assertThat(view.getChildren()
                        .anyMatch(c -> "weeks-none-run".equals(c.getId().orElse(null))))
                .isTrue();
    }

    @Test
    @WithUserDetails("student1")
    void running_a_week_brings_its_inbox_and_offers_the_next_week() {
        AttemptState state = attempt(0);
        WeeksView view = open(state);

        test(view.runWeek).click();

        WeeksView shown = (WeeksView) getCurrentView();
        assertThat(attempts.attempt(state.attemptId()).weeksRun()).isEqualTo(1);
        assertThat(shown.runWeek.getText()).isEqualTo("Run week 2");
        assertThat(shown.week.getValue()).isEqualTo(1);
        assertThat(shown.inbox).isNotNull();
        assertThat(shown.inbox.answers).isNotEmpty();
        assertThat(shown.inbox.answers.keySet()).allMatch(id -> id.contains("-w1-"));
        assertThat(shown.score.getText()).startsWith("Week 1: reach ");
    }

    @Test
    @WithUserDetails("student1")
    void an_inbox_answer_autosaves_into_the_plan_and_re_scores_the_week() {
        AttemptState state = attempt(1);
        WeeksView view = open(state);
        InboxPanel.MessageAnswer message = firstNeedingAnswer(view);
        String before = view.score.getText();
        assertThat(message.action.isAttached()).isFalse();

        test(message.answer).click();
        message.action.setValue(CommunityAction.REPLY_PUBLIC);
        assertThat(message.status.getText()).isEqualTo("Not saved yet: choose both an action and a response time.");
        message.time.setValue(ResponseTime.WITHIN_AN_HOUR);
        test(message.reply).setValue("Hi, thanks for asking: yes, our cans are fully recyclable.");

        assertThat(attempts.attempt(state.attemptId()).plan().community())
                .containsExactly(new CommunityReply(
                        message.message.id(),
                        CommunityAction.REPLY_PUBLIC,
                        "Hi, thanks for asking: yes, our cans are fully recyclable.",
                        1));
        assertThat(message.status.getText()).isEqualTo("Answered and saved.");
        assertThat(message.given.getText())
                .isEqualTo(
                        "Reply publicly · Within 1 hour · “Hi, thanks for asking: yes, our cans are fully recyclable.”");
        assertThat(view.score.getText()).isNotEqualTo(before).contains("1 of ");
    }

    @Test
    @WithUserDetails("student1")
    void earlier_weeks_inboxes_are_read_only_with_the_answers_given() {
        AttemptState state = attempt(1);
        WeeksView view = open(state);
        InboxPanel.MessageAnswer message = firstNeedingAnswer(view);
        test(message.answer).click();
        message.action.setValue(CommunityAction.REPLY_THEN_DM);
        message.time.setValue(ResponseTime.SAME_DAY);
        test(view.runWeek).click();
        view = (WeeksView) getCurrentView();
        assertThat(view.inbox.answers.values())
                .allSatisfy(answer -> assertThat(answer.action.isReadOnly()).isFalse());

        test(view.week).selectItem("Week 1");

        InboxPanel.MessageAnswer earlier = view.inbox.answers.get(message.message.id());
        assertThat(earlier.action.getValue()).isEqualTo(CommunityAction.REPLY_THEN_DM);
        assertThat(earlier.time.getValue()).isEqualTo(ResponseTime.SAME_DAY);
        assertThat(earlier.given.getText()).startsWith("Reply, then move to DM · Same day");
        assertThat(view.inbox.answers.values()).allSatisfy(answer -> {
            assertThat(answer.answer.isAttached()).isFalse();
            assertThat(answer.action.isReadOnly()).isTrue();
            assertThat(answer.reply.isReadOnly()).isTrue();
            assertThat(answer.time.isReadOnly()).isTrue();
        });
        assertThat(text(view, "inbox-closed")).contains("closed when week 2 ran");
    }

    @Test
    @WithUserDetails("student1")
    void the_crisis_room_appears_only_once_the_crisis_week_has_run() {
        AttemptState state = attempt(3);
        WeeksView view = open(state);
        assertThat(view.crisis).isNull();

        test(view.runWeek).click();

        view = (WeeksView) getCurrentView();
        assertThat(view.crisis).isNotNull();
        view.tabs.setSelectedIndex(1);
        assertThat(text(view, "crisis-trigger")).contains("batch 0419");
        assertThat(view.crisis.status.getText()).contains("has not responded yet");
        // Until when and how are chosen, the rest waits.
        assertThat(view.crisis.holdingStatement.isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("student1")
    void crisis_decisions_autosave_re_score_and_lock_once_the_next_week_runs() {
        AttemptState state = attempt(4);
        WeeksView view = open(state);
        view.tabs.setSelectedIndex(1);
        CrisisPanel crisis = view.crisis;
        String before = view.score.getText();

        crisis.firstResponse.setValue(1.0);
        assertThat(attempts.attempt(state.attemptId()).plan().crisis()).isNull();
        crisis.strategy.setValue(CrisisStrategy.REBUILD);
        crisis.pausePromotion.setValue(true);
        crisis.channels.setValue(
                java.util.Set.copyOf(state.scenario().platforms().keySet()));
        test(crisis.holdingStatement).setValue("We are recalling batch 0419 today; full refunds.");
        test(crisis.addFollowUp).click();

        var saved = attempts.attempt(state.attemptId()).plan().crisis();
        assertThat(saved).isNotNull();
        assertThat(saved.firstResponseHours()).isEqualTo(1.0);
        assertThat(saved.strategy()).isEqualTo(CrisisStrategy.REBUILD);
        assertThat(saved.pausePromotion()).isTrue();
        assertThat(saved.channels())
                .containsExactlyElementsOf(state.scenario().platforms().keySet());
        assertThat(saved.holdingStatement()).isEqualTo("We are recalling batch 0419 today; full refunds.");
        assertThat(saved.followUps()).hasSize(1);
        assertThat(view.score.getText()).isNotEqualTo(before);
        assertThat(crisis.status.getText()).contains("saved");

        test(view.runWeek).click();

        view = (WeeksView) getCurrentView();
        view.tabs.setSelectedIndex(1);
        assertThat(view.crisis.strategy.getValue()).isEqualTo(CrisisStrategy.REBUILD);
        assertThat(view.crisis.strategy.isReadOnly()).isTrue();
        assertThat(view.crisis.holdingStatement.isReadOnly()).isTrue();
        assertThat(view.crisis.addFollowUp.isVisible()).isFalse();
        assertThat(text(view, "crisis-note")).contains("fixed").contains("week 5 has run");
    }

    @Test
    @WithUserDetails("student1")
    void the_dashboard_explains_the_week_and_draws_its_charts_with_data_tables() {
        WeeksView view = open(attempt(2));

        view.tabs.setSelectedIndex(1);

        DashboardPanel dashboard = view.dashboard;
        assertThat(text(dashboard, "dashboard-explanations"))
                .contains("Why week 2 went this way")
                .contains("needed an answer in week 2 got none");
        List<ChartFigure> figures = dashboard
                .charts
                .getChildren()
                .filter(ChartFigure.class::isInstance)
                .map(ChartFigure.class::cast)
                .toList();
        assertThat(figures).hasSizeGreaterThanOrEqualTo(9);
        assertThat(figures).allSatisfy(figure -> {
            assertThat(figure.chart.getElement().getAttribute("role")).isEqualTo("img");
            assertThat(figure.chart.getElement().getAttribute("aria-label")).isNotBlank();
            assertThat(figure.chart.getElement().getPropertyRaw("option")).isNotNull();
            // The data table is sent when its details open.
            assertThat(figure.table.getElement().getChildCount()).isZero();
            figure.details.setOpen(true);
            ComponentUtil.fireEvent(figure.details, new NativeDetails.ToggleEvent(figure.details, true));
            assertThat(figure.table.getElement().getChildCount()).isEqualTo(2);
        });

        test(dashboard.replications).click();

        assertThat(dashboard.replications.isEnabled()).isFalse();
        assertThat(dashboard.replications.getText()).contains("Uncertainty shown (50 replays)");
    }

    @Test
    @WithUserDetails("tutor1")
    void a_tutor_sees_the_weeks_read_only() {
        AttemptState state = as("student1", () -> attempt(4));

        WeeksView view = open(state);

        assertThat(view.runWeek.isAttached()).isFalse();
        assertThat(view.inbox.answers.values())
                .allSatisfy(answer -> assertThat(answer.action.isReadOnly()).isTrue());
        assertThat(text(view, "inbox-closed")).contains("Read only");
        view.tabs.setSelectedIndex(1);
        assertThat(view.crisis.strategy.isReadOnly()).isTrue();
        assertThat(text(view, "crisis-note")).contains("Read only");
    }

    private static InboxPanel.MessageAnswer firstNeedingAnswer(WeeksView view) {
        return view.inbox.answers.values().stream()
                .filter(answer -> answer.message.kind() == org.socialsim.scenario.definition.MessageKind.QUESTION)
                .findFirst()
                .orElseThrow();
    }

    private static String text(Component root, String id) {
        return find(root, id).getElement().getTextRecursively();
    }

    private static Component find(Component root, String id) {
        if (id.equals(root.getId().orElse(null))) {
            return root;
        }
        return root.getChildren()
                .map(child -> {
                    try {
                        return find(child, id);
                    } catch (AssertionError notThere) {
                        return null;
                    }
                })
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no component with id " + id));
    }

    private <T> T as(String username, Supplier<T> action) {
        var details = users.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                new UsernamePasswordAuthenticationToken(details, details.getPassword(), details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
