package org.socialsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.CommunityAction;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.CommunityReply;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.Plan;
import tools.jackson.databind.json.JsonMapper;

class SimulationEngineTest {

    private final ScenarioDefinition scenario = Scenarios.coldBrew();
    private final Plan plan = ReferencePlans.competent(scenario);
    private final SimulationEngine engine = new SimulationEngine();

    @Test
    void the_same_scenario_plan_and_seed_give_the_same_run_to_the_last_digit() {
        SimulationRun first = engine.run(scenario, plan, 7);
        SimulationRun second =
                new SimulationEngine().run(Scenarios.coldBrew(), ReferencePlans.competent(Scenarios.coldBrew()), 7);
        assertThat(second).isEqualTo(first);
        assertThat(second.toString()).isEqualTo(first.toString());
    }

    @Test
    void the_same_inputs_serialise_to_byte_identical_json() {
        JsonMapper json = JsonMapper.builder().build();
        String first = json.writeValueAsString(engine.run(scenario, plan, 11));
        String second = json.writeValueAsString(engine.run(scenario, plan, 11));
        assertThat(second).isEqualTo(first).contains("\"engagementRate\"").contains("\"INSTAGRAM\"");
    }

    @Test
    void different_seeds_give_different_runs() {
        SimulationRun first = engine.run(scenario, plan, 1);
        SimulationRun second = engine.run(scenario, plan, 2);
        assertThat(second.totals().reach()).isNotEqualTo(first.totals().reach());
        assertThat(second.totals().engagements()).isNotEqualTo(first.totals().engagements());
    }

    @Test
    void running_one_week_at_a_time_gives_the_numbers_of_the_full_run() {
        SimulationRun full = engine.run(scenario, plan, 99);
        for (int week = 1; week <= scenario.weeks(); week++) {
            SimulationRun partial = engine.run(scenario, plan, 99, week);
            assertThat(partial.weeksRun()).isEqualTo(week);
            assertThat(partial.weeks()).isEqualTo(full.weeks().subList(0, week));
        }
        assertThat(engine.run(scenario, plan, 99, scenario.weeks())).isEqualTo(full);
    }

