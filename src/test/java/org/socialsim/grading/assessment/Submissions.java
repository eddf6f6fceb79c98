package org.socialsim.grading.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.socialsim.attempt.work.Evaluation;
import org.socialsim.attempt.work.SituationalAnalysis;
import org.socialsim.base.io.ReadResult;
import org.socialsim.rubric.definition.RubricDefinition;
import org.socialsim.rubric.io.RubricReader;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.io.ScenarioReader;
import org.socialsim.simulation.ReferencePlans;
import org.socialsim.simulation.SimulationEngine;
import org.socialsim.simulation.plan.Plan;

/**
 * Hand-made submissions for assessor tests: the shipped scenarios and rubrics as the app reads them, and a way to
 * build a submission from a plan and written work with its results simulated as the app would.
 */
public final class Submissions {

    public static final long SEED = 20261125L;

    private static final SimulationEngine ENGINE = new SimulationEngine();

    private Submissions() {}

    public static ScenarioDefinition scenario(String id) {
        String yaml = readText(Path.of("scenarios", id + ".yaml"));
        return switch (new ScenarioReader().read(id + ".yaml", yaml)) {
            case ReadResult.Valid<ScenarioDefinition>(ScenarioDefinition definition) -> definition;
            case ReadResult.Invalid<ScenarioDefinition> invalid ->
                throw new IllegalStateException(id + " does not read: " + invalid.problems());
        };
    }

    public static RubricDefinition rubric(String id) {
        String yaml = readText(Path.of("rubrics", id + ".yaml"));
        return switch (new RubricReader().read(id + ".yaml", yaml)) {
            case ReadResult.Valid<RubricDefinition>(RubricDefinition definition) -> definition;
            case ReadResult.Invalid<RubricDefinition> invalid ->
                throw new IllegalStateException(id + " does not read: " + invalid.problems());
        };
    }

    public static ScenarioDefinition brewhaven() {
        return scenario("brewhaven-cold-brew");
    }

    /** A submission of {@code plan} and the written work with every week of the scenario run. */
    public static Submission of(
            ScenarioDefinition scenario, Plan plan, SituationalAnalysis analysis, Evaluation evaluation) {
        return of(scenario, plan, analysis, evaluation, scenario.weeks());
    }

    /** A submission of {@code plan} and the written work with weeks 1..{@code weeksRun} run. */
    public static Submission of(
            ScenarioDefinition scenario, Plan plan, SituationalAnalysis analysis, Evaluation evaluation, int weeksRun) {
        return new Submission(
                scenario,
                plan,
                analysis,
                evaluation,
                weeksRun,
                weeksRun == 0 ? null : ENGINE.run(scenario, plan, SEED, weeksRun));
    }

    /** The reference competent plan of {@code scenario}, all weeks run, with empty written work. */
    public static Submission competentPlan(ScenarioDefinition scenario) {
        return of(scenario, ReferencePlans.competent(scenario), SituationalAnalysis.empty(), Evaluation.empty());
    }

    /** The reference competent plan changed by {@code edit}, all weeks run, with empty written work. */
    public static Submission competentPlan(ScenarioDefinition scenario, UnaryOperator<Plan> edit) {
        return of(
                scenario,
                edit.apply(ReferencePlans.competent(scenario)),
                SituationalAnalysis.empty(),
                Evaluation.empty());
    }

    /** Nothing planned or written and no week run. */
    public static Submission empty(ScenarioDefinition scenario) {
        return of(scenario, Plan.empty(), SituationalAnalysis.empty(), Evaluation.empty(), 0);
    }

    private static String readText(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
