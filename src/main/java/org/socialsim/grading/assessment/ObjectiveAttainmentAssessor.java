package org.socialsim.grading.assessment;

import static org.socialsim.grading.assessment.StrategyText.and;
import static org.socialsim.grading.assessment.StrategyText.count;
import static org.socialsim.grading.assessment.StrategyText.objective;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.socialsim.attempt.work.SmartCheck;
import org.socialsim.attempt.work.SmartCheck.Mark;
import org.socialsim.simulation.ObjectiveProgress;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.plan.SmartObjective;

/**
 * {@code objective_attainment}: how far the campaign met the student's own targets, read from the run's
 * {@link ObjectiveProgress}. A met target earns 1; one not met earns 0.8 × its progress from baseline to target
 * (clamped to [0, 1]), so any target met counts for more than a near miss; an objective with nothing to measure (no
 * KPI, no change, or a target worse than its baseline — SmartCheck's Measurable and direction tests) cannot be attained
 * and earns 0. An objective that fails another SMART test (no deadline, no business link, out of reach) keeps half its
 * credit: meeting it says little about success. The score is the average over all objectives; with no week run or no
 * objective it is 0.
 */
final class ObjectiveAttainmentAssessor implements Assessor {

    /** Share of its progress a target not met earns. */
    static final double NEAR_MISS = 0.8;

    /** Share of its credit an objective keeps when it fails one of the other SMART tests. */
    static final double NOT_SMART = 0.5;

    private static final int MAX_NAMED = 3;

    @Override
    public Assessment assess(Submission submission, AssessorParameters parameters) {
        SimulationRun run = submission.results();
        List<SmartObjective> objectives = submission.plan().objectives();
        if (run == null) {
            return new Assessment(
                    0,
                    List.of(EvidenceLine.gap("No week was run, so no objective could be met: run the campaign's"
                            + " weeks before you submit.")));
        }
        if (objectives.isEmpty()) {
            return new Assessment(
                    0,
                    List.of(EvidenceLine.gap("You set no objectives, so there were no targets to attain: set SMART"
                            + " objectives with a KPI, a target and a deadline week.")));
        }
        String currency = submission.scenario().currency();
        List<String> met = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> unmeasurable = new ArrayList<>();
        List<String> early = new ArrayList<>();
        List<String> notSmart = new ArrayList<>();
        double credit = 0;
        for (SmartObjective objective : objectives) {
            Optional<String> why = unattainable(objective, submission);
            Optional<ObjectiveProgress> progress = run.objectives().stream()
                    .filter(p -> p.objective().equals(objective.id()))
                    .findFirst();
            if (why.isPresent() || progress.isEmpty() || progress.get().kpi() == null) {
                unmeasurable.add(objective(objective) + " " + why.orElse("has no KPI to measure"));
                continue;
            }
            ObjectiveProgress p = progress.get();
            List<String> lapses = lapses(objective, submission);
            double weight = lapses.isEmpty() ? 1 : NOT_SMART;
            if (!lapses.isEmpty()) {
                notSmart.add(objective(objective) + " (" + and(lapses) + ")");
            }
            if (!p.deadlinePassed()) {
                early.add(objective(objective));
            }
            String actual = StrategyText.value(p.kpi(), p.actual(), currency);
            String target = StrategyText.value(p.kpi(), p.target(), currency);
            if (p.met()) {
                credit += weight;
                met.add(objective(objective) + " (" + actual + " against " + target + " by week "
                        + p.measuredThroughWeek() + ")");
            } else {
                credit += weight * NEAR_MISS * StrategyText.unit(p.progress());
                missed.add(objective(objective) + " reached " + actual + " against a target of " + target + " by week "
                        + p.measuredThroughWeek() + ", " + progressWords(p, currency));
            }
        }

        List<EvidenceLine> lines = new ArrayList<>();
        if (!met.isEmpty()) {
            lines.add(EvidenceLine.strength("You met " + met.size() + " of "
                    + count(objectives.size(), "target", "targets") + ": " + and(met) + "."));
        }
        for (String line : missed.stream().limit(MAX_NAMED).toList()) {
            lines.add(EvidenceLine.gap(line + "."));
        }
        if (missed.size() > MAX_NAMED) {
            lines.add(EvidenceLine.gap(count(missed.size() - MAX_NAMED, "more target was", "more targets were")
                    + " missed; the dashboard's objectives panel shows how far each came."));
        }
        if (!unmeasurable.isEmpty()) {
            lines.add(EvidenceLine.gap(and(unmeasurable) + (unmeasurable.size() == 1 ? ", so it" : ", so they")
                    + " cannot be attained: give every objective a KPI and a target it can be measured against."));
        }
        if (!notSmart.isEmpty()) {
            lines.add(EvidenceLine.gap(and(notSmart) + (notSmart.size() == 1 ? " is" : " are") + " not fully SMART,"
                    + " so " + (notSmart.size() == 1 ? "it counts" : "they count") + " half: a target with no"
                    + " deadline, no business link or no realistic level says little about success."));
        }
        if (!early.isEmpty()) {
            lines.add(EvidenceLine.note("Measured through week " + run.weeksRun() + ": the deadline of " + and(early)
                    + " falls after the weeks you ran."));
        }
        return new Assessment(StrategyText.unit(credit / objectives.size()), lines);
    }

    /** Why an objective has nothing to attain, or empty when it can be measured. */
    private static Optional<String> unattainable(SmartObjective objective, Submission submission) {
        List<Mark> marks = SmartCheck.check(objective, submission.scenario());
        Mark measurable = marks.get(1);
        Mark achievable = marks.get(2);
        if (!measurable.met()) {
            return Optional.of(
                    switch (measurable.reason().key()) {
                        case "smart.m.no-kpi" -> "has no KPI to measure";
                        case "smart.m.no-change" -> "has a target equal to its baseline";
                        default -> "has a target its KPI cannot take";
                    });
        }
        if (achievable.reason().key().equals("smart.a.wrong-direction")) {
            return Optional.of("has a target worse than its baseline");
        }
        return Optional.empty();
    }

    /** The SMART letters other than Measurable that {@code objective} fails, e.g. ["R", "T"]. */
    private static List<String> lapses(SmartObjective objective, Submission submission) {
        return SmartCheck.check(objective, submission.scenario()).stream()
                .filter(mark -> !mark.met())
                .map(mark -> mark.letter().name())
                .toList();
    }

    private static String progressWords(ObjectiveProgress p, String currency) {
        if (p.progress() <= 0) {
            return "no closer than the baseline of " + StrategyText.value(p.kpi(), p.baseline(), currency);
        }
        return String.format(
                Locale.UK,
                "%.0f%% of the way from the baseline of %s",
                100 * p.progress(),
                StrategyText.value(p.kpi(), p.baseline(), currency));
    }
}
