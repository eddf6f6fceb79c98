package org.socialsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.CrisisBeat;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ResponsibilityCluster;
import org.socialsim.simulation.plan.CrisisResponse;
import org.socialsim.simulation.plan.CrisisStrategy;

class CrisisTest {

    private final ScenarioTables tables = new ScenarioTables(Scenarios.coldBrew());

    private static CrisisResponse response(double hours, CrisisStrategy strategy) {
        return new CrisisResponse(
                hours, strategy, false, List.of(Platform.INSTAGRAM, Platform.TIKTOK), "statement", true, List.of());
    }

    private double negative(CrisisResponse response, boolean promotion) {
        Crisis crisis = new Crisis(tables, response, promotion, new RandomStreams(1));
        return crisis.expectedNegative(crisis.effectiveness, crisis.responseHour, promotion);
    }

    @Test
    void scct_matches_the_strategy_to_the_responsibility() {
        assertThat(Crisis.strategyFit(ResponsibilityCluster.PREVENTABLE, CrisisStrategy.REBUILD))
                .isGreaterThan(Crisis.strategyFit(ResponsibilityCluster.PREVENTABLE, CrisisStrategy.DIMINISH))
                .isGreaterThan(0)
                .isGreaterThan(Crisis.strategyFit(ResponsibilityCluster.PREVENTABLE, CrisisStrategy.DENY));
        assertThat(Crisis.strategyFit(ResponsibilityCluster.PREVENTABLE, CrisisStrategy.DENY))
                .isNegative();
        assertThat(Crisis.strategyFit(ResponsibilityCluster.VICTIM, CrisisStrategy.DENY))
                .isPositive();
        assertThat(Crisis.attributed(ResponsibilityCluster.ACCIDENTAL, true))
                .isEqualTo(ResponsibilityCluster.PREVENTABLE);
        assertThat(Crisis.attributed(ResponsibilityCluster.VICTIM, false)).isEqualTo(ResponsibilityCluster.VICTIM);
    }

    @Test
    void answering_within_the_hour_matters() {
        assertThat(Crisis.speed(1)).isEqualTo(1);
        assertThat(Crisis.speed(24)).isLessThan(0.25);
        assertThat(Crisis.speed(Double.POSITIVE_INFINITY)).isZero();
        double fast = negative(response(0.5, CrisisStrategy.REBUILD), false);
        double slow = negative(response(30, CrisisStrategy.REBUILD), false);
        double silent = negative(null, false);
        assertThat(fast).isLessThan(slow / 2);
        assertThat(slow).isLessThan(silent);
    }

    @Test
    void denying_a_preventable_crisis_is_worse_than_saying_nothing() {
        assertThat(negative(response(0.5, CrisisStrategy.DENY), false)).isGreaterThan(negative(null, false));
        assertThat(negative(response(0.5, CrisisStrategy.DIMINISH), false))
                .isGreaterThan(negative(response(0.5, CrisisStrategy.REBUILD), false));
    }

    @Test
    void promotion_left_running_looks_tone_deaf() {
        assertThat(negative(response(0.5, CrisisStrategy.REBUILD), true))
                .isGreaterThan(negative(response(0.5, CrisisStrategy.REBUILD), false));
    }

    @Test
    void unanswered_the_story_follows_the_beats_and_then_fades() {
        List<CrisisBeat> beats = List.of(new CrisisBeat(0, 10, 0.5, "a"), new CrisisBeat(10, 110, 0.7, "b"));
        assertThat(Crisis.unanswered(beats, 0, true)).isEqualTo(10);
        assertThat(Crisis.unanswered(beats, 5, true)).isCloseTo(60, within(1e-9));
        assertThat(Crisis.unanswered(beats, 5, false)).isCloseTo(0.6, within(1e-9));
        assertThat(Crisis.unanswered(beats, 10 + 36, true)).isCloseTo(55, within(1e-9));
        assertThat(Crisis.unanswered(beats, 100, false)).isEqualTo(0.7);
    }

    @Test
    void the_crisis_is_placed_in_its_week_and_statements_reach_only_their_channels() {
        Crisis crisis = new Crisis(tables, null, false, new RandomStreams(1));
        assertThat(crisis.trigger).isEqualTo(3 * 168 + 2 * 24 + 18);
        assertThat(crisis.horizon).isEqualTo(Crisis.HORIZON_HOURS);
        assertThat(crisis.timeline(3)).isNull();
        assertThat(crisis.timeline(4).hours())
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.responded()).isFalse());
        assertThat(Crisis.coverage(tables, List.of(Platform.INSTAGRAM))).isCloseTo(0.7, within(1e-9));
        assertThat(Crisis.coverage(tables, List.of(Platform.LINKEDIN))).isZero();
    }
}
