package org.socialsim.attempt.work;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socialsim.simulation.SimulationEngine;

class CrisisRoomTest {

    @Test
    void the_crisis_room_opens_in_the_crisis_week_and_its_answer_closes_when_the_next_week_runs() {
        assertThat(CrisisRoom.open(4, 3)).isFalse();
        assertThat(CrisisRoom.open(4, 4)).isTrue();
        assertThat(CrisisRoom.answerable(4, 3)).isFalse();
        assertThat(CrisisRoom.answerable(4, 4)).isTrue();
        assertThat(CrisisRoom.answerable(4, 5)).isFalse();
        assertThat(CrisisRoom.open(4, 5)).isTrue();
    }

    @Test
    void the_timeline_joins_the_crisis_hours_of_every_week_in_order() {
        var run = new SimulationEngine().run(Brewhaven.SCENARIO, Brewhaven.unanswered(), 3, 6);

        var hours = CrisisRoom.timeline(run);

        assertThat(hours).isNotEmpty();
        assertThat(hours.getFirst().sinceTrigger()).isZero();
        for (int i = 1; i < hours.size(); i++) {
            assertThat(hours.get(i).sinceTrigger()).isEqualTo(hours.get(i - 1).sinceTrigger() + 1);
        }
        int inCrisisWeek = run.week(4).crisis().hours().size();
        assertThat(hours.size()).isGreaterThan(inCrisisWeek);
    }

    @Test
    void a_response_can_be_set_and_withdrawn_without_touching_the_rest_of_the_plan() {
        var plan = Brewhaven.unanswered();
        var response = org.socialsim.simulation.ReferencePlans.competent(Brewhaven.SCENARIO)
                .crisis();

        var answered = CrisisRoom.withResponse(plan, response);

        assertThat(answered.crisis()).isEqualTo(response);
        assertThat(answered.posts()).isEqualTo(plan.posts());
        assertThat(CrisisRoom.withResponse(answered, null)).isEqualTo(plan);
    }
}
