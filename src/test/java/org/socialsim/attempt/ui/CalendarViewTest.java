package org.socialsim.attempt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.ReferencePlans;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.Post;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
class CalendarViewTest extends SpringBrowserlessTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    UserDetailsService users;

    @Test
    @WithUserDetails("student1")
    void a_student_adds_a_post_through_the_dialog_and_it_is_stored_and_shown_on_its_day() {
        AttemptState state = open();
        CalendarView view = calendar(state);
        assertThat(view.warnings.isVisible()).isTrue();

        test(view.addPost).click();
        roundTrip();
        PostDialog dialog = Objects.requireNonNull(view.postDialog);
        test(dialog.day).selectItem("Wednesday");
        test(dialog.hour).selectItem("08:00");
        test(dialog.pillar).selectItem("Entertaining");
        test(dialog.caption).setValue("Meet the roaster: 18 hours of slow steeping");
        test(dialog.hashtags).setValue("#coldbrew oatmilk");
        test(dialog.boost).setValue(25.0);
        test(dialog.apply).click();

        assertThat(dialog.boost.isInvalid()).as("boost invalid").isFalse();
        assertThat(dialog.caption.isInvalid()).as("caption invalid").isFalse();
        assertThat($(com.vaadin.flow.component.notification.Notification.class).all())
                .isEmpty();
        Post stored = onlyPost(state);
        assertThat(stored.id()).isEqualTo("w1-p1");
        assertThat(stored.week()).isEqualTo(1);
        assertThat(stored.day()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(stored.hour()).isEqualTo(8);
        assertThat(stored.pillar()).isEqualTo(Pillar.ENTERTAINING);
        assertThat(stored.hashtags()).containsExactly("coldbrew", "oatmilk");
        assertThat(stored.boost()).isEqualTo(25.0);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(card(view, "w1-p1").getParent().orElseThrow().getId()).contains("calendar-day-wednesday");
        assertThat(card(view, "w1-p1").getElement().getTextRecursively())
                .contains("08:00", "Instagram", "Entertaining", "Meet the roaster");
    }

    @Test
    @WithUserDetails("student1")
    void a_post_without_a_caption_is_not_added_and_the_caption_is_marked() {
        AttemptState state = open();
        CalendarView view = calendar(state);

        test(view.addPost).click();
        roundTrip();
        PostDialog dialog = Objects.requireNonNull(view.postDialog);
        test(dialog.apply).click();

        assertThat(dialog.caption.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(attempts.attempt(state.attemptId()).plan().posts()).isEmpty();
    }

    @Test
    @WithUserDetails("student1")
    void the_format_list_offers_only_what_the_chosen_platform_supports() {
        AttemptState state = open();
        CalendarView view = calendar(state);

        test(view.addPost).click();
        roundTrip();
        PostDialog dialog = Objects.requireNonNull(view.postDialog);
        assertThat(dialog.platform.getListDataView().getItems()).containsExactly(Platform.INSTAGRAM, Platform.TIKTOK);
        assertThat(dialog.format.getListDataView().getItems())
                .containsExactlyInAnyOrderElementsOf(
                        state.scenario().platform(Platform.INSTAGRAM).formats().keySet());
        test(dialog.format).selectItem("Reel");

        test(dialog.platform).selectItem("TikTok");

        assertThat(dialog.format.getListDataView().getItems())
                .containsExactlyInAnyOrderElementsOf(
                        state.scenario().platform(Platform.TIKTOK).formats().keySet())
                .doesNotContain(Format.REEL);
        assertThat(dialog.format.getValue()).isNotNull().isNotEqualTo(Format.REEL);
        assertThat(dialog.platform.getHelperText()).isEqualTo("Sweet spot: 4–7 posts a week");
    }

    @Test
    @WithUserDetails("student1")
    void editing_a_post_changes_it_in_place() {
        AttemptState state = withPosts(open(), post("w1-p1", 1, DayOfWeek.MONDAY, 9));
        CalendarView view = calendar(state);

        test(card(view, "w1-p1")).click();
        roundTrip();
        PostDialog dialog = Objects.requireNonNull(view.postDialog);
        test(dialog.caption).setValue("Cold brew, now in oat");
        test(dialog.day).selectItem("Friday");
        test(dialog.apply).click();

        assertThat(dialog.boost.isInvalid()).as("boost invalid").isFalse();
        assertThat(dialog.caption.isInvalid()).as("caption invalid").isFalse();
        assertThat($(com.vaadin.flow.component.notification.Notification.class).all())
                .isEmpty();
        Post stored = onlyPost(state);
        assertThat(stored.id()).isEqualTo("w1-p1");
        assertThat(stored.caption()).isEqualTo("Cold brew, now in oat");
        assertThat(stored.day()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(card(view, "w1-p1").getParent().orElseThrow().getId()).contains("calendar-day-friday");
    }

    @Test
    @WithUserDetails("student1")
    void a_post_moved_to_another_week_keeps_its_id_and_the_calendar_follows_it() {
        AttemptState state = withPosts(open(), post("w1-p1", 1, DayOfWeek.MONDAY, 9));
        CalendarView view = calendar(state);

        test(card(view, "w1-p1")).click();
        roundTrip();
        test(Objects.requireNonNull(view.postDialog).move).click();
        roundTrip();
        PlacementDialog placement = Objects.requireNonNull(view.placementDialog);
        test(placement.week).selectItem("Week 3");
        test(placement.day).selectItem("Thursday");
        test(placement.apply).click();

        Post stored = onlyPost(state);
        assertThat(stored.id()).isEqualTo("w1-p1");
        assertThat(stored.week()).isEqualTo(3);
        assertThat(stored.day()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(view.weeks.getSelectedIndex()).isEqualTo(2);
        assertThat(card(view, "w1-p1").getParent().orElseThrow().getId()).contains("calendar-day-thursday");
        assertThat(placement.isOpened()).isFalse();
    }

    @Test
    @WithUserDetails("student1")
    void a_copied_post_gets_a_new_id_in_its_week_and_the_original_stays() {
        AttemptState state = withPosts(open(), post("w1-p1", 1, DayOfWeek.MONDAY, 9));
        CalendarView view = calendar(state);

        test(card(view, "w1-p1")).click();
        roundTrip();
        test(Objects.requireNonNull(view.postDialog).copy).click();
        roundTrip();
        PlacementDialog placement = Objects.requireNonNull(view.placementDialog);
        assertThat(placement.week.getValue()).isEqualTo(2);
        test(placement.apply).click();

        List<Post> posts = attempts.attempt(state.attemptId()).plan().posts();
        assertThat(posts).extracting(Post::id).containsExactly("w1-p1", "w2-p1");
        assertThat(posts.get(1).caption()).isEqualTo(posts.get(0).caption());
        assertThat(posts.get(1).day()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(view.weeks.getSelectedIndex()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("student1")
    void a_deleted_post_is_gone_from_the_plan_and_the_grid() {
        AttemptState state =
                withPosts(open(), post("w1-p1", 1, DayOfWeek.MONDAY, 9), post("w1-p2", 1, DayOfWeek.TUESDAY, 9));
        CalendarView view = calendar(state);

        test(card(view, "w1-p1")).click();
        roundTrip();
        test(Objects.requireNonNull(view.postDialog).delete).click();

        assertThat(attempts.attempt(state.attemptId()).plan().posts())
                .extracting(Post::id)
                .containsExactly("w1-p2");
        assertThat(view.grid.getChildren().flatMap(Component::getChildren))
                .noneMatch(c -> c.getId().orElse("").equals("post-w1-p1"));
    }

    @Test
    @WithUserDetails("student1")
    void a_night_post_and_an_all_promotional_week_raise_warnings_that_go_once_fixed() {
        AttemptState state = withPosts(open(), promotional(post("w1-p1", 1, DayOfWeek.MONDAY, 3)));
        CalendarView view = calendar(state);

        assertThat(warningClasses(view)).contains("warning-night-posts", "warning-all-promotional");
        assertThat(view.warnings.getElement().getTextRecursively()).contains("between 00:00 and 05:59");
        assertThat(card(view, "w1-p1").getClassNames()).contains("flagged");

        test(card(view, "w1-p1")).click();
        roundTrip();
        PostDialog dialog = Objects.requireNonNull(view.postDialog);
        test(dialog.hour).selectItem("08:00");
        test(dialog.pillar).selectItem("Educational");
        test(dialog.apply).click();

        assertThat(warningClasses(view)).doesNotContain("warning-night-posts", "warning-all-promotional");
    }

    @Test
    @WithUserDetails("student1")
    void boosting_beyond_the_ads_budget_is_warned_about_and_the_budget_line_says_how_far_over() {
        AttemptState state = withPosts(open(), post("w1-p1", 1, DayOfWeek.MONDAY, 9));
        CalendarView view = calendar(state);
        assertThat(warningClasses(view)).doesNotContain("warning-boosts-over-budget");

        test(card(view, "w1-p1")).click();
        roundTrip();
        PostDialog dialog = Objects.requireNonNull(view.postDialog);
        test(dialog.boost).setValue(5400.0);
        test(dialog.apply).click();

        assertThat(warningClasses(view)).contains("warning-boosts-over-budget");
        assertThat(view.warnings.getElement().getTextRecursively())
                .contains("Your boosts add up to £5,400, more than the whole ads budget of £5,000.");
        assertThat(view.summary.getElement().getTextRecursively()).contains("Ads budget: £400 over the £5,000");
    }

    @Test
    @WithUserDetails("student1")
    void the_summary_compares_posts_per_platform_with_the_sweet_spot() {
        AttemptState state = withPosts(open(), post("w1-p1", 1, DayOfWeek.MONDAY, 9));
        CalendarView view = calendar(state);

        assertThat(view.summary.getElement().getTextRecursively())
                .contains("Instagram: 1 — below the sweet spot of 3–5")
                .contains("TikTok: 0 — below the sweet spot of 4–7")
                .contains("No post this week speaks to: Consideration, Conversion, Loyalty.");
    }

    @Test
    @WithUserDetails("student1")
    void a_week_that_has_run_is_read_only_but_its_posts_can_be_copied_to_a_coming_week() {
        AttemptState state = open();
        state = attempts.savePlan(state.attemptId(), state.version(), ReferencePlans.competent(state.scenario()));
        state = attempts.runWeek(state.attemptId(), state.version());
        CalendarView view = calendar(state);
        assertThat(view.weeks.getSelectedIndex()).isEqualTo(1);
        assertThat(view.weeks.getTabAt(0).getLabel()).contains("ran — read only");

        view.weeks.setSelectedIndex(0);

        assertThat(view.addPost.isVisible()).isFalse();
        assertThat(view.frozen.getText()).contains("Week 1 has run");
        Post first =
                CalendarReviewPosts.first(attempts.attempt(state.attemptId()).plan(), 1);
        test(card(view, first.id())).click();
        roundTrip();
        PostDialog dialog = Objects.requireNonNull(view.postDialog);
        assertThat(dialog.caption.isReadOnly()).isTrue();
        assertThat(dialog.platform.isReadOnly()).isTrue();
        assertThat(dialog.apply.isAttached()).isFalse();
        assertThat(dialog.delete.isAttached()).isFalse();
        int before = attempts.attempt(state.attemptId()).plan().posts().size();

        test(dialog.copy).click();
        roundTrip();
        PlacementDialog placement = Objects.requireNonNull(view.placementDialog);
        assertThat(placement.week.getListDataView().getItems()).doesNotContain(1);
        test(placement.apply).click();

        Plan after = attempts.attempt(state.attemptId()).plan();
        assertThat(after.posts()).hasSize(before + 1);
        assertThat(after.posts()).contains(first);
    }

    @Test
    @WithUserDetails("tutor1")
    void a_tutor_sees_the_students_calendar_read_only() {
        AttemptState state = as("student1", () -> {
            AttemptState opened =
                    attempts.open(attempts.myAssignments().getFirst().assignmentId());
            return attempts.savePlan(
                    opened.attemptId(),
                    opened.version(),
                    new Plan(
                            List.of(),
                            List.of(),
                            List.of(post("w1-p1", 1, DayOfWeek.MONDAY, 9)),
                            List.of(),
                            List.of(),
                            List.of(),
                            null));
        });
        CalendarView view = calendar(state);

        assertThat(view.addPost.isVisible()).isFalse();
        assertThat(view.frozen.getText()).contains("Read only");
        test(card(view, "w1-p1")).click();
        roundTrip();
        PostDialog dialog = Objects.requireNonNull(view.postDialog);
        assertThat(dialog.caption.isReadOnly()).isTrue();
        assertThat(dialog.copy.isAttached()).isFalse();
        assertThat(dialog.apply.isAttached()).isFalse();
    }

    private AttemptState open() {
        return attempts.open(attempts.myAssignments().getFirst().assignmentId());
    }

    private CalendarView calendar(AttemptState state) {
        return navigate(AttemptStep.CALENDAR.path(state.attemptId()), CalendarView.class);
    }

    private AttemptState withPosts(AttemptState state, Post... posts) {
        Plan plan = state.plan();
        return attempts.savePlan(
                state.attemptId(),
                state.version(),
                new Plan(
                        plan.objectives(),
                        plan.personas(),
                        List.of(posts),
                        plan.campaigns(),
                        plan.influencers(),
                        plan.community(),
                        plan.crisis()));
    }

    private Post onlyPost(AttemptState state) {
        List<Post> posts = attempts.attempt(state.attemptId()).plan().posts();
        assertThat(posts).hasSize(1);
        return posts.getFirst();
    }

    private static NativeButton card(CalendarView view, String postId) {
        return view.grid
                .getChildren()
                .flatMap(Component::getChildren)
                .filter(c -> c.getId().orElse("").equals("post-" + postId))
                .map(NativeButton.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no card for " + postId));
    }

    private static List<String> warningClasses(CalendarView view) {
        return view.warnings
                .getChildren()
                .map(ListItem.class::cast)
                .flatMap(item -> item.getClassNames().stream())
                .toList();
    }

    static Post post(String id, int week, DayOfWeek day, int hour) {
        return new Post(
                id,
                week,
                day,
                hour,
                Platform.INSTAGRAM,
                Format.REEL,
                Pillar.EDUCATIONAL,
                null,
                org.socialsim.scenario.definition.FunnelStage.AWARENESS,
                org.socialsim.simulation.plan.CallToAction.FOLLOW,
                null,
                "How we steep cold brew for 18 hours",
                List.of("coldbrew"),
                0);
    }

    private static Post promotional(Post post) {
        return new Post(
                post.id(),
                post.week(),
                post.day(),
                post.hour(),
                post.platform(),
                post.format(),
                Pillar.PROMOTIONAL,
                post.persona(),
                post.stage(),
                post.callToAction(),
                post.link(),
                post.caption(),
                post.hashtags(),
                post.boost());
    }

    private <T> T as(String username, Supplier<T> action) {
        var details = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                new UsernamePasswordAuthenticationToken(details, details.getPassword(), details.getAuthorities()));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The first post of a week in calendar order. */
    private static final class CalendarReviewPosts {
        static Post first(Plan plan, int week) {
            return org.socialsim.attempt.work.CalendarReview.postsOf(plan, week).getFirst();
        }
    }
}
