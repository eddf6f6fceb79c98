package org.socialsim.grading.assessment;

import static org.socialsim.grading.assessment.StrategyText.and;
import static org.socialsim.grading.assessment.StrategyText.count;
import static org.socialsim.grading.assessment.StrategyText.objective;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.socialsim.attempt.work.Reason;
import org.socialsim.attempt.work.SmartCheck;
import org.socialsim.attempt.work.SmartCheck.Mark;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.SmartObjective;

/**
 * {@code smart_objectives}: how many objectives pass all five SMART tests of {@link SmartCheck}, and how many of the
 * tests pass overall. Each objective earns a credit (1 when fully SMART, otherwise three quarters of its share of
 * letters, since a single missing letter makes it unusable as a target); the best {@code min_objectives} credits fill
 * slots of falling weight (1, 0.75, 0.5 for three), so the first SMART objective matters most and full credit needs
 * {@code min_objectives} fully SMART ones. Objectives beyond that which are not SMART cost a little, and while any
 * objective is not fully SMART the score stays below Excellent ({@link #NOT_ALL_SMART_CAP}).
 */
final class SmartObjectivesAssessor implements Assessor {

    static final int DEFAULT_MIN_OBJECTIVES = 3;

    /** Share of its letters an objective that is not fully SMART earns: one lapse leaves it at 0.6. */
    static final double PARTIAL_CREDIT = 0.75;

    /** Weight of the average credit of all objectives: "all objectives are fully SMART" (Excellent). */
    static final double ALL_OBJECTIVES_WEIGHT = 0.2;

    /**
     * The most a set of objectives earns while any of them is not fully SMART: just below 0.70, where the shipped
     * rubrics' Excellent starts, because Excellent is "all objectives are fully SMART" and "SMART with minor lapses" is
     * Very good. Without it two SMART objectives and a third missing one letter scored about 0.89.
     */
    static final double NOT_ALL_SMART_CAP = 0.69;

    /** Failing objectives named one by one; the rest are counted. */
    private static final int MAX_NAMED = 3;

    @Override
    public Assessment assess(Submission submission, AssessorParameters parameters) {
        int min = Math.max(1, parameters.integer("min_objectives", DEFAULT_MIN_OBJECTIVES));
        List<SmartObjective> objectives = submission.plan().objectives();
        if (objectives.isEmpty()) {
            return new Assessment(
                    0,
                    List.of(EvidenceLine.gap("You set no objectives: write at least " + min
                            + " SMART objectives, each with a KPI, a baseline and target, a deadline week and the"
                            + " business objective it serves.")));
        }
        List<Checked> checked = objectives.stream()
                .map(objective -> new Checked(objective, SmartCheck.check(objective, submission.scenario())))
                .toList();
        double score = score(checked.stream().map(Checked::credit).toList(), min);
        if (!checked.stream().allMatch(Checked::fullySmart)) {
            score = Math.min(score, NOT_ALL_SMART_CAP);
        }
        boolean vanityOnly = objectives.stream()
                .allMatch(o -> o.kpi() != null
                        && BusinessLinkAssessor.VANITY.contains(o.kpi())
                        && o.businessObjective() == null);
        if (vanityOnly) {
            // Rubric guidance: "Vanity-only objectives (likes, followers) cap this criterion at Adequate unless they
            // are explicitly linked to a business outcome."
            List<EvidenceLine> lines = new ArrayList<>(evidence(checked, min));
            lines.addFirst(EvidenceLine.gap("Every objective counts likes, followers or impressions and none names the"
                    + " business objective it serves, which keeps your strategy at Adequate at best: link each to a"
                    + " business objective or measure what the attention brings (clicks, sales)."));
            return new Assessment(score, lines).cappedAt(Assessment.AT_MOST_ADEQUATE);
        }
        return new Assessment(score, evidence(checked, min));
    }

    /** The slot score of the best {@code min} credits, tempered by the average credit of every objective. */
    static double score(List<Double> credits, int min) {
        List<Double> best =
                credits.stream().sorted(Comparator.reverseOrder()).limit(min).toList();
        double filled = 0;
        double total = 0;
        for (int slot = 0; slot < min; slot++) {
            double weight = 1 - (double) slot / (min + 1);
            total += weight;
            filled += slot < best.size() ? weight * best.get(slot) : 0;
        }
        double average =
                credits.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return StrategyText.unit(filled / total * (1 - ALL_OBJECTIVES_WEIGHT + ALL_OBJECTIVES_WEIGHT * average));
    }

