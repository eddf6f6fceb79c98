package org.socialsim.attempt.work;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.socialsim.attempt.work.WorkFixtures.boosted;
import static org.socialsim.attempt.work.WorkFixtures.campaign;
import static org.socialsim.attempt.work.WorkFixtures.coldBrew;
import static org.socialsim.attempt.work.WorkFixtures.forPersona;
import static org.socialsim.attempt.work.WorkFixtures.objectiveOn;
import static org.socialsim.attempt.work.WorkFixtures.plan;
import static org.socialsim.attempt.work.WorkFixtures.post;
import static org.socialsim.attempt.work.WorkFixtures.posts;
import static org.socialsim.attempt.work.WorkFixtures.staged;
import static org.socialsim.scenario.definition.Pillar.EDUCATIONAL;
import static org.socialsim.scenario.definition.Pillar.ENTERTAINING;
import static org.socialsim.scenario.definition.Pillar.PROMOTIONAL;
import static org.socialsim.scenario.definition.Pillar.USER_GENERATED;
import static org.socialsim.scenario.definition.Platform.INSTAGRAM;
import static org.socialsim.scenario.definition.Platform.TIKTOK;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.attempt.work.CalendarReview.Kind;
import org.socialsim.attempt.work.CalendarReview.Load;
import org.socialsim.attempt.work.CalendarReview.PlatformLoad;
import org.socialsim.attempt.work.CalendarReview.Warning;
import org.socialsim.attempt.work.CalendarReview.WeekReview;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.Post;

class CalendarReviewTest {

    @Test
    void posts_per_platform_are_counted_against_each_platforms_sweet_spot() {
        List<Post> posts = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            posts.add(post("w1-p" + i, 1, MONDAY, 8 + i, INSTAGRAM, EDUCATIONAL));
        }
        posts.add(post("w1-t1", 1, TUESDAY, 18, TIKTOK, ENTERTAINING));
        posts.add(post("w2-p1", 2, TUESDAY, 18, TIKTOK, ENTERTAINING));

        WeekReview review = CalendarReview.week(coldBrew(), posts(posts.toArray(Post[]::new)), 1);

