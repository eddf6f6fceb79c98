package org.socialsim.grading.assessment;

import org.jspecify.annotations.Nullable;
import org.socialsim.attempt.work.Evaluation;
import org.socialsim.attempt.work.SituationalAnalysis;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.plan.Plan;

/**
 * Everything an assessor may read about one student's attempt: the scenario it was played on (including the hidden
 * segments the student never saw), the plan with its inbox replies and crisis decisions, the written work, and the
 * simulated results of the weeks that were run.
 *
 * @param scenario the scenario version the assignment pins
 * @param plan the whole plan as submitted (posts of every week, campaigns, creators, replies, crisis response)
 * @param analysis the situational analysis
 * @param evaluation the written evaluation
 * @param weeksRun weeks simulated, 0..scenario weeks
 * @param results the run of weeks 1..weeksRun, or null when no week has run
 */
public record Submission(
        ScenarioDefinition scenario,
        Plan plan,
        SituationalAnalysis analysis,
        Evaluation evaluation,
        int weeksRun,
        @Nullable SimulationRun results) {

    public Submission {
        if (weeksRun < 0 || weeksRun > scenario.weeks()) {
            throw new IllegalArgumentException("weeksRun " + weeksRun + " outside 0.." + scenario.weeks());
        }
        if ((results == null) != (weeksRun == 0)) {
            throw new IllegalArgumentException("results must be present exactly when a week has run");
        }
    }
}
