package org.socialsim.attempt.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.simulation.plan.Persona;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.SmartObjective;

class PlanEditsTest {

    @Test
    void the_next_id_is_the_first_number_no_item_uses() {
        assertThat(PlanEdits.nextId("o", List.of())).isEqualTo("o1");
        assertThat(PlanEdits.nextId("o", List.of("o1", "o2"))).isEqualTo("o3");
        // After o1 was removed its number is free again; ids from a plan file ("er") are left alone.
        assertThat(PlanEdits.nextId("o", List.of("o2", "er"))).isEqualTo("o1");
    }

    @Test
    void replacing_keeps_the_order_and_an_unknown_id_is_appended() {
        SmartObjective first = new SmartObjective("o1", "a", null, null, 0, 0, null, null);
        SmartObjective second = new SmartObjective("o2", "b", null, null, 0, 0, null, null);
        SmartObjective changed = new SmartObjective("o1", "a, reworded", null, null, 0, 0, null, null);
        SmartObjective third = new SmartObjective("o3", "c", null, null, 0, 0, null, null);

        assertThat(PlanEdits.replaced(List.of(first, second), changed, SmartObjective::id))
                .containsExactly(changed, second);
        assertThat(PlanEdits.replaced(List.of(first, second), third, SmartObjective::id))
                .containsExactly(first, second, third);
        assertThat(PlanEdits.without(List.of(first, second), "o1", SmartObjective::id))
                .containsExactly(second);
    }

    @Test
    void changing_objectives_or_personas_leaves_the_rest_of_the_plan_alone() {
        Persona chloe = PersonaChecksTest.chloe();
        Plan plan = PlanEdits.withPersonas(Plan.empty(), List.of(chloe));
        SmartObjective objective = new SmartObjective("o1", "a", null, null, 0, 0, null, null);

        Plan next = PlanEdits.withObjectives(plan, List.of(objective));

        assertThat(next.personas()).containsExactly(chloe);
        assertThat(next.objectives()).containsExactly(objective);
        assertThat(next.posts()).isEmpty();
    }
}
