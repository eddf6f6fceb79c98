package org.socialsim.attempt;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.socialsim.attempt.work.Evaluation;
import org.socialsim.attempt.work.SituationalAnalysis;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.Plan;

/**
 * An attempt as a view needs it, read in one go. The scenario carries the hidden segments, inbox templates and crisis
 * too, because the engine needs them: views show only what a student may see (brief, brand, platforms, competitors,
 * influencers) until the debrief.
 *
 * @param version pass it back with the next save; a save based on an older version is refused (another tab saved)
 * @param own whether the person asking is the attempt's student (a tutor or administrator is not)
 * @param editable whether the person asking may change it: its own student, while in progress
 */
public record AttemptState(
        long attemptId,
        long version,
        long assignmentId,
        String assignmentTitle,
        String studentName,
        ScenarioDefinition scenario,
        long scenarioVersionId,
        long rubricVersionId,
        String rubricTitle,
        Instant opensAt,
        Instant dueAt,
        AttemptStatus status,
        int weeksRun,
        Plan plan,
        SituationalAnalysis analysis,
        Evaluation evaluation,
        Instant updatedAt,
        @Nullable Instant submittedAt,
        String lastStep,
        boolean own,
        boolean editable) {

    public int totalWeeks() {
        return scenario.weeks();
    }

    public boolean allWeeksRun() {
        return weeksRun >= scenario.weeks();
    }

    /** The first week the student may still plan: the one after the last run. */
    public int firstOpenWeek() {
        return weeksRun + 1;
    }

    /** The weeks that may still be planned: from the first open week to the last. */
    public java.util.List<Integer> openWeeks() {
        return java.util.stream.IntStream.rangeClosed(firstOpenWeek(), totalWeeks())
                .boxed()
                .toList();
    }

    /** Whether the plan for {@code week} is history and read-only. */
    public boolean weekHasRun(int week) {
        return week <= weeksRun;
    }

    /** Objectives and personas are fixed once the first week has run. */
    public boolean strategyFixed() {
        return weeksRun >= 1 || !editable;
    }
}