    private static List<EvidenceLine> evidence(List<Checked> checked, int min) {
        List<EvidenceLine> lines = new ArrayList<>();
        List<Checked> smart = checked.stream().filter(Checked::fullySmart).toList();
        List<Checked> lapsed = checked.stream().filter(c -> !c.fullySmart()).toList();
        int letters = checked.stream().mapToInt(Checked::met).sum();
        if (!smart.isEmpty()) {
            lines.add(EvidenceLine.strength(fullySmartLine(smart, checked.size())));
        }
        for (Checked c : lapsed.stream().limit(MAX_NAMED).toList()) {
            lines.add(EvidenceLine.gap(lapseLine(c)));
        }
        if (lapsed.size() > MAX_NAMED) {
            lines.add(EvidenceLine.gap(
                    count(lapsed.size() - MAX_NAMED, "more objective also fails", "more objectives also fail")
                            + " one or more tests; the SMART check beside each objective says which."));
        }
        if (smart.size() < min) {
            lines.add(EvidenceLine.gap(
                    smart.isEmpty()
                            ? "None of your objectives is fully SMART; " + min + " are needed for full credit."
                            : "Only " + count(smart.size(), "objective is", "objectives are") + " fully SMART; " + min
                                    + " are needed for full credit."));
        }
        lines.add(EvidenceLine.note(letters + " of " + 5 * checked.size() + " SMART tests pass across your "
                + count(checked.size(), "objective", "objectives") + "."));
        return lines;
    }

    private static String fullySmartLine(List<Checked> smart, int of) {
        return smart.size() + " of " + count(of, "objective", "objectives") + (smart.size() == 1 ? " is" : " are")
                + " fully SMART: "
                + and(smart.stream().map(c -> objective(c.objective())).toList()) + ".";
    }

    private static String lapseLine(Checked c) {
        List<Mark> failed = c.marks().stream().filter(m -> !m.met()).toList();
        String letters = and(failed.stream().map(m -> m.letter().name()).toList());
        String reasons =
                String.join("; ", failed.stream().map(m -> why(m.reason())).toList());
        return objective(c.objective()) + " is not " + letters + ": " + reasons + ".";
    }

    /** The failing letter's reason in a few words a student can act on. */
    static String why(Reason reason) {
        List<Object> args = reason.arguments();
        return switch (reason.key()) {
            case "smart.s.no-statement" -> "write the objective as a sentence";
            case "smart.s.vague" -> "say what will change, where and for whom";
            case "smart.s.unknown-platform" -> "the brand is not on " + platformOf(args) + " in this scenario";
            case "smart.m.no-kpi" -> "choose the KPI that measures it";
            case "smart.m.negative" -> kpiOf(args) + " cannot be below zero";
            case "smart.m.over-whole" -> kpiOf(args) + " cannot be more than 100%";
            case "smart.m.no-change" -> "the target equals the baseline";
            case "smart.a.nothing-to-judge" -> "with no KPI or change its ambition cannot be judged";
            case "smart.a.wrong-direction" -> "the target for " + kpiOf(args) + " is worse than the baseline";
            case "smart.a.growth-too-fast" ->
                String.format(
                        Locale.UK,
                        "+%.0f%% in %d weeks is %.0f%% a month, far above the 5–10%% a month benchmark for"
                                + " follower growth",
                        100 * ((Number) args.get(0)).doubleValue(),
                        ((Number) args.get(1)).intValue(),
                        100 * ((Number) args.get(2)).doubleValue());
            case "smart.a.engagement-too-high" ->
                String.format(
                        Locale.UK,
                        "%.1f× the engagement-rate benchmark is out of reach",
                        ((Number) args.get(4)).doubleValue());
            case "smart.r.spend" -> "ad spend is a cost, measure what it should bring";
            case "smart.r.vanity" -> kpiOf(args) + " alone is a vanity metric with no business objective";
            case "smart.r.no-business-objective" -> "link it to one of the brand's business objectives";
            case "smart.r.unknown-business-objective" ->
                "'" + args.getFirst() + "' is not one of the brand's" + " business objectives";
            case "smart.r.mismatch" ->
                kpiOf(args) + " does not show progress on " + kindOf(args) + "; choose a KPI that does";
            case "smart.t.no-deadline" -> "give it a deadline week";
            case "smart.t.out-of-range" ->
                "week " + args.getFirst() + " is outside the campaign's weeks 1–" + args.get(1);
            default -> "see the SMART check beside the objective";
        };
    }

    private static String kpiOf(List<Object> args) {
        return args.getFirst() instanceof Kpi kpi ? StrategyText.kpi(kpi) : String.valueOf(args.getFirst());
    }

    private static String platformOf(List<Object> args) {
        return args.getFirst() instanceof Platform platform
                ? StrategyText.platform(platform)
                : String.valueOf(args.getFirst());
    }

    private static String kindOf(List<Object> args) {
        return String.valueOf(args.get(1)).toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private record Checked(SmartObjective objective, List<Mark> marks) {

        int met() {
            return (int) marks.stream().filter(Mark::met).count();
        }

        boolean fullySmart() {
            return met() == marks.size();
        }

        double credit() {
            return fullySmart() ? 1 : PARTIAL_CREDIT * met() / marks.size();
        }
    }
}
