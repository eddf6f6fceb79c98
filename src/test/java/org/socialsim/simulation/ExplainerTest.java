package org.socialsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.Platform;

class ExplainerTest {

    @Test
    void effects_read_as_signed_percentages_and_points() {
        assertThat(Explainer.percent(-0.383)).isEqualTo("−38%");
        assertThat(Explainer.percent(0.131)).isEqualTo("+13%");
        assertThat(Explainer.points(-0.12)).isEqualTo("−12 points");
        assertThat(Explainer.effect(62, 100)).isEqualTo(-0.38, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Explainer.effect(5, 0)).isZero();
    }

    @Test
    void names_read_as_a_person_would_write_them() {
        assertThat(Explainer.name(Platform.TIKTOK)).isEqualTo("TikTok");
        assertThat(Explainer.name(Platform.INSTAGRAM)).isEqualTo("Instagram");
        assertThat(Explainer.name(org.socialsim.scenario.definition.Format.SHORT_VIDEO))
                .isEqualTo("short video");
    }

    @Test
    void the_busiest_hour_is_found_from_the_hidden_segments() {
        ScenarioTables tables = new ScenarioTables(Scenarios.coldBrew());
        assertThat(Explainer.busiestHour(tables, Platform.INSTAGRAM.ordinal())).matches("[A-Z][a-z]+day \\d\\d:00");
    }

    @Test
    void night_posting_is_explained_with_the_count_of_night_posts() {
        var scenario = Scenarios.coldBrew();
        SimulationRun run =
                new SimulationEngine().run(scenario, ReferencePlans.atNight(ReferencePlans.competent(scenario)), 1);
        assertThat(run.explanations("timing"))
                .isNotEmpty()
                .allSatisfy(
                        e -> assertThat(e.sentence()).contains("between 01:00 and 05:00, when your audience sleeps"))
                .allSatisfy(e -> assertThat(e.effect()).isLessThan(-0.3));
    }
}
