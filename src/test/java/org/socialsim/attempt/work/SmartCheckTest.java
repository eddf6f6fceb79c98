package org.socialsim.attempt.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.socialsim.attempt.work.SmartCheck.Letter;
import org.socialsim.attempt.work.SmartCheck.Mark;
import org.socialsim.scenario.definition.ObjectiveKind;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.SmartObjective;

class SmartCheckTest {

    private final ScenarioDefinition scenario = WorkFixtures.brewhaven();

    /** A good objective: 150 web-shop sales from Instagram by week 6, for the launch-sales business objective. */
    private static SmartObjective good() {
        return new SmartObjective(
                "o1",
                "Sell 150 four-packs through Instagram links by the end of week 6",
                Kpi.CONVERSIONS,
                Platform.INSTAGRAM,
                0,
                150,
                6,
                "launch-sales");
    }

    private static SmartObjective with(
            @Nullable Kpi kpi,
            @Nullable Platform platform,
            double baseline,
            double target,
            @Nullable Integer week,
            @Nullable String business) {
        return new SmartObjective("o1", good().statement(), kpi, platform, baseline, target, week, business);
    }

    private Mark mark(SmartObjective objective, Letter letter) {
        return SmartCheck.check(objective, scenario).get(letter.ordinal());
    }

    @Test
    void a_well_formed_sales_objective_meets_all_five_letters_in_order() {
        List<Mark> marks = SmartCheck.check(good(), scenario);

        assertThat(marks).extracting(Mark::letter).containsExactly(Letter.values());
        assertThat(marks).allMatch(Mark::met);
        assertThat(SmartCheck.metCount(good(), scenario)).isEqualTo(5);
        assertThat(mark(good(), Letter.R).reason())
                .isEqualTo(Reason.because("smart.r.met", Kpi.CONVERSIONS, ObjectiveKind.SALES));
        assertThat(mark(good(), Letter.T).reason()).isEqualTo(Reason.because("smart.t.met", 6, 6));
    }

    @Test
    void an_empty_statement_is_not_specific() {
        SmartObjective blank = new SmartObjective("o1", "  ", Kpi.CONVERSIONS, null, 0, 150, 6, "launch-sales");

        assertThat(mark(blank, Letter.S).met()).isFalse();
        assertThat(mark(blank, Letter.S).reason().key()).isEqualTo("smart.s.no-statement");
    }

    @Test
    void a_statement_of_three_words_is_too_vague_to_be_specific() {
        SmartObjective vague =
                new SmartObjective("o1", "grow Instagram more", Kpi.FOLLOWERS, null, 0, 150, 6, "awareness");

        assertThat(mark(vague, Letter.S).met()).isFalse();
        assertThat(mark(vague, Letter.S).reason().key()).isEqualTo("smart.s.vague");
    }

    @Test
    void a_platform_the_brand_is_not_on_is_not_specific() {
        SmartObjective linkedIn = with(Kpi.CONVERSIONS, Platform.LINKEDIN, 0, 150, 6, "launch-sales");

        assertThat(mark(linkedIn, Letter.S).met()).isFalse();
        assertThat(mark(linkedIn, Letter.S).reason())
                .isEqualTo(Reason.because("smart.s.unknown-platform", Platform.LINKEDIN));
    }

    @Test
    void all_platforms_together_is_specific_enough() {
        assertThat(mark(with(Kpi.CONVERSIONS, null, 0, 150, 6, "launch-sales"), Letter.S)
                        .met())
                .isTrue();
    }

    @Test
    void without_a_kpi_an_objective_is_not_measurable_and_its_achievability_cannot_be_judged() {
        SmartObjective noKpi = with(null, Platform.INSTAGRAM, 0, 150, 6, "launch-sales");

        assertThat(mark(noKpi, Letter.M).reason().key()).isEqualTo("smart.m.no-kpi");
        assertThat(mark(noKpi, Letter.M).met()).isFalse();
        assertThat(mark(noKpi, Letter.A).met()).isFalse();
        assertThat(mark(noKpi, Letter.A).reason().key()).isEqualTo("smart.a.nothing-to-judge");
        // Still linked to a business objective, so relevance stands.
        assertThat(mark(noKpi, Letter.R).met()).isTrue();
    }

    @Test
    void a_target_equal_to_the_baseline_measures_no_change() {
        SmartObjective flat = with(Kpi.CONVERSIONS, Platform.INSTAGRAM, 150, 150, 6, "launch-sales");

        assertThat(mark(flat, Letter.M).met()).isFalse();
        assertThat(mark(flat, Letter.M).reason().key()).isEqualTo("smart.m.no-change");
        assertThat(mark(flat, Letter.A).met()).isFalse();
    }

