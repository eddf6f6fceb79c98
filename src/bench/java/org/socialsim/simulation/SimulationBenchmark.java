package org.socialsim.simulation;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.Plan;

/**
 * Issue 5's performance targets: one full 8-week run of a busy plan (median under 1 ms on one
 * core) and 1,000 replications (under 1 s on both cores).
 */
@State(Scope.Benchmark)
public class SimulationBenchmark {

    private final SimulationEngine engine = new SimulationEngine();
    private ScenarioDefinition scenario;
    private Plan plan;
    private long seed;

    @Setup(Level.Trial)
    public void workload() {
        scenario = BenchPlans.scenario();
        plan = BenchPlans.busyPlan(scenario);
        SimulationRun sample = engine.run(scenario, plan, 42);
        System.out.printf(
                "%nworkload: %s, %d weeks, %d posts planned (%d published), %d campaigns, %d inbox messages%n",
                scenario.id(),
                sample.weeksRun(),
                plan.posts().size(),
                sample.totals().posts(),
                plan.campaigns().size(),
                sample.totals().messages());
    }

    /** A new seed per call, as a class of students would run it; the work per seed is alike. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public SimulationRun oneFullRun() {
        return engine.run(scenario, plan, seed++);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ReplicatedRun thousandReplications() {
        return engine.replicate(scenario, plan, seed++, 1000);
    }
}