        assertThat(review.posts()).isEqualTo(7);
        assertThat(review.platforms()).extracting(PlatformLoad::platform).containsExactly(INSTAGRAM, TIKTOK);
        PlatformLoad instagram = review.platforms().get(0);
        assertThat(instagram.posts()).isEqualTo(6);
        assertThat(instagram.sweetSpot().min()).isEqualTo(3);
        assertThat(instagram.sweetSpot().max()).isEqualTo(5);
        assertThat(instagram.load()).isEqualTo(Load.ABOVE);
        assertThat(review.platforms().get(1).posts()).isEqualTo(1);
        assertThat(review.platforms().get(1).load()).isEqualTo(Load.BELOW);
    }

    @Test
    void a_platform_inside_its_sweet_spot_is_within_at_both_ends() {
        Plan three = posts(
                post("a", 1, MONDAY, 9, INSTAGRAM, EDUCATIONAL),
                post("b", 1, TUESDAY, 9, INSTAGRAM, EDUCATIONAL),
                post("c", 1, FRIDAY, 9, INSTAGRAM, EDUCATIONAL));

        assertThat(CalendarReview.week(coldBrew(), three, 1).platforms().get(0).load())
                .isEqualTo(Load.WITHIN);
        List<Post> five = new ArrayList<>(three.posts());
        five.add(post("d", 1, SUNDAY, 11, INSTAGRAM, EDUCATIONAL));
        five.add(post("e", 1, SUNDAY, 12, INSTAGRAM, EDUCATIONAL));
        assertThat(CalendarReview.week(coldBrew(), posts(five.toArray(Post[]::new)), 1)
                        .platforms()
                        .get(0)
                        .load())
                .isEqualTo(Load.WITHIN);
    }

    @Test
    void the_pillar_mix_and_funnel_coverage_count_every_pillar_and_stage_and_name_the_missing_stages() {
        Plan plan = posts(
                post("a", 1, MONDAY, 9, INSTAGRAM, EDUCATIONAL),
                post("b", 1, MONDAY, 12, INSTAGRAM, EDUCATIONAL),
                staged(post("c", 1, TUESDAY, 9, TIKTOK, USER_GENERATED), FunnelStage.LOYALTY));

        WeekReview review = CalendarReview.week(coldBrew(), plan, 1);

        assertThat(review.pillars())
                .containsEntry(EDUCATIONAL, 2)
                .containsEntry(USER_GENERATED, 1)
                .containsEntry(ENTERTAINING, 0)
                .containsEntry(PROMOTIONAL, 0);
        assertThat(review.stages()).containsEntry(FunnelStage.AWARENESS, 2).containsEntry(FunnelStage.LOYALTY, 1);
        assertThat(review.missingStages()).containsExactly(FunnelStage.CONSIDERATION, FunnelStage.CONVERSION);
    }

    @Test
    void a_sensible_week_has_no_warnings() {
        Plan plan = posts(
                post("a", 1, MONDAY, 8, INSTAGRAM, EDUCATIONAL),
                post("b", 1, WEDNESDAY, 12, TIKTOK, ENTERTAINING),
                post("c", 1, FRIDAY, 18, INSTAGRAM, PROMOTIONAL));

        assertThat(CalendarReview.week(coldBrew(), plan, 1).warnings()).isEmpty();
    }

    @Test
    void an_empty_week_is_a_warning_on_its_own() {
        Plan plan = plan(
                List.of(objectiveOn(INSTAGRAM, 6)),
                List.of(post("a", 2, MONDAY, 8, INSTAGRAM, EDUCATIONAL)),
                List.of(),
                List.of());

        assertThat(CalendarReview.week(coldBrew(), plan, 1).warnings())
                .extracting(Warning::kind)
                .containsExactly(Kind.EMPTY_WEEK);
    }

    @Test
    void a_platform_an_objective_depends_on_with_nothing_planned_is_named() {
        Plan plan = plan(
                List.of(objectiveOn(TIKTOK, 6), objectiveOn(TIKTOK, null), objectiveOn(INSTAGRAM, 6)),
                List.of(post("a", 1, MONDAY, 8, INSTAGRAM, EDUCATIONAL)),
                List.of(),
                List.of());

        List<Warning> warnings = CalendarReview.week(coldBrew(), plan, 1).warnings();

        assertThat(warnings).hasSize(1);
        assertThat(warnings.getFirst().kind()).isEqualTo(Kind.OBJECTIVE_PLATFORM_EMPTY);
        assertThat(warnings.getFirst().platform()).isEqualTo(TIKTOK);
        assertThat(warnings.getFirst().count()).isEqualTo(2);
    }

    @Test
    void an_objective_whose_deadline_has_passed_or_that_names_no_platform_does_not_warn() {
        Plan plan = plan(
                List.of(objectiveOn(TIKTOK, 2), objectiveOn(null, 6)),
                List.of(post("a", 3, MONDAY, 8, INSTAGRAM, EDUCATIONAL)),
                List.of(),
                List.of());

        assertThat(CalendarReview.week(coldBrew(), plan, 3).warnings()).isEmpty();
    }

    @Test
    void a_week_of_nothing_but_promotion_is_called_out() {
        Plan plan =
                posts(post("a", 1, MONDAY, 8, INSTAGRAM, PROMOTIONAL), post("b", 1, TUESDAY, 8, TIKTOK, PROMOTIONAL));

        Warning warning = CalendarReview.week(coldBrew(), plan, 1).warnings().getFirst();

        assertThat(warning.kind()).isEqualTo(Kind.ALL_PROMOTIONAL);
        assertThat(warning.postIds()).containsExactly("a", "b");
    }

    @Test
    void more_than_half_promotional_is_called_out_but_exactly_half_is_not() {
        Plan heavy = posts(
                post("a", 1, MONDAY, 8, INSTAGRAM, PROMOTIONAL),
                post("b", 1, TUESDAY, 8, TIKTOK, PROMOTIONAL),
                post("c", 1, TUESDAY, 9, TIKTOK, EDUCATIONAL));
        Plan half =
                posts(post("a", 1, MONDAY, 8, INSTAGRAM, PROMOTIONAL), post("c", 1, TUESDAY, 9, TIKTOK, EDUCATIONAL));

        WeekReview review = CalendarReview.week(coldBrew(), heavy, 1);
        assertThat(review.has(Kind.MOSTLY_PROMOTIONAL)).isTrue();
        assertThat(review.has(Kind.ALL_PROMOTIONAL)).isFalse();
        assertThat(CalendarReview.week(coldBrew(), half, 1).warnings()).isEmpty();
    }

    @Test
    void posts_between_midnight_and_six_count_as_night_posts() {
        Plan plan = posts(
                post("midnight", 1, MONDAY, 0, INSTAGRAM, EDUCATIONAL),
                post("three", 1, TUESDAY, 3, TIKTOK, ENTERTAINING),
                post("five", 1, TUESDAY, 5, TIKTOK, ENTERTAINING),
                post("six", 1, FRIDAY, 6, INSTAGRAM, USER_GENERATED),
                post("late", 1, FRIDAY, 23, INSTAGRAM, USER_GENERATED));

        List<Warning> warnings = CalendarReview.week(coldBrew(), plan, 1).warnings();

        assertThat(warnings).extracting(Warning::kind).containsExactly(Kind.NIGHT_POSTS);
        assertThat(warnings.getFirst().count()).isEqualTo(3);
        assertThat(warnings.getFirst().postIds()).containsExactly("midnight", "three", "five");
    }

    @Test
    void posts_for_no_persona_or_a_persona_that_no_longer_exists_are_counted() {
        Plan plan = posts(
                forPersona(post("a", 1, MONDAY, 8, INSTAGRAM, EDUCATIONAL), null),
                forPersona(post("b", 1, TUESDAY, 8, TIKTOK, ENTERTAINING), "deleted-dave"),
                post("c", 1, TUESDAY, 9, TIKTOK, USER_GENERATED));

        Warning warning = CalendarReview.week(coldBrew(), plan, 1).warnings().getFirst();

        assertThat(warning.kind()).isEqualTo(Kind.NO_PERSONA);
        assertThat(warning.postIds()).containsExactly("a", "b");
    }

    @Test
    void boosts_beyond_the_ads_budget_are_a_warning_in_every_week() {
        Plan plan = posts(
                boosted(post("a", 1, MONDAY, 8, INSTAGRAM, EDUCATIONAL), 3000),
                boosted(post("b", 4, MONDAY, 8, INSTAGRAM, EDUCATIONAL), 2500));

        assertThat(CalendarReview.week(coldBrew(), plan, 1).has(Kind.BOOSTS_OVER_BUDGET))
                .isTrue();
        assertThat(CalendarReview.week(coldBrew(), plan, 2).has(Kind.BOOSTS_OVER_BUDGET))
                .isTrue();
        assertThat(CalendarReview.week(coldBrew(), plan, 1).boosts()).isEqualTo(3000);
    }

    @Test
    void boosts_within_budget_but_over_it_with_the_campaigns_warn_about_the_ads_budget() {
        Plan plan = plan(
                List.of(),
                List.of(boosted(post("a", 1, MONDAY, 8, INSTAGRAM, EDUCATIONAL), 1000)),
                List.of(campaign("c1", 4500, 2, 4)),
                List.of());

        WeekReview review = CalendarReview.week(coldBrew(), plan, 1);

        assertThat(review.has(Kind.ADS_OVER_BUDGET)).isTrue();
        assertThat(review.has(Kind.BOOSTS_OVER_BUDGET)).isFalse();
    }

    @Test
    void a_weeks_posts_come_in_calendar_order_by_day_then_hour() {
        Plan plan = posts(
                post("late-monday", 1, MONDAY, 20, INSTAGRAM, EDUCATIONAL),
                post("friday", 1, FRIDAY, 7, INSTAGRAM, EDUCATIONAL),
                post("early-monday", 1, MONDAY, 7, TIKTOK, EDUCATIONAL),
                post("other-week", 2, MONDAY, 6, TIKTOK, EDUCATIONAL));

        assertThat(CalendarReview.postsOf(plan, 1))
                .extracting(Post::id)
                .containsExactly("early-monday", "late-monday", "friday");
        assertThat(CalendarReview.postsOn(plan, 1, MONDAY))
                .extracting(Post::id)
                .containsExactly("early-monday", "late-monday");
    }

    @Test
    void posts_per_week_lists_every_week_of_the_scenario() {
        Plan plan = posts(
                post("a", 1, MONDAY, 8, INSTAGRAM, EDUCATIONAL),
                post("b", 1, MONDAY, 9, INSTAGRAM, EDUCATIONAL),
                post("c", 3, MONDAY, 9, INSTAGRAM, EDUCATIONAL));

        assertThat(CalendarReview.postsPerWeek(coldBrew(), plan))
                .containsExactly(
                        java.util.Map.entry(1, 2),
                        java.util.Map.entry(2, 0),
                        java.util.Map.entry(3, 1),
                        java.util.Map.entry(4, 0),
                        java.util.Map.entry(5, 0),
                        java.util.Map.entry(6, 0));
    }

    @Test
    void every_pillar_promotional_share_boundary_is_checked_against_the_rule_of_thirds() {
        for (Pillar other : List.of(EDUCATIONAL, ENTERTAINING, USER_GENERATED)) {
            Plan twoOfThree = posts(
                    post("a", 1, MONDAY, 8, INSTAGRAM, PROMOTIONAL),
                    post("b", 1, MONDAY, 9, INSTAGRAM, PROMOTIONAL),
                    post("c", 1, MONDAY, 10, INSTAGRAM, other));
            assertThat(CalendarReview.week(coldBrew(), twoOfThree, 1).has(Kind.MOSTLY_PROMOTIONAL))
                    .as(other.name())
                    .isTrue();
        }
    }
}
