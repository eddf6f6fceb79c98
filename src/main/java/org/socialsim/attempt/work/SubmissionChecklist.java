package org.socialsim.attempt.work;

import java.util.ArrayList;
import java.util.List;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.Plan;

/**
 * What an attempt still lacks before it is submitted. Only unrun weeks block a submission: without them there are no
 * results to evaluate or grade. Everything else is advice, because a student may knowingly hand in incomplete work at
 * the deadline; the list tells them what the marker will miss.
 */
public final class SubmissionChecklist {

    /** Personas the brief asks for at least. */
    public static final int MIN_PERSONAS = 2;

    /** The kinds of gap; each has a message under {@code attempt.gap.<kind in kebab case>}. */
    public enum Kind {
        WEEKS_NOT_RUN,
        SWOT_INCOMPLETE,
        NO_OBJECTIVES,
        OBJECTIVES_WITHOUT_DEADLINE,
        OBJECTIVES_WITHOUT_KPI,
        TOO_FEW_PERSONAS,
        NO_POSTS,
        UNANSWERED_MESSAGES,
        CRISIS_UNANSWERED,
        EVALUATION_INCOMPLETE,
        NO_SEVEN_PS
    }

    /** Something missing, with the numbers its message quotes. */
    public record Gap(Kind kind, boolean blocking, List<String> arguments) {

        public Gap {
            arguments = List.copyOf(arguments);
        }

        static Gap blocking(Kind kind, Object... arguments) {
            return new Gap(kind, true, strings(arguments));
        }

        static Gap advice(Kind kind, Object... arguments) {
            return new Gap(kind, false, strings(arguments));
        }

        private static List<String> strings(Object... arguments) {
            List<String> out = new ArrayList<>();
            for (Object argument : arguments) {
                out.add(String.valueOf(argument));
            }
            return out;
        }
    }

    private SubmissionChecklist() {}

    /**
     * The gaps in an attempt, blocking ones first.
     *
     * @param unansweredMessages inbound messages that call for an answer and have none
     */
    public static List<Gap> gaps(
            ScenarioDefinition scenario,
            Plan plan,
            SituationalAnalysis analysis,
            Evaluation evaluation,
            int weeksRun,
            int unansweredMessages) {
        List<Gap> gaps = new ArrayList<>();
        if (weeksRun < scenario.weeks()) {
            gaps.add(Gap.blocking(Kind.WEEKS_NOT_RUN, scenario.weeks() - weeksRun, scenario.weeks()));
        }
        int swotParts =
                count(analysis.strengths(), analysis.weaknesses(), analysis.opportunities(), analysis.threats());
        if (swotParts < 4) {
            gaps.add(Gap.advice(Kind.SWOT_INCOMPLETE, 4 - swotParts));
        }
        if (plan.objectives().isEmpty()) {
            gaps.add(Gap.advice(Kind.NO_OBJECTIVES));
        } else {
            long withoutDeadline = plan.objectives().stream()
                    .filter(objective -> objective.deadlineWeek() == null)
                    .count();
            if (withoutDeadline > 0) {
                gaps.add(Gap.advice(Kind.OBJECTIVES_WITHOUT_DEADLINE, withoutDeadline));
            }
            long withoutKpi = plan.objectives().stream()
                    .filter(objective -> objective.kpi() == null)
                    .count();
            if (withoutKpi > 0) {
                gaps.add(Gap.advice(Kind.OBJECTIVES_WITHOUT_KPI, withoutKpi));
            }
        }
        if (plan.personas().size() < MIN_PERSONAS) {
            gaps.add(Gap.advice(Kind.TOO_FEW_PERSONAS, plan.personas().size(), MIN_PERSONAS));
        }
        if (plan.posts().isEmpty()) {
            gaps.add(Gap.advice(Kind.NO_POSTS));
        }
        if (unansweredMessages > 0) {
            gaps.add(Gap.advice(Kind.UNANSWERED_MESSAGES, unansweredMessages));
        }
        if (weeksRun >= scenario.crisis().week() && plan.crisis() == null) {
            gaps.add(Gap.advice(Kind.CRISIS_UNANSWERED));
        }
        int evaluationParts = count(evaluation.whatHappened(), evaluation.why(), evaluation.recommendations());
        if (evaluationParts < 3) {
            gaps.add(Gap.advice(Kind.EVALUATION_INCOMPLETE, 3 - evaluationParts));
        }
        if (evaluation.sevenPs().values().stream().allMatch(String::isBlank)) {
            gaps.add(Gap.advice(Kind.NO_SEVEN_PS));
        }
        return gaps;
    }

    private static int count(String... parts) {
        int written = 0;
        for (String part : parts) {
            if (!part.isBlank()) {
                written++;
            }
        }
        return written;
    }
}