    @Test
    void negative_counts_are_not_measurable() {
        SmartObjective negative = with(Kpi.CONVERSIONS, Platform.INSTAGRAM, -5, 150, 6, "launch-sales");

        assertThat(mark(negative, Letter.M).met()).isFalse();
        assertThat(mark(negative, Letter.M).reason()).isEqualTo(Reason.because("smart.m.negative", Kpi.CONVERSIONS));
    }

    @Test
    void net_sentiment_may_start_below_zero() {
        SmartObjective recovery = with(Kpi.NET_SENTIMENT, null, -0.2, 0.3, 6, "service");

        assertThat(mark(recovery, Letter.M).met()).isTrue();
        assertThat(mark(recovery, Letter.A).met()).isTrue();
    }

    @Test
    void a_rate_above_one_hundred_percent_is_not_measurable() {
        SmartObjective impossible = with(Kpi.CTR, Platform.INSTAGRAM, 0.004, 1.5, 6, "launch-sales");

        assertThat(mark(impossible, Letter.M).met()).isFalse();
        assertThat(mark(impossible, Letter.M).reason().key()).isEqualTo("smart.m.over-whole");
    }

    @Test
    void follower_growth_may_exceed_one_hundred_percent_as_a_measure_but_not_as_an_achievable_target() {
        SmartObjective doubling = with(Kpi.FOLLOWER_GROWTH, Platform.INSTAGRAM, 0, 1.5, 6, "awareness");

        assertThat(mark(doubling, Letter.M).met()).isTrue();
        assertThat(mark(doubling, Letter.A).met()).isFalse();
    }

