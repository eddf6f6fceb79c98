package org.socialsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.definition.SegmentDefinition;
import org.socialsim.simulation.plan.Persona;

class AudienceFitTest {

    private final ScenarioDefinition scenario = Scenarios.coldBrew();
    private final SegmentDefinition students = scenario.segments().get(1);

    @Test
    void a_persona_drawn_from_a_segment_fits_it_almost_perfectly() {
        Persona researched = ReferencePlans.personas(scenario).get(1);
        assertThat(AudienceFit.similarity(researched, students)).isGreaterThan(0.95);
    }

    @Test
    void a_persona_that_misses_age_platforms_hours_and_interests_fits_poorly() {
        Persona wrong = new Persona(
                "x",
                "Pensioner Pat",
                70,
                90,
                "",
                "",
                "",
                List.of(Platform.LINKEDIN),
                List.of(3),
                List.of(4),
                List.of(Pillar.PROMOTIONAL),
                FunnelStage.LOYALTY);
        assertThat(AudienceFit.similarity(wrong, students)).isLessThan(0.15);
    }

    @Test
    void each_part_of_the_match_counts() {
        Persona researched = ReferencePlans.personas(scenario).get(1);
        assertThat(AudienceFit.platforms(researched, students)).isCloseTo(1, within(1e-9));
        assertThat(AudienceFit.hours(researched, students)).isCloseTo(1, within(1e-9));
        assertThat(AudienceFit.interests(researched, students)).isCloseTo(1, within(1e-9));
        assertThat(AudienceFit.age(researched, students)).isCloseTo(1, within(1e-9));
        Persona older = new Persona(
                "o", "", 30, 40, "", "", "", List.of(), List.of(), List.of(), List.of(), FunnelStage.AWARENESS);
        assertThat(AudienceFit.age(older, students)).isZero();
        assertThat(AudienceFit.hourMatch(List.of(21), List.of(20, 21, 22))).isCloseTo(1, within(1e-9));
        assertThat(AudienceFit.hourMatch(List.of(9), List.of(20, 21, 22))).isZero();
    }

    @Test
    void coverage_rewards_personas_for_every_segment_and_untargeted_content_gets_a_fraction() {
        ScenarioTables tables = new ScenarioTables(scenario);
        AudienceFit all = new AudienceFit(tables, ReferencePlans.personas(scenario));
        AudienceFit one =
                new AudienceFit(tables, ReferencePlans.personas(scenario).subList(0, 1));
        AudienceFit none = new AudienceFit(tables, List.of());
        assertThat(all.coverage()).isGreaterThan(one.coverage());
        assertThat(none.coverage()).isZero();
        assertThat(all.fit((String) null, Platform.INSTAGRAM))
                .isCloseTo(AudienceFit.UNTARGETED_FACTOR * all.coverage(), within(1e-9));
        assertThat(all.fit("p-students", Platform.TIKTOK)).isGreaterThan(all.fit("p-fitness", Platform.TIKTOK));
    }

    @Test
    void targeting_personas_narrows_a_campaign_to_the_segments_they_match() {
        ScenarioTables tables = new ScenarioTables(scenario);
        AudienceFit fit = new AudienceFit(tables, ReferencePlans.personas(scenario));
        assertThat(fit.targetedShare(List.of(), Platform.INSTAGRAM)).isEqualTo(1);
        double students = fit.targetedShare(List.of("p-students"), Platform.TIKTOK);
        assertThat(students).isBetween(0.5, 1.0);
        assertThat(fit.targetedShare(List.of("nobody"), Platform.TIKTOK)).isEqualTo(0.1);
    }
}
