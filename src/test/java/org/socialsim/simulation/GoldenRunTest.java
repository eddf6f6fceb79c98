package org.socialsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.ScenarioDefinition;

/**
 * One run pinned to the last digit, so a run replays identically on every JVM and machine (a
 * HashMap's order, a parallel sum or a platform-dependent math call would break it). When the
 * model changes on purpose, update the numbers in the same commit and say so in its message.
 */
class GoldenRunTest {

    @Test
    void the_competent_cold_brew_plan_with_seed_2026_gives_these_numbers_everywhere() {
        ScenarioDefinition scenario = Scenarios.coldBrew();
        SimulationRun run = new SimulationEngine().run(scenario, ReferencePlans.competent(scenario), 2026);
        KpiValues totals = run.totals();
        assertThat(totals.reach()).isEqualTo(395_551);
        assertThat(totals.engagements()).isEqualTo(18_644);
        assertThat(totals.followers()).isEqualTo(6692);
        assertThat(totals.conversions()).isEqualTo(219);
        assertThat(totals.messages()).isEqualTo(109);
        assertThat(totals.spend()).isEqualTo(3946.4285714285716);
        assertThat(totals.netSentiment()).isEqualTo(0.24876409705851535);
        assertThat(totals.engagementRate()).isEqualTo(0.03956483493738405);
        assertThat(run.week(4).crisis().mentions()).isEqualTo(5634);
    }
}