    @Test
    void four_hundred_percent_more_followers_in_six_weeks_is_far_above_the_monthly_benchmark() {
        // 4,200 → 21,000 is +400%: over 6 weeks (1.38 months) that is about 289% a month, against 5–10%.
        SmartObjective fivefold = with(Kpi.FOLLOWERS, Platform.INSTAGRAM, 4200, 21_000, 6, "awareness");

        Mark achievable = mark(fivefold, Letter.A);

        assertThat(achievable.met()).isFalse();
        assertThat(achievable.reason().key()).isEqualTo("smart.a.growth-too-fast");
        List<Object> quoted = achievable.reason().arguments();
        assertThat((double) quoted.get(0)).isCloseTo(4.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(quoted.get(1)).isEqualTo(6);
        assertThat((double) quoted.get(2))
                .isCloseTo(4.0 / (6 / (52.0 / 12)), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void follower_growth_inside_five_to_ten_percent_a_month_is_realistic() {
        // +10% over 6 weeks ≈ 7.2% a month.
        SmartObjective steady = with(Kpi.FOLLOWERS, Platform.INSTAGRAM, 4200, 4620, 6, "awareness");

        assertThat(mark(steady, Letter.A).met()).isTrue();
        assertThat(mark(steady, Letter.A).reason().key()).isEqualTo("smart.a.growth-realistic");
    }

    @Test
    void growth_between_ten_and_twenty_percent_a_month_is_achievable_but_called_ambitious() {
        // +20% over 6 weeks ≈ 14.4% a month.
        SmartObjective stretch = with(Kpi.FOLLOWERS, Platform.INSTAGRAM, 4200, 5040, 6, "awareness");

        assertThat(mark(stretch, Letter.A).met()).isTrue();
        assertThat(mark(stretch, Letter.A).reason().key()).isEqualTo("smart.a.growth-ambitious");
    }

    @Test
    void the_same_growth_over_fewer_weeks_becomes_unachievable() {
        // +20% by week 2 ≈ 43% a month.
        SmartObjective rushed = with(Kpi.FOLLOWERS, Platform.INSTAGRAM, 4200, 5040, 2, "awareness");

        assertThat(mark(rushed, Letter.A).met()).isFalse();
    }

    @Test
    void without_a_baseline_follower_targets_are_judged_against_the_followers_the_brand_has_now() {
        // Instagram has 4,200 followers in the brief; 8,400 is +100% in 6 weeks.
        SmartObjective noBaseline = with(Kpi.FOLLOWERS, Platform.INSTAGRAM, 0, 8400, 6, "awareness");

        assertThat(mark(noBaseline, Letter.A).met()).isFalse();
        assertThat((double) mark(noBaseline, Letter.A).reason().arguments().get(0))
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void a_follower_growth_target_is_turned_into_growth_a_month_over_the_weeks_to_its_deadline() {
        SmartObjective sixPercent = with(Kpi.FOLLOWER_GROWTH, Platform.TIKTOK, 0, 0.08, 6, "awareness");
        SmartObjective thirtyPercentInThreeWeeks = with(Kpi.FOLLOWER_GROWTH, Platform.TIKTOK, 0, 0.3, 3, "awareness");

        assertThat(mark(sixPercent, Letter.A).reason().key()).isEqualTo("smart.a.growth-realistic");
        assertThat(mark(thirtyPercentInThreeWeeks, Letter.A).reason().key()).isEqualTo("smart.a.growth-too-fast");
    }

    @Test
    void an_engagement_rate_target_far_above_the_platforms_benchmark_is_not_achievable() {
        // Instagram's benchmark in the brief is 0.47% per follower; 5% is over ten times it.
        SmartObjective tenfold = with(Kpi.ENGAGEMENT_RATE, Platform.INSTAGRAM, 0.0047, 0.05, 6, "awareness");

        Mark achievable = mark(tenfold, Letter.A);

        assertThat(achievable.met()).isFalse();
        assertThat(achievable.reason().key()).isEqualTo("smart.a.engagement-too-high");
        assertThat(achievable.reason().arguments().subList(0, 3)).containsExactly(0.05, Platform.INSTAGRAM, 0.0047);
        assertThat(achievable.reason().arguments().get(3).toString()).startsWith("Rival IQ, 2022 data");
    }

    @Test
    void an_engagement_rate_target_near_the_benchmark_is_realistic_and_up_to_three_times_it_ambitious() {
        SmartObjective near = with(Kpi.ENGAGEMENT_RATE, Platform.INSTAGRAM, 0.0047, 0.008, 6, "awareness");
        SmartObjective stretch = with(Kpi.ENGAGEMENT_RATE, Platform.INSTAGRAM, 0.0047, 0.012, 6, "awareness");

        assertThat(mark(near, Letter.A).reason().key()).isEqualTo("smart.a.engagement-realistic");
        assertThat(mark(stretch, Letter.A).met()).isTrue();
        assertThat(mark(stretch, Letter.A).reason().key()).isEqualTo("smart.a.engagement-ambitious");
    }

    @Test
    void across_all_platforms_the_engagement_target_is_held_to_the_highest_platform_benchmark() {
        // TikTok's 2.63% is the higher benchmark, so 5% across platforms is ambitious, not impossible.
        SmartObjective all = with(Kpi.ENGAGEMENT_RATE, null, 0.01, 0.05, 6, "awareness");

        assertThat(mark(all, Letter.A).met()).isTrue();
        assertThat(mark(all, Letter.A).reason().arguments().get(1)).isEqualTo(Platform.TIKTOK);
    }

    @Test
    void aiming_lower_than_the_baseline_is_not_achievable_as_an_improvement() {
        SmartObjective fewerSales = with(Kpi.CONVERSIONS, Platform.INSTAGRAM, 150, 100, 6, "launch-sales");
        SmartObjective dearerClicks = with(Kpi.CPC, Platform.INSTAGRAM, 0.8, 1.2, 6, "launch-sales");

        assertThat(mark(fewerSales, Letter.A).reason())
                .isEqualTo(Reason.because("smart.a.wrong-direction", Kpi.CONVERSIONS));
        assertThat(mark(dearerClicks, Letter.A).met()).isFalse();
    }

    @Test
    void a_lower_cost_per_click_is_the_right_direction_for_a_cost_kpi() {
        SmartObjective cheaperClicks = with(Kpi.CPC, Platform.INSTAGRAM, 1.2, 0.9, 6, "launch-sales");

        assertThat(mark(cheaperClicks, Letter.A).met()).isTrue();
        assertThat(mark(cheaperClicks, Letter.A).reason().key()).isEqualTo("smart.a.no-benchmark");
    }

    @ParameterizedTest
    @EnumSource(
            value = Kpi.class,
            names = {"LIKES", "IMPRESSIONS", "FOLLOWERS"})
    void a_vanity_metric_without_a_business_objective_is_called_out(Kpi vanity) {
        SmartObjective unlinked = with(vanity, Platform.INSTAGRAM, 100, 150, 6, null);

        assertThat(mark(unlinked, Letter.R).met()).isFalse();
        assertThat(mark(unlinked, Letter.R).reason()).isEqualTo(Reason.because("smart.r.vanity", vanity));
    }

    @Test
    void an_outcome_kpi_without_a_business_objective_is_asked_to_link_one() {
        SmartObjective unlinked = with(Kpi.CONVERSIONS, Platform.INSTAGRAM, 0, 150, 6, null);

        assertThat(mark(unlinked, Letter.R).reason().key()).isEqualTo("smart.r.no-business-objective");
    }

    @Test
    void a_vanity_metric_linked_to_awareness_is_relevant_with_a_nudge_towards_outcomes() {
        SmartObjective linked = with(Kpi.FOLLOWERS, Platform.INSTAGRAM, 4200, 4620, 6, "awareness");

        assertThat(mark(linked, Letter.R).met()).isTrue();
        assertThat(mark(linked, Letter.R).reason())
                .isEqualTo(Reason.because("smart.r.vanity-linked", Kpi.FOLLOWERS, ObjectiveKind.AWARENESS));
    }

    @Test
    void likes_do_not_show_progress_on_sales() {
        SmartObjective likesForSales = with(Kpi.LIKES, Platform.INSTAGRAM, 100, 300, 6, "launch-sales");

        assertThat(mark(likesForSales, Letter.R).met()).isFalse();
        assertThat(mark(likesForSales, Letter.R).reason())
                .isEqualTo(Reason.because("smart.r.mismatch", Kpi.LIKES, ObjectiveKind.SALES));
    }

    @Test
    void ad_spend_is_a_cost_and_never_a_relevant_objective() {
        assertThat(mark(with(Kpi.SPEND, null, 0, 2000, 6, "launch-sales"), Letter.R)
                        .reason()
                        .key())
                .isEqualTo("smart.r.spend");
    }

    @Test
    void a_business_objective_the_scenario_does_not_have_is_not_relevant() {
        SmartObjective stale = with(Kpi.CONVERSIONS, null, 0, 150, 6, "world-domination");

        assertThat(mark(stale, Letter.R).reason())
                .isEqualTo(Reason.because("smart.r.unknown-business-objective", "world-domination"));
    }

    @ParameterizedTest
    @EnumSource(Kpi.class)
    void on_brewhaven_every_kpi_serves_one_of_its_business_objectives_except_spend_and_likes(Kpi kpi) {
        boolean servesSomething = false;
        for (var business : List.of("launch-sales", "awareness", "repeat-buyers", "service")) {
            servesSomething |=
                    mark(with(kpi, null, 1, 2, 6, business), Letter.R).met();
        }
        // BrewHaven's four are sales, awareness, retention and customer service: likes show none of them.
        assertThat(servesSomething).isEqualTo(kpi != Kpi.SPEND && kpi != Kpi.LIKES);
    }

    @Test
    void no_deadline_week_is_not_time_bound() {
        SmartObjective open = with(Kpi.CONVERSIONS, Platform.INSTAGRAM, 0, 150, null, "launch-sales");

        assertThat(mark(open, Letter.T).met()).isFalse();
        assertThat(mark(open, Letter.T).reason().key()).isEqualTo("smart.t.no-deadline");
    }

    @Test
    void a_deadline_outside_the_campaign_weeks_is_not_time_bound() {
        SmartObjective late = with(Kpi.CONVERSIONS, Platform.INSTAGRAM, 0, 150, 9, "launch-sales");
        SmartObjective zero = with(Kpi.CONVERSIONS, Platform.INSTAGRAM, 0, 150, 0, "launch-sales");

        assertThat(mark(late, Letter.T).reason()).isEqualTo(Reason.because("smart.t.out-of-range", 9, 6));
        assertThat(mark(zero, Letter.T).met()).isFalse();
    }

    @Test
    void the_baseline_hint_quotes_the_followers_the_brand_has_now() {
        assertThat(SmartCheck.baselineHint(Kpi.FOLLOWERS, Platform.INSTAGRAM, scenario))
                .contains(Reason.because("smart.hint.followers", 4200L, Platform.INSTAGRAM));
        assertThat(SmartCheck.baselineHint(Kpi.FOLLOWERS, null, scenario))
                .contains(Reason.because("smart.hint.followers-all", 6000L));
    }

    @Test
    void the_baseline_hint_quotes_the_engagement_benchmark_with_its_source() {
        Reason hint = SmartCheck.baselineHint(Kpi.ENGAGEMENT_RATE, Platform.TIKTOK, scenario)
                .orElseThrow();

        assertThat(hint.key()).isEqualTo("smart.hint.engagement");
        assertThat(hint.arguments().subList(0, 2)).containsExactly(0.0263, Platform.TIKTOK);
    }

    @Test
    void there_is_no_baseline_hint_where_the_brief_says_nothing() {
        assertThat(SmartCheck.baselineHint(Kpi.CONVERSIONS, Platform.INSTAGRAM, scenario))
                .isEmpty();
        assertThat(SmartCheck.baselineHint(null, null, scenario)).isEmpty();
        assertThat(SmartCheck.baselineHint(Kpi.FOLLOWERS, Platform.LINKEDIN, scenario))
                .isEmpty();
    }
}
