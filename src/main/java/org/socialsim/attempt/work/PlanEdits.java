package org.socialsim.attempt.work;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.socialsim.simulation.plan.Persona;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.SmartObjective;

/** Small edits of an immutable plan: the steps build the next plan from the last saved one with these. */
public final class PlanEdits {

    private PlanEdits() {}

    public static Plan withObjectives(Plan plan, List<SmartObjective> objectives) {
        return new Plan(
                objectives,
                plan.personas(),
                plan.posts(),
                plan.campaigns(),
                plan.influencers(),
                plan.community(),
                plan.crisis());
    }

    public static Plan withPersonas(Plan plan, List<Persona> personas) {
        return new Plan(
                plan.objectives(),
                personas,
                plan.posts(),
                plan.campaigns(),
                plan.influencers(),
                plan.community(),
                plan.crisis());
    }

    /** {@code items} with the one whose id is {@code replacement}'s put in its place, or appended when none is. */
    public static <T> List<T> replaced(List<T> items, T replacement, Function<T, String> id) {
        List<T> out = new ArrayList<>(items);
        String wanted = id.apply(replacement);
        for (int i = 0; i < out.size(); i++) {
            if (id.apply(out.get(i)).equals(wanted)) {
                out.set(i, replacement);
                return out;
            }
        }
        out.add(replacement);
        return out;
    }

    /** {@code items} without the one whose id is {@code removed}. */
    public static <T> List<T> without(List<T> items, String removed, Function<T, String> id) {
        return items.stream().filter(item -> !id.apply(item).equals(removed)).toList();
    }

    /**
     * The first of {@code prefix}1, {@code prefix}2, … that no item uses, so ids stay unique even after removals and
     * beside ids a plan file brought in.
     */
    public static String nextId(String prefix, Collection<String> taken) {
        int n = 1;
        while (taken.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }
}
