package org.socialsim.attempt.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.ReferencePlans;
import org.socialsim.simulation.SimulationEngine;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.plan.Kpi;

class KpiCitationTest {

    private static final Locale UK = Locale.UK;

    @Test
    void counts_get_thousands_separators_and_no_decimals() {
        assertThat(KpiCitation.format(Kpi.REACH, 12_340, "GBP", UK)).isEqualTo("12,340");
        assertThat(KpiCitation.format(Kpi.CONVERSIONS, 41.6, "GBP", UK)).isEqualTo("42");
    }

    @Test
    void rates_are_percentages_with_a_decimal_for_small_ones() {
        assertThat(KpiCitation.format(Kpi.ENGAGEMENT_RATE, 0.0423, "GBP", UK)).isEqualTo("4.23%");
        assertThat(KpiCitation.format(Kpi.RESPONSE_RATE, 0.85, "GBP", UK)).isEqualTo("85%");
        assertThat(KpiCitation.format(Kpi.FOLLOWER_GROWTH, 0.125, "GBP", UK)).isEqualTo("12.5%");
    }

    @Test
    void net_sentiment_shows_its_sign() {
        assertThat(KpiCitation.format(Kpi.NET_SENTIMENT, 0.24, "GBP", UK)).isEqualTo("+24%");
        assertThat(KpiCitation.format(Kpi.NET_SENTIMENT, -0.3, "GBP", UK)).isEqualTo("-30%");
    }

    @Test
    void money_is_in_the_scenario_currency() {
        assertThat(KpiCitation.format(Kpi.SPEND, 1250, "GBP", UK)).isEqualTo("£1,250.00");
        assertThat(KpiCitation.format(Kpi.CPC, 0.42, "EUR", UK)).isEqualTo("€0.42");
        assertThat(KpiCitation.format(Kpi.ROAS, 3.14159, "GBP", UK)).isEqualTo("3.14×");
        assertThat(KpiCitation.format(Kpi.MEDIAN_RESPONSE_HOURS, 2.5, "GBP", UK))
                .isEqualTo("2.5 h");
    }

    @Test
    void every_kpi_has_a_way_to_be_read() {
        for (Kpi kpi : Kpi.values()) {
            assertThat(KpiCitation.format(kpi, 0.5, "GBP", UK)).isNotBlank();
        }
    }

    @Test
    void a_value_is_picked_by_week_and_platform_or_over_the_whole_run() {
        ScenarioDefinition scenario = ShippedScenario.load("brewhaven-cold-brew");
        SimulationRun run = new SimulationEngine().run(scenario, ReferencePlans.competent(scenario), 7L, 3);

        assertThat(KpiCitation.value(run, 2, Platform.INSTAGRAM, Kpi.REACH))
                .hasValue(run.week(2).platforms().get(Platform.INSTAGRAM).reach());
        assertThat(KpiCitation.value(run, 2, null, Kpi.REACH))
                .hasValue(run.week(2).totals().reach());
        assertThat(KpiCitation.value(run, null, Platform.TIKTOK, Kpi.SPEND))
                .hasValue(run.platforms().get(Platform.TIKTOK).spend());
        assertThat(KpiCitation.value(run, null, null, Kpi.CTR))
                .hasValue(run.totals().ctr());
    }

    @Test
    void a_week_not_yet_run_or_a_platform_the_scenario_lacks_has_no_value() {
        ScenarioDefinition scenario = ShippedScenario.load("brewhaven-cold-brew");
        SimulationRun run = new SimulationEngine().run(scenario, ReferencePlans.competent(scenario), 7L, 2);

        assertThat(KpiCitation.value(run, 3, null, Kpi.REACH)).isEmpty();
        assertThat(KpiCitation.value(run, 1, Platform.LINKEDIN, Kpi.REACH)).isEmpty();
    }
}
