package org.socialsim.attempt.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.plan.AdCampaign;
import org.socialsim.simulation.plan.AdObjective;
import org.socialsim.simulation.plan.BidStrategy;
import org.socialsim.simulation.plan.CallToAction;
import org.socialsim.simulation.plan.Persona;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.Post;

class PersonaChecksTest {

    static Persona chloe() {
        return new Persona(
                "p1",
                "Commuter Chloe",
                24,
                35,
                "Office worker",
                "A good coffee on the way to work",
                "Queues at the café",
                List.of(Platform.INSTAGRAM),
                List.of(7, 8),
                List.of(10),
                List.of(Pillar.ENTERTAINING, Pillar.EDUCATIONAL),
                FunnelStage.CONSIDERATION);
    }

    @Test
    void a_sensible_age_range_can_be_saved() {
        assertThat(PersonaChecks.ageProblem(18, 34)).isEmpty();
        assertThat(PersonaChecks.ageProblem(30, 30)).isEmpty();
    }

    @Test
    void a_missing_age_reversed_range_or_under_thirteen_cannot_be_saved() {
        assertThat(PersonaChecks.ageProblem(null, 30)).contains(Reason.because("personas.age.missing"));
        assertThat(PersonaChecks.ageProblem(40, 25)).contains(Reason.because("personas.age.reversed", 40, 25));
        assertThat(PersonaChecks.ageProblem(10, 25)).contains(Reason.because("personas.age.out-of-range", 13, 100));
        assertThat(PersonaChecks.ageProblem(20, 120)).isPresent();
    }

    @Test
    void a_complete_persona_needs_no_advice() {
        assertThat(PersonaChecks.advice(chloe())).isEmpty();
    }

    @Test
    void a_bare_persona_is_told_what_the_simulation_cannot_match_without() {
        Persona bare = new Persona(
                "p2", " ", 18, 30, "", "", "", List.of(), List.of(), List.of(), List.of(), FunnelStage.AWARENESS);

        assertThat(PersonaChecks.advice(bare))
                .extracting(Reason::key)
                .containsExactly(
                        "personas.advice.no-name",
                        "personas.advice.no-platforms",
                        "personas.advice.no-hours",
                        "personas.advice.no-preferences",
                        "personas.advice.no-goals");
    }

    @Test
    void fewer_than_two_personas_is_advised_against_and_two_to_five_are_fine() {
        assertThat(PersonaChecks.countAdvice(1)).contains(Reason.because("personas.count.too-few", 1, 2));
        assertThat(PersonaChecks.countAdvice(2)).isEmpty();
        assertThat(PersonaChecks.countAdvice(5)).isEmpty();
    }

    @Test
    void a_persona_that_posts_or_campaigns_target_cannot_be_removed() {
        Post post = new Post(
                "post1",
                2,
                DayOfWeek.MONDAY,
                8,
                Platform.INSTAGRAM,
                Format.REEL,
                Pillar.EDUCATIONAL,
                "p1",
                FunnelStage.AWARENESS,
                CallToAction.NONE,
                null,
                "Cold brew, explained",
                List.of(),
                0);
        AdCampaign campaign = new AdCampaign(
                "c1",
                "Launch",
                Platform.INSTAGRAM,
                AdObjective.CONVERSIONS,
                List.of("p1", "p2"),
                Format.REEL,
                FunnelStage.CONVERSION,
                500,
                BidStrategy.LOWEST_COST,
                null,
                2,
                3);
        Plan plan = new Plan(
                List.of(), List.of(chloe()), List.of(post, post), List.of(campaign), List.of(), List.of(), null);

        assertThat(PersonaChecks.removalProblem(plan, "p1"))
                .contains(Reason.because("personas.remove.referenced", 2L, 1L));
        assertThat(PersonaChecks.removalProblem(plan, "p2"))
                .contains(Reason.because("personas.remove.referenced", 0L, 1L));
        assertThat(PersonaChecks.removalProblem(plan, "p3")).isEmpty();
    }
}
