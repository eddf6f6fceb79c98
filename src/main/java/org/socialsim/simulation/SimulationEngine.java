package org.socialsim.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.Plan;

/**
 * Turns a student's plan into the KPIs a social media manager would see, and says why. A pure
 * function of (scenario, plan, seed): the same inputs give equal results on any JVM. Stateless and
 * thread-safe; create it with {@code new}.
 */
public final class SimulationEngine {

    /** Runs every week of the scenario. */
    public SimulationRun run(ScenarioDefinition scenario, Plan plan, long seed) {
        return run(scenario, plan, seed, scenario.weeks());
    }

    /**
     * Runs weeks 1..{@code throughWeek}. Their numbers equal those weeks of a full run with the same
     * plan and seed, so a student can run one week at a time.
     *
     * @throws IllegalArgumentException if {@code throughWeek} is outside 1..scenario weeks
     */
    public SimulationRun run(ScenarioDefinition scenario, Plan plan, long seed, int throughWeek) {
        checkWeek(scenario, throughWeek);
        return new Simulation(new ScenarioTables(scenario), plan, seed).run(throughWeek);
    }

    /**
     * Runs the whole scenario {@code replications} times with seeds derived from {@code seed} and
     * each replication's index, in parallel; the result does not depend on thread scheduling.
     *
     * @throws IllegalArgumentException if {@code replications} is below 1
     */
    public ReplicatedRun replicate(ScenarioDefinition scenario, Plan plan, long seed, int replications) {
        return replicate(scenario, plan, seed, replications, scenario.weeks());
    }

    /** Like {@link #replicate(ScenarioDefinition, Plan, long, int)}, for weeks 1..{@code throughWeek}. */
    public ReplicatedRun replicate(
            ScenarioDefinition scenario, Plan plan, long seed, int replications, int throughWeek) {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, was " + replications);
        }
        checkWeek(scenario, throughWeek);
        ScenarioTables tables = new ScenarioTables(scenario);
        List<SimulationRun> runs = IntStream.range(0, replications)
                .parallel()
                .mapToObj(i -> new Simulation(tables, plan, RandomStreams.replicationSeed(seed, i)).run(throughWeek))
                .toList();
        List<Map<Kpi, KpiBand>> weeks = new ArrayList<>(throughWeek);
        for (int w = 0; w < throughWeek; w++) {
            int week = w;
            weeks.add(bands(runs.stream().map(r -> r.weeks().get(week).totals()).toList()));
        }
        return new ReplicatedRun(
                scenario.id(),
                seed,
                replications,
                weeks,
                bands(runs.stream().map(SimulationRun::totals).toList()));
    }

    private static void checkWeek(ScenarioDefinition scenario, int throughWeek) {
        if (throughWeek < 1 || throughWeek > scenario.weeks()) {
            throw new IllegalArgumentException(
                    "week " + throughWeek + " is outside 1.." + scenario.weeks() + " of " + scenario.id());
        }
    }

    private static Map<Kpi, KpiBand> bands(List<KpiValues> values) {
        Map<Kpi, KpiBand> bands = new EnumMap<>(Kpi.class);
        double[] sample = new double[values.size()];
        for (Kpi kpi : Kpi.values()) {
            double sum = 0;
            for (int i = 0; i < sample.length; i++) {
                sample[i] = values.get(i).value(kpi);
                sum += sample[i];
            }
            Arrays.sort(sample);
            bands.put(kpi, new KpiBand(sum / sample.length, percentile(sample, 0.05), percentile(sample, 0.95)));
        }
        return bands;
    }

    /** Linear interpolation between order statistics (Hyndman and Fan's type 7, R's default). */
    static double percentile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int low = (int) Math.floor(h);
        int high = Math.min(sorted.length - 1, low + 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }
}
