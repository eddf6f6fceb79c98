package org.socialsim.simulation;

import java.util.List;
import java.util.Map;
import org.socialsim.scenario.definition.Platform;

/**
 * The outcome of running a plan for some weeks with one seed. Equal inputs give an equal run,
 * down to {@code toString()} and serialised JSON.
 *
 * @param scenario the scenario's id
 * @param seed the seed
 * @param weeksRun how many weeks were run (1..scenario weeks)
 * @param weeks each week's result, in order
 * @param totals all weeks and platforms together
 * @param platforms all weeks, per platform
 * @param objectives progress of each SMART objective, in plan order
 * @param explanations what moved the KPIs over the whole run, largest effect first
 */
public record SimulationRun(
        String scenario,
        long seed,
        int weeksRun,
        List<WeekResult> weeks,
        KpiValues totals,
        Map<Platform, KpiValues> platforms,
        List<ObjectiveProgress> objectives,
        List<Explanation> explanations) {

    public SimulationRun {
        weeks = List.copyOf(weeks);
        platforms = Results.enumMap(platforms, Platform.class);
        objectives = List.copyOf(objectives);
        explanations = List.copyOf(explanations);
    }

    /** The result of week {@code week} (1-based). */
    public WeekResult week(int week) {
        return weeks.get(week - 1);
    }

    /** All explanations that name {@code factor}, across the run and its weeks. */
    public List<Explanation> explanations(String factor) {
        return explanations.stream().filter(e -> e.factor().equals(factor)).toList();
    }
}
