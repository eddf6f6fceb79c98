package org.socialsim.simulation;

import java.util.List;
import java.util.Map;
import org.socialsim.simulation.plan.Kpi;

/**
 * A plan replayed with many seeds, so a student sees signal apart from noise.
 *
 * @param scenario the scenario's id
 * @param seed the seed the replications' seeds derive from
 * @param replications how many runs
 * @param weeks per week, each KPI's band over the replications
 * @param totals over the whole run, each KPI's band
 */
public record ReplicatedRun(
        String scenario, long seed, int replications, List<Map<Kpi, KpiBand>> weeks, Map<Kpi, KpiBand> totals) {

    public ReplicatedRun {
        weeks = weeks.stream().map(w -> Results.enumMap(w, Kpi.class)).toList();
        totals = Results.enumMap(totals, Kpi.class);
    }

    /** The band of {@code kpi} over the whole run. */
    public KpiBand total(Kpi kpi) {
        return totals.get(kpi);
    }

    /** The band of {@code kpi} in week {@code week} (1-based). */
    public KpiBand week(int week, Kpi kpi) {
        return weeks.get(week - 1).get(kpi);
    }
}
