package org.socialsim.attempt.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.attempt.work.PersonaDebrief.AgeOutside;
import org.socialsim.attempt.work.PersonaDebrief.Comparison;
import org.socialsim.attempt.work.PersonaDebrief.ExtraPlatform;
import org.socialsim.attempt.work.PersonaDebrief.MissedHours;
import org.socialsim.attempt.work.PersonaDebrief.MissedPlatform;
import org.socialsim.attempt.work.PersonaDebrief.OtherFavouritePillar;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.Persona;

class PersonaDebriefTest {

    private static final ScenarioDefinition BREWHAVEN = ShippedScenario.load("brewhaven-cold-brew");

    @Test
    void a_persona_drawn_from_the_commuters_is_matched_to_them_without_differences() {
        Persona chloe = persona(
                "Commuter Chloe",
                26,
                38,
                List.of(Platform.INSTAGRAM, Platform.TIKTOK),
                List.of(8, 9, 12),
                List.of(Pillar.ENTERTAINING, Pillar.PROMOTIONAL));

        Comparison comparison =
                PersonaDebrief.compare(List.of(chloe), BREWHAVEN.segments()).getFirst();

        assertThat(comparison.closest().id()).isEqualTo("commuters");
        assertThat(comparison.differences()).isEmpty();
        assertThat(comparison.closeness()).isGreaterThan(0.9);
    }

    @Test
    void a_persona_of_students_at_the_wrong_hours_is_matched_to_the_students_and_told_what_differs() {
        Persona sam =
                persona("Student Sam", 18, 23, List.of(Platform.INSTAGRAM), List.of(3), List.of(Pillar.USER_GENERATED));

        Comparison comparison =
                PersonaDebrief.compare(List.of(sam), BREWHAVEN.segments()).getFirst();

        assertThat(comparison.closest().id()).isEqualTo("students");
        assertThat(comparison.differences())
                .containsExactly(
                        new MissedPlatform(Platform.TIKTOK, 0.65),
                        new OtherFavouritePillar(Pillar.USER_GENERATED, Pillar.ENTERTAINING),
                        new MissedHours(List.of(14, 15, 16, 20, 21, 22)));
    }

    @Test
    void an_age_range_no_segment_has_and_a_platform_the_audience_does_not_use_are_named() {
        Persona retiree =
                persona("Retired Rita", 70, 85, List.of(Platform.INSTAGRAM, Platform.FACEBOOK), List.of(9), List.of());

        Comparison comparison =
                PersonaDebrief.compare(List.of(retiree), BREWHAVEN.segments()).getFirst();

        assertThat(comparison.differences()).anyMatch(AgeOutside.class::isInstance);
        assertThat(comparison.differences()).contains(new ExtraPlatform(Platform.FACEBOOK, 0.0));
    }

    @Test
    void a_close_persona_is_closer_than_a_careless_one() {
        var commuters = BREWHAVEN.segments().getFirst();
        Persona close = persona(
                "A",
                25,
                40,
                List.of(Platform.INSTAGRAM, Platform.TIKTOK),
                List.of(8, 10, 12),
                List.of(Pillar.ENTERTAINING));
        Persona careless = persona("B", 60, 70, List.of(Platform.LINKEDIN), List.of(3), List.of(Pillar.EDUCATIONAL));

        assertThat(PersonaDebrief.closeness(close, commuters))
                .isGreaterThan(PersonaDebrief.closeness(careless, commuters));
        assertThat(PersonaDebrief.closeness(careless, commuters)).isBetween(0.0, 0.3);
    }

    @Test
    void without_personas_there_is_nothing_to_compare() {
        assertThat(PersonaDebrief.compare(List.of(), BREWHAVEN.segments())).isEmpty();
    }

    private static Persona persona(
            String name,
            int minAge,
            int maxAge,
            List<Platform> platforms,
            List<Integer> weekday,
            List<Pillar> pillars) {
        return new Persona(
                name.toLowerCase().replace(' ', '-'),
                name,
                minAge,
                maxAge,
                "",
                "",
                "",
                platforms,
                weekday,
                List.of(11),
                pillars,
                FunnelStage.AWARENESS);
    }
}