    @Test
    void a_week_outside_the_scenario_is_refused() {
        assertThatThrownBy(() -> engine.run(scenario, plan, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> engine.run(scenario, plan, 1, scenario.weeks() + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1..6");
        assertThatThrownBy(() -> engine.replicate(scenario, plan, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_inbox_is_the_same_whatever_the_plan() {
        SimulationRun competent = engine.run(scenario, plan, 5);
        SimulationRun empty = engine.run(scenario, Plan.empty(), 5);
        for (int week = 1; week <= scenario.weeks(); week++) {
            assertThat(empty.week(week).inbox()).isEqualTo(competent.week(week).inbox());
        }
        assertThat(competent.week(1).inbox()).isNotEmpty();
        assertThat(competent.week(1).inbox().get(0).id()).matches("[a-z-]+-w1-\\d+");
    }

    @Test
    void a_reply_to_one_message_overrides_the_reply_to_its_template() {
        InboundMessage complaint = engine.run(scenario, Plan.empty(), 5).weeks().stream()
                .flatMap(w -> w.inbox().stream())
                .filter(m -> m.template().equals("late-delivery"))
                .findFirst()
                .orElseThrow();
        Plan ignoringThatOne = new Plan(
                plan.objectives(),
                plan.personas(),
                plan.posts(),
                plan.campaigns(),
                plan.influencers(),
                java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(
                                        new CommunityReply(complaint.id(), CommunityAction.IGNORE, "", 0)),
                                plan.community().stream())
                        .toList(),
                plan.crisis());
        KpiValues all = engine.run(scenario, plan, 5).week(complaint.week()).totals();
        KpiValues oneIgnored =
                engine.run(scenario, ignoringThatOne, 5).week(complaint.week()).totals();
        assertThat(oneIgnored.replied()).isEqualTo(all.replied() - 1);
    }

    @Test
    void an_empty_plan_runs_and_reports_zeros_rather_than_nonsense() {
        SimulationRun run = engine.run(scenario, Plan.empty(), 3);
        assertThat(run.totals().posts()).isZero();
        assertThat(run.totals().spend()).isZero();
        assertThat(run.totals().engagementRate()).isZero();
        assertThat(run.totals().cpc()).isZero();
        assertThat(run.totals().responseRate()).isZero();
        for (Kpi kpi : Kpi.values()) {
            assertThat(run.totals().value(kpi)).isFinite();
        }
        assertThat(run.explanations()).extracting(Explanation::factor).contains("crisis-silence", "inbox-ignored");
    }

    @Test
    void every_kpi_can_be_read_by_name() {
        KpiValues totals = engine.run(scenario, plan, 3).totals();
        assertThat(totals.value(Kpi.REACH)).isEqualTo(totals.reach());
        assertThat(totals.value(Kpi.ENGAGEMENT_RATE)).isEqualTo(totals.engagementRate());
        assertThat(totals.value(Kpi.CPA)).isEqualTo(totals.cpa());
        assertThat(totals.value(Kpi.MEDIAN_RESPONSE_HOURS)).isEqualTo(0.5);
        assertThat(totals.value(Kpi.FOLLOWERS)).isEqualTo(totals.followers());
    }

    @Test
    void totals_add_up_the_weeks_and_platforms() {
        SimulationRun run = engine.run(scenario, plan, 3);
        long weeklyReach =
                run.weeks().stream().mapToLong(w -> w.totals().reach()).sum();
        long platformReach =
                run.platforms().values().stream().mapToLong(KpiValues::reach).sum();
        assertThat(run.totals().reach()).isEqualTo(weeklyReach).isEqualTo(platformReach);
        assertThat(run.totals().followersStart()).isEqualTo(4200 + 1800);
        assertThat(run.totals().followers())
                .isEqualTo(run.week(scenario.weeks()).totals().followers());
        assertThat(run.week(2).totals().followersStart())
                .isEqualTo(run.week(1).totals().followers());
    }

    @Test
    void objectives_report_progress_against_their_targets() {
        SimulationRun run = engine.run(scenario, plan, 3);
        ObjectiveProgress conversions = run.objectives().get(1);
        assertThat(conversions.kpi()).isEqualTo(Kpi.CONVERSIONS);
        assertThat(conversions.actual()).isEqualTo(run.totals().conversions());
        assertThat(conversions.progress()).isEqualTo(run.totals().conversions() / 200.0);
        assertThat(conversions.deadlinePassed()).isTrue();
        ObjectiveProgress halfway =
                engine.run(scenario, plan, 3, 3).objectives().get(1);
        assertThat(halfway.measuredThroughWeek()).isEqualTo(3);
        assertThat(halfway.deadlinePassed()).isFalse();
    }

    @Test
    void the_crisis_week_carries_an_hourly_timeline_from_the_trigger() {
        SimulationRun run = engine.run(scenario, plan, 3);
        CrisisTimeline timeline = run.week(4).crisis();
        assertThat(timeline).isNotNull();
        assertThat(timeline.hours().get(0).sinceTrigger()).isZero();
        assertThat(timeline.hours().get(0).day()).isEqualTo(java.time.DayOfWeek.WEDNESDAY);
        assertThat(timeline.hours().get(0).hour()).isEqualTo(18);
        assertThat(timeline.hours()).hasSize(4 * 24 + 6);
        assertThat(run.week(3).crisis()).isNull();
        assertThat(run.week(5).crisis()).isNotNull();
    }

    @Test
    void replications_give_bands_that_do_not_depend_on_thread_scheduling() {
        ReplicatedRun first = engine.replicate(scenario, plan, 42, 64);
        ReplicatedRun second = engine.replicate(scenario, plan, 42, 64);
        assertThat(second).isEqualTo(first);
        assertThat(first.weeks()).hasSize(scenario.weeks());
        KpiBand reach = first.total(Kpi.REACH);
        assertThat(reach.p5()).isLessThan(reach.mean());
        assertThat(reach.mean()).isLessThan(reach.p95());
        double sequentialMean = java.util.stream.IntStream.range(0, 64)
                .mapToObj(i -> engine.run(scenario, plan, RandomStreams.replicationSeed(42, i)))
                .mapToDouble(r -> r.totals().reach())
                .average()
                .orElseThrow();
        assertThat(reach.mean()).isEqualTo(sequentialMean, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void percentiles_interpolate_between_order_statistics() {
        double[] sorted = {1, 2, 3, 4, 5};
        assertThat(SimulationEngine.percentile(sorted, 0.5)).isEqualTo(3);
        assertThat(SimulationEngine.percentile(sorted, 0.05))
                .isEqualTo(1.2, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(SimulationEngine.percentile(new double[] {7}, 0.95)).isEqualTo(7);
    }
}
