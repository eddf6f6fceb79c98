package org.socialsim.attempt.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.Explanation;
import org.socialsim.simulation.ReferencePlans;
import org.socialsim.simulation.ReplicatedRun;
import org.socialsim.simulation.SimulationEngine;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.Post;
import tools.jackson.databind.json.JsonMapper;

class DashboardChartsTest {

    private static final SimulationEngine ENGINE = new SimulationEngine();
    /** Shows the key and its arguments, so a test sees which text a chart asked for. */
    private static final DashboardCharts.Texts KEYS =
            (key, arguments) -> arguments.length == 0 ? key : key + java.util.Arrays.toString(arguments);

    private static DashboardCharts charts(Plan plan, int weeks, ReplicatedRun bands) {
        SimulationRun run = ENGINE.run(Brewhaven.SCENARIO, plan, 7, weeks);
        return new DashboardCharts(Brewhaven.SCENARIO, plan, run, bands, KEYS, Locale.UK);
    }

    private static DashboardCharts charts(Plan plan, int weeks) {
        return charts(plan, weeks, null);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> series(ChartSpec spec) {
        return (List<Map<String, Object>>) spec.option().get("series");
    }

    @Test
    void a_trend_draws_one_line_per_platform_with_a_point_per_week_run_and_a_table_row_per_week() {
        ChartSpec reach = charts(Brewhaven.unanswered(), 3).trend(Kpi.REACH);

        assertThat(series(reach))
                .extracting(s -> s.get("name"))
                .containsExactly("enum.platform.instagram", "enum.platform.tiktok");
        assertThat(series(reach))
                .allSatisfy(s -> assertThat((List<?>) s.get("data")).hasSize(3));
        assertThat(reach.rows())
                .hasSize(3)
                .allSatisfy(row -> assertThat(row).hasSize(reach.columns().size()));
        assertThat(reach.id()).isEqualTo("chart-trend-reach");
        assertThat(reach.summary()).startsWith("chart.trend.summary[enum.kpi.reach, 3, enum.platform.instagram ");
    }

    @Test
    void rates_are_plotted_in_percent_and_tabled_with_a_percent_sign() {
        Plan plan = Brewhaven.unanswered();
        SimulationRun run = ENGINE.run(Brewhaven.SCENARIO, plan, 7, 2);
        ChartSpec rate =
                new DashboardCharts(Brewhaven.SCENARIO, plan, run, null, KEYS, Locale.UK).trend(Kpi.ENGAGEMENT_RATE);

        double instagram = run.week(1).platforms().get(Platform.INSTAGRAM).engagementRate();
        assertThat((List<?>) series(rate).getFirst().get("data"))
                .first()
                .isEqualTo(Math.round(instagram * 10_000) / 100.0);
        assertThat(rate.rows().getFirst().get(1)).endsWith("%");
    }

    @Test
    void replications_add_a_five_to_ninety_five_percent_band_and_its_mean() {
        Plan plan = Brewhaven.unanswered();
        ReplicatedRun bands = ENGINE.replicate(Brewhaven.SCENARIO, plan, 7, 20, 2);
        ChartSpec reach = charts(plan, 2, bands).trend(Kpi.REACH);

        List<Map<String, Object>> series = series(reach);
        assertThat(series).hasSize(5);
        // The band is two stacked series: the 5th percentile, invisible, and the width up to the 95th, shaded.
        assertThat(series.get(2).get("stack")).isEqualTo("band");
        assertThat(series.get(3).get("areaStyle")).isNotNull();
        double low = (double) ((List<?>) series.get(2).get("data")).getFirst();
        double width = (double) ((List<?>) series.get(3).get("data")).getFirst();
        assertThat(low).isEqualTo(Math.round(bands.week(1, Kpi.REACH).p5() * 100) / 100.0);
        assertThat(low + width).isCloseTo(bands.week(1, Kpi.REACH).p95(), org.assertj.core.data.Offset.offset(0.02));
        assertThat(reach.columns()).endsWith("chart.mean", "chart.p5", "chart.p95");
    }

    @Test
    void objectives_show_true_progress_in_the_label_even_past_the_axis_and_nothing_without_objectives() {
        Plan plan = Brewhaven.unanswered();
        ChartSpec objectives = charts(plan, 6).objectives().orElseThrow();

        assertThat(objectives.rows()).hasSize(plan.objectives().size());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> bars =
                (List<Map<String, Object>>) series(objectives).getFirst().get("data");
        assertThat(bars).allSatisfy(bar -> assertThat((double) bar.get("value")).isBetween(-50.0, 200.0));
        assertThat(bars)
                .allSatisfy(bar -> assertThat(
                                ((Map<?, ?>) bar.get("label")).get("formatter").toString())
                        .endsWith("%"));

        Plan none = new Plan(
                List.of(), plan.personas(), plan.posts(), plan.campaigns(), plan.influencers(), List.of(), null);
        assertThat(charts(none, 1).objectives()).isEmpty();
    }

    @Test
    void the_paid_funnel_needs_spend_and_names_cost_per_click_and_acquisition() {
        Plan plan = Brewhaven.unanswered();
        ChartSpec funnel = charts(plan, 2).paidFunnel().orElseThrow();
        assertThat(funnel.rows()).extracting(row -> row.getFirst()).contains("enum.kpi.cpc", "enum.kpi.cpa");
        assertThat(funnel.rows().get(3).get(1)).startsWith("£");

        Plan organic = new Plan(
                plan.objectives(),
                plan.personas(),
                plan.posts().stream().map(DashboardChartsTest::unboosted).toList(),
                List.of(),
                plan.influencers(),
                List.of(),
                null);
        assertThat(charts(organic, 2).paidFunnel()).isEmpty();
    }

    @Test
    void the_heatmap_counts_only_the_posts_of_weeks_run_and_tells_how_many_went_out_at_night() {
        Plan plan = Brewhaven.unanswered();
        Post first = plan.posts().getFirst();
        Post night = new Post(
                "night",
                1,
                first.day(),
                3,
                first.platform(),
                first.format(),
                first.pillar(),
                first.persona(),
                first.stage(),
                first.callToAction(),
                first.link(),
                first.caption(),
                first.hashtags(),
                0);
        List<Post> posts = new java.util.ArrayList<>(plan.posts());
        posts.add(night);
        Plan withNight = new Plan(
                plan.objectives(), plan.personas(), posts, plan.campaigns(), plan.influencers(), List.of(), null);

        ChartSpec heatmap = charts(withNight, 2).postingHeatmap();

        long inTwoWeeks = posts.stream().filter(post -> post.week() <= 2).count();
        int tabled = heatmap.rows().stream()
                .mapToInt(row -> Integer.parseInt(row.get(2)))
                .sum();
        assertThat(tabled).isEqualTo(inTwoWeeks);
        assertThat(heatmap.summary()).isEqualTo("chart.heatmap.summary[" + inTwoWeeks + ", 2, 1]");
    }

    @Test
    void the_crisis_timeline_appears_from_the_crisis_week_and_marks_the_first_statement() {
        Plan silent = Brewhaven.unanswered();
        assertThat(charts(silent, 3).crisisTimeline()).isEmpty();

        ChartSpec unanswered = charts(silent, 4).crisisTimeline().orElseThrow();
        assertThat(unanswered.summary()).startsWith("chart.crisis.summary-silent[");
        assertThat(series(unanswered).getFirst()).doesNotContainKey("markLine");

        Plan answered = CrisisRoom.withResponse(
                silent, ReferencePlans.competent(Brewhaven.SCENARIO).crisis());
        ChartSpec timeline = charts(answered, 5).crisisTimeline().orElseThrow();
        assertThat(timeline.summary()).startsWith("chart.crisis.summary[");
        assertThat(series(timeline).getFirst()).containsKey("markLine");
        // The crisis runs on into the week after it broke.
        assertThat(((List<?>) series(timeline).getFirst().get("data")).size())
                .isGreaterThan(((List<?>) series(unanswered).getFirst().get("data")).size());
    }

    @Test
    void a_week_is_explained_largest_effect_first() {
        List<Explanation> why = charts(Brewhaven.unanswered(), 2).explanations(2);

        assertThat(why).isNotEmpty();
        assertThat(why).extracting(e -> Math.abs(e.effect())).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // Nobody answered the inbox: that is among the reasons.
        assertThat(why).extracting(Explanation::factor).contains("inbox-ignored");
    }

    @Test
    void every_chart_option_serialises_to_json_for_the_browser() {
        Plan plan = Brewhaven.unanswered();
        DashboardCharts charts = charts(plan, 4, ENGINE.replicate(Brewhaven.SCENARIO, plan, 7, 10, 4));
        List<ChartSpec> all = new java.util.ArrayList<>(List.of(
                charts.trend(Kpi.REACH),
                charts.trend(Kpi.FOLLOWERS),
                charts.clicksAndConversions(),
                charts.sentiment(),
                charts.shareOfVoice(),
                charts.competitorEngagement(),
                charts.postingHeatmap()));
        charts.objectives().ifPresent(all::add);
        charts.paidFunnel().ifPresent(all::add);
        charts.crisisTimeline().ifPresent(all::add);
        JsonMapper json = JsonMapper.builder().build();

        assertThat(all).hasSize(10).allSatisfy(spec -> {
            String text = json.writeValueAsString(spec.option());
            assertThat(text).contains("\"series\"").doesNotContain("NaN", "Infinity");
            assertThat(spec.summary()).isNotBlank();
        });
        assertThat(all).extracting(ChartSpec::id).doesNotHaveDuplicates();
    }

    @Test
    void effects_read_as_signed_percentages() {
        DashboardCharts charts = charts(Brewhaven.unanswered(), 1);
        assertThat(charts.effect(new Explanation("timing", Kpi.REACH, null, -0.384, "")))
                .isEqualTo("−38%");
        assertThat(charts.effect(new Explanation("crisis", Kpi.NET_SENTIMENT, null, 2.4, "")))
                .isEqualTo("+240%");
        assertThat(charts.format(Kpi.NET_SENTIMENT, -0.24)).isEqualTo("-24");
        assertThat(charts.format(Kpi.CPC, 1.5)).isEqualTo("£1.50");
    }

    private static Post unboosted(Post post) {
        return new Post(
                post.id(),
                post.week(),
                post.day(),
                post.hour(),
                post.platform(),
                post.format(),
                post.pillar(),
                post.persona(),
                post.stage(),
                post.callToAction(),
                post.link(),
                post.caption(),
                post.hashtags(),
                0);
    }
}
