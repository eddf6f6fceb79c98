package org.socialsim.grading.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.socialsim.attempt.work.Evaluation;
import org.socialsim.attempt.work.SevenP;
import org.socialsim.simulation.Explanation;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.WeekResult;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.SmartObjective;

/**
 * {@code evaluation_quality}: the written evaluation, judged on one {@code focus}.
 *
 * <ul>
 *   <li>{@code kpis} (default): 45% KPI use — distinct KPIs cited with figures that match the run ({@link
 *       KpiFigures}), each wrong figure taking back half a KPI, over {@code min_kpis} (65%), and sentences that set a
 *       figure against a target, objective or benchmark (35%); 30% causes — causal words ("because", "due to") and the
 *       factors the simulation's explanations name (timing, format, the crisis response…), a true factor counting
 *       fully and one the run does not show half; 25% recommendations (below).
 *   <li>{@code seven_ps}: each P the student wrote about scores 25% length, 35% evidence from the campaign (figures,
 *       KPIs, the inbox, the crisis, creators…), 20% reasoning and 20% a proposed change; a P only named (under six
 *       words) keeps 30% of that. The score is the best {@code min_ps} Ps' sum over {@code min_ps}.
 *   <li>{@code recommendations}: 55% concreteness of the three best items (a figure, a platform, a time or week, an
 *       action verb and a link to the data each count a fifth), 25% the share that rests on the data, 20% a stated
 *       priority.
 * </ul>
 * A list of numbers without reasons scores about 0.3 with {@code kpis}: descriptive work, Adequate at best.
 *
 * <p>Ceiling with {@code kpis}: when the evaluation misreports its results — at least {@link #MISREPORTED_MIN_WRONG}
 * of the KPIs it cites are cited only with figures the run did not produce, and they outnumber the KPIs it cites
 * with a matching figure — the criterion is capped at Adequate. KPIs, not figures, are counted: a rich evaluation
 * quotes one KPI many times (per week, per platform, as a change), and a KPI it also cites correctly has not been
 * misreported, so a stray figure the checker cannot place does not outweigh it. The rubric puts "a list of numbers without interpretation" at Adequate at best, and a list of wrong
 * numbers is no better: its causes and recommendations rest on results that did not happen, however well organised
 * (the Insufficient descriptor names metrics "misread"; the cap leaves room for that, it does not impose it). One
 * slip among right figures only costs its citation credit; a weighted sum alone let a well-structured evaluation of
 * wrong figures reach Very good or better on its structure.
 */
final class EvaluationQualityAssessor implements Assessor {

    static final String FOCUS = "focus";
    static final String MIN_KPIS = "min_kpis";
    static final String MIN_PS = "min_ps";

    /** KPIs cited only wrongly needed, beside fewer cited rightly, for an evaluation to misreport its results. */
    static final int MISREPORTED_MIN_WRONG = 2;

    private static final String[] CAUSAL = {
        "because", "due to", "as a result", "led to", "leads to", "caused", "causing", "driven by", "since ",
        "therefore", "which meant", "thanks to", "owing to", "resulted in", "so that", "explains", "this is why",
                "meant that"
    };
    private static final String[] INTERPRETED = {
        "target",
        "objective",
        "goal",
        "benchmark",
        "against",
        "compared",
        "above",
        "below",
        "missed",
        "exceeded",
        "short of",
        " met ",
        "than",
        " vs",
        "average",
        "median"
    };
    private static final String[] ACTIONS = {
        "post ", "posting", "shift", "move ", "cut ", "reduce", "increase", "raise", "test", "pause", "reallocate",
        "answer", "reply", "hire", "add ", "switch", "stop", "launch", "partner", "boost", "schedule", "respond",
        "train", "fix", "offer", "run ", "spend", "drop", "focus", "replace", "introduce", "publish", "invest"
    };
    private static final String[] PRIORITY = {
        "first", "priority", "prioritis", "prioritiz", "most important", "top ", "second", "then ", "1.", "1)", "before"
    };
    private static final String[] CAMPAIGN = {
        "complaint",
        "inbox",
        "crisis",
        "creator",
        "influencer",
        "repl",
        "week",
        "post",
        "ads",
        "campaign",
        "result",
        "sentiment",
        "delivery",
        "review",
        "comment",
        "message",
        "recall",
        "budget",
        "persona",
        "audience",
        "%",
        "£",
        "$",
        "€"
    };
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern TIME = Pattern.compile(
            "\\bweek|\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|daily|weekly|morning|evening|night)\\b"
                    + "|\\d{1,2}[:.]\\d{2}|\\b\\d{1,2}\\s?(am|pm)\\b|per week|a week",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLATFORM =
            Pattern.compile("\\b(instagram|tiktok|facebook|linkedin|youtube|x)\\b", Pattern.CASE_INSENSITIVE);

    /** The simulation's explanation factors and the words a student would use for them. */
    private static final Map<String, String[]> FACTORS = factors();

    @Override
    public Assessment assess(Submission submission, AssessorParameters parameters) {
        Evaluation evaluation = submission.evaluation();
        String focus = parameters.text(FOCUS, "kpis").strip().toLowerCase(Locale.ROOT);
        boolean written = !(evaluation.whatHappened().isBlank()
                && evaluation.why().isBlank()
                && evaluation.recommendations().isBlank()
                && evaluation.sevenPs().values().stream().allMatch(String::isBlank));
        if (!written) {
            return new Assessment(
                    0,
                    List.of(EvidenceLine.gap("The evaluation is empty: say what happened with figures from your"
                            + " dashboard, why it happened, and what you would do next.")));
        }
        return switch (focus) {
            case "seven_ps" -> sevenPs(evaluation, parameters.integer(MIN_PS, 4));
            case "recommendations" -> recommendationsOnly(evaluation);
            default -> kpis(submission, parameters.integer(MIN_KPIS, 4));
        };
    }

    // --- focus: kpis --------------------------------------------------------------------------------------------

    private static Assessment kpis(Submission submission, int minKpis) {
        Evaluation evaluation = submission.evaluation();
        String text = evaluation.whatHappened() + "\n" + evaluation.why() + "\n" + evaluation.recommendations();
        List<EvidenceLine> lines = new ArrayList<>();
        SimulationRun run = submission.results();
        double cite;
        double interpret;
        Set<Kpi> rightKpis = Set.of();
        Set<Kpi> wrongKpis = Set.of();
        if (run == null) {
            cite = 0;
            interpret = 0;
            lines.add(EvidenceLine.note("No week has been run, so no figure in the evaluation can be checked."));
        } else {
            // Recommendations quote targets, not results: only what happened and why are checked against the run.
            List<KpiFigures.Figure> figures =
                    KpiFigures.cited(evaluation.whatHappened() + "\n" + evaluation.why(), run);
            Set<Kpi> right = new LinkedHashSet<>();
            List<KpiFigures.Figure> wrong = new ArrayList<>();
            long interpreted = 0;
            for (KpiFigures.Figure figure : figures) {
                if (figure.matches()) {
                    right.add(figure.kpi());
                } else {
                    wrong.add(figure);
                }
            }
            interpreted = KpiFigures.sentencesNamingKpis(text).stream()
                    .filter(s -> Excerpt.any(" " + s + " ", INTERPRETED))
                    .count();
            rightKpis = right;
            wrongKpis = new LinkedHashSet<>();
            for (KpiFigures.Figure figure : wrong) {
                if (!right.contains(figure.kpi())) {
                    wrongKpis.add(figure.kpi());
                }
            }
            cite = Math.clamp((right.size() - 0.5 * wrong.size()) / minKpis, 0.0, 1.0);
            interpret = Excerpt.share(interpreted, Math.ceil(minKpis / 2.0));
            for (KpiFigures.Figure figure : wrong.stream().limit(2).toList()) {
                lines.add(
                        EvidenceLine.gap(wrongLine(figure, submission.scenario().currency())));
            }
            List<String> names = right.stream().map(KpiFigures::name).toList();
            if (right.size() >= minKpis) {
                lines.add(EvidenceLine.strength("You cite " + right.size()
                        + " KPIs with figures that match your results: " + String.join(", ", names) + "."));
            } else {
                List<String> objectiveKpis = submission.plan().objectives().stream()
                        .map(SmartObjective::kpi)
                        // An objective may have no KPI yet ("grow Instagram"): nothing to suggest citing for it.
                        .filter(java.util.Objects::nonNull)
                        .filter(k -> !right.contains(k))
                        .map(KpiFigures::name)
                        .distinct()
                        .toList();
                lines.add(EvidenceLine.gap("You cite " + right.size() + " KPI" + (right.size() == 1 ? "" : "s")
                        + " with figures that match your results"
                        + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")")
                        + "; interpret at least " + minKpis
                        + (objectiveKpis.isEmpty()
                                ? ""
                                : ", starting with your objectives' " + String.join(", ", objectiveKpis))
                        + "."));
            }
            if (!figures.isEmpty() && interpreted == 0) {
                lines.add(EvidenceLine.gap("Your figures are not compared with a target, objective or benchmark;"
                        + " say for each whether it met its objective."));
            }
        }
        Causes causes = causes(evaluation, run);
        lines.add(causes.line());
        Recommendations recommendations = Recommendations.read(evaluation.recommendations());
        lines.add(recommendations.line());
        double kpiUse = 0.65 * cite + 0.35 * interpret;
        double score = 0.45 * kpiUse + 0.30 * causes.score() + 0.25 * recommendations.concreteness();
        if (misreported(wrongKpis.size(), rightKpis.size())) {
            // Rubric guidance: "a list of numbers without interpretation is descriptive and belongs at Adequate at
            // best"; a list of wrong numbers is no better, whatever is built on it.
            lines.addFirst(EvidenceLine.gap("Your figures for "
                    + ContentWords.and(wrongKpis.stream().map(KpiFigures::name).toList())
                    + " are not your run's results, so your conclusions rest on results that did not happen and"
                    + " this criterion cannot be rated above Adequate; check every figure against your dashboard."));
            return new Assessment(Math.clamp(score, 0.0, 1.0), Excerpt.mostImportantFirst(lines))
                    .cappedAt(Assessment.AT_MOST_ADEQUATE);
        }
        return new Assessment(Math.clamp(score, 0.0, 1.0), Excerpt.mostImportantFirst(lines));
    }

    /**
     * Whether the evaluation misreports its results: at least {@link #MISREPORTED_MIN_WRONG} KPIs are cited only with
     * figures that do not match the run, and more than are cited with a matching figure.
     */
    static boolean misreported(int wronglyCitedKpis, int rightlyCitedKpis) {
        return wronglyCitedKpis >= MISREPORTED_MIN_WRONG && wronglyCitedKpis > rightlyCitedKpis;
    }

    private static String wrongLine(KpiFigures.Figure figure, String currency) {
        String scope =
                (figure.platform() == null ? "" : " on " + CrisisResponseAssessor.platformName(figure.platform()))
                        + (figure.week() == null ? "" : " in week " + figure.week());
        String actual = Double.isNaN(figure.actual())
                ? "that week or platform has no result in your run"
                : "your run shows " + KpiFigures.format(figure.kpi(), figure.actual(), currency);
        return "You wrote " + KpiFigures.name(figure.kpi()) + scope + " " + figure.written() + ", but " + actual
                + ". Cite figures from your dashboard (the 'Cite a KPI' helper inserts them).";
    }

    record Causes(
            double score, int connectives, List<String> trueFactors, List<String> otherFactors, List<String> shown) {

        EvidenceLine line() {
            if (score >= 0.7) {
                List<String> named = new ArrayList<>(trueFactors);
                named.addAll(otherFactors);
                return EvidenceLine.strength("You explain why the results happened, naming causes such as "
                        + String.join(", ", named.stream().limit(4).toList()) + ".");
            }
            if (connectives == 0 && trueFactors.isEmpty() && otherFactors.isEmpty()) {
                return EvidenceLine.gap("The evaluation reports results without saying why they happened"
                        + (shown.isEmpty()
                                ? ""
                                : "; your dashboard points to "
                                        + String.join(
                                                ", ", shown.stream().limit(3).toList()))
                        + ". Explain each result with 'because' and the decision behind it.");
            }
            List<String> alsoShown = shown.stream()
                    .filter(f -> !trueFactors.contains(f))
                    .limit(3)
                    .toList();
            return EvidenceLine.gap("Your explanation of causes is thin"
                    + (trueFactors.isEmpty() ? "" : " (you name " + String.join(", ", trueFactors) + ")")
                    + (alsoShown.isEmpty() ? "" : "; your dashboard also points to " + String.join(", ", alsoShown))
                    + ". Link each result to the decision that caused it.");
        }
    }

    private static Causes causes(Evaluation evaluation, @org.jspecify.annotations.Nullable SimulationRun run) {
        String text = (" " + evaluation.whatHappened() + " " + evaluation.why() + " ").toLowerCase(Locale.ROOT);
        int connectives = 0;
        for (String cue : CAUSAL) {
            int from = 0;
            while ((from = text.indexOf(cue, from)) >= 0) {
                connectives++;
                from += cue.length();
            }
        }
        Set<String> inRun = new LinkedHashSet<>();
        if (run != null) {
            List<Explanation> all = new ArrayList<>(run.explanations());
            for (WeekResult week : run.weeks()) {
                all.addAll(week.explanations());
            }
            all.stream()
                    .sorted(Comparator.comparingDouble((Explanation e) -> -Math.abs(e.effect())))
                    .forEach(e -> inRun.add(group(e.factor())));
        }
        List<String> trueFactors = new ArrayList<>();
        List<String> otherFactors = new ArrayList<>();
        FACTORS.forEach((factor, cues) -> {
            if (Excerpt.any(text, cues)) {
                (inRun.contains(factor) ? trueFactors : otherFactors).add(factor);
            }
        });
        double named = trueFactors.size() + 0.5 * otherFactors.size();
        double score = 0.4 * Excerpt.share(connectives, 3) + 0.6 * Excerpt.share(named, 3);
        return new Causes(score, connectives, trueFactors, otherFactors, List.copyOf(inRun));
    }

    /** The explanation factor's family in plain words: crisis-speed and crisis-strategy are both "the crisis response". */
    private static String group(String factor) {
        if (factor.startsWith("crisis")) {
            return "the crisis response";
        }
        if (factor.startsWith("inbox") || factor.equals("response-time")) {
            return "the inbox";
        }
        if (factor.startsWith("influencer")) {
            return "creators";
        }
        if (factor.startsWith("ad") || factor.equals("bid-cap")) {
            return "paid ads";
        }
        return switch (factor) {
            case "audience-fit" -> "audience fit";
            case "pillar-mix" -> "the content mix";
            case "over-promotion" -> "over-promotion";
            case "call-to-action" -> "calls to action";
            case "quiet" -> "quiet weeks";
            default -> factor;
        };
    }

    private static Map<String, String[]> factors() {
        Map<String, String[]> factors = new LinkedHashMap<>();
        factors.put("timing", new String[] {
            "timing", "time of day", "posting time", "posted at", "hour", "evening", "morning", ":00"
        });
        factors.put("format", new String[] {"format", "reel", "carousel", "video", "stories", "story"});
        factors.put("frequency", new String[] {
            "frequency", "posts per week", "too many posts", "too often", "posted more", "posted less", "how often"
        });
        factors.put("quiet weeks", new String[] {"quiet", "no posts", "gap in posting", "stopped posting"});
        factors.put(
                "audience fit",
                new String[] {"audience fit", "persona", "segment", "targeting", "target audience", "right audience"});
        factors.put(
                "the content mix",
                new String[] {"content mix", "pillar", "educational", "entertaining", "user-generated", "ugc"});
        factors.put(
                "over-promotion",
                new String[] {"promotional", "over-promot", "salesy", "hard sell", "too much selling"});
        factors.put("calls to action", new String[] {"call to action", "calls to action", "cta"});
        factors.put("the crisis response", new String[] {"crisis", "recall", "holding statement", "apolog"});
        factors.put(
                "the inbox", new String[] {"inbox", "replies", "replied", "response time", "complaint", "unanswered"});
        factors.put("creators", new String[] {"creator", "influencer", "disclos"});
        factors.put(
                "paid ads", new String[] {"ad budget", "bid", "ads ", "ad spend", "campaign", "cpc", "cpa", "roas"});
        factors.put("trust", new String[] {"trust"});
        return factors;
    }

    // --- recommendations ----------------------------------------------------------------------------------------

    /** The recommendations read item by item. */
    record Recommendations(List<String> items, List<Double> scores, long dataDriven, boolean prioritised) {

        static Recommendations read(String text) {
            List<String> items = items(text);
            List<Double> scores =
                    items.stream().map(Recommendations::concreteness).toList();
            long data = items.stream().filter(Recommendations::restsOnData).count();
            boolean priority = Excerpt.any(text, PRIORITY) || text.strip().startsWith("1");
            return new Recommendations(items, scores, data, priority);
        }

        /** Items: one per line when written as a list, else one per sentence. */
        static List<String> items(String text) {
            String[] lines = text.strip().split("\\R+");
            List<String> items = new ArrayList<>();
            if (lines.length > 1) {
                for (String line : lines) {
                    String item =
                            line.replaceFirst("^\\s*([-*•]|\\d+[.)])\\s*", "").strip();
                    if (item.length() >= 3) {
                        items.add(item);
                    }
                }
                return items;
            }
            for (String sentence : text.strip().split("(?<=[.!?])\\s+")) {
                if (sentence.strip().length() >= 3) {
                    items.add(sentence.strip());
                }
            }
            return items;
        }

        /** A fifth each: a figure, a platform, a time or week, an action, a link to the data. */
        static double concreteness(String item) {
            String lower = " " + item.toLowerCase(Locale.ROOT) + " ";
            int features = (DIGIT.matcher(item).find() ? 1 : 0)
                    + (PLATFORM.matcher(item).find() ? 1 : 0)
                    + (TIME.matcher(item).find() ? 1 : 0)
                    + (Excerpt.any(lower, ACTIONS) ? 1 : 0)
                    + (restsOnData(item) ? 1 : 0);
            return features / 5.0;
        }

        static boolean restsOnData(String item) {
            return KpiFigures.namesKpi(item)
                    || Excerpt.any(item, CAUSAL)
                    || Excerpt.any(item, "data", "results", "showed", "shows");
        }

        /** The three best items' mean, a missing item counting 0. */
        double concreteness() {
            return scores.stream()
                            .sorted(Comparator.reverseOrder())
                            .limit(3)
                            .mapToDouble(Double::doubleValue)
                            .sum()
                    / 3;
        }

        EvidenceLine line() {
            if (items.isEmpty()) {
                return EvidenceLine.gap("There are no recommendations; say what you would change next, where, when and"
                        + " on what evidence.");
            }
            int weakest = 0;
            for (int i = 1; i < items.size(); i++) {
                if (scores.get(i) < scores.get(weakest)) {
                    weakest = i;
                }
            }
            if (concreteness() >= 0.7) {
                return EvidenceLine.strength(
                        "Your recommendations are concrete, e.g. '" + Excerpt.quote(best(), 80) + "'.");
            }
            return EvidenceLine.gap("Recommendations such as '" + Excerpt.quote(items.get(weakest), 60)
                    + "' are general; name the platform, the figure to reach, when, and the result that supports it.");
        }

        private String best() {
            int best = 0;
            for (int i = 1; i < items.size(); i++) {
                if (scores.get(i) > scores.get(best)) {
                    best = i;
                }
            }
            return items.get(best);
        }
    }

    private static Assessment recommendationsOnly(Evaluation evaluation) {
        Recommendations recommendations = Recommendations.read(evaluation.recommendations());
        List<EvidenceLine> lines = new ArrayList<>();
        lines.add(recommendations.line());
        int count = recommendations.items().size();
        double dataShare = count == 0 ? 0 : (double) recommendations.dataDriven() / count;
        if (count > 0 && dataShare < 0.5) {
            lines.add(EvidenceLine.gap(recommendations.dataDriven() + " of " + count
                    + " recommendations rest on your results; tie each to the KPI or finding that calls for it."));
        } else if (count > 0) {
            lines.add(EvidenceLine.strength(
                    recommendations.dataDriven() + " of " + count + " recommendations rest on your results."));
        }
        if (count > 1 && !recommendations.prioritised()) {
            lines.add(EvidenceLine.gap("Your recommendations have no order; say which comes first and why."));
        } else if (count > 1) {
            lines.add(EvidenceLine.strength("Your recommendations are put in order of priority."));
        }
        double score = 0.55 * recommendations.concreteness()
                + 0.25 * dataShare
                + 0.20 * (recommendations.prioritised() && count > 0 ? 1 : 0);
        return new Assessment(Math.clamp(score, 0.0, 1.0), Excerpt.mostImportantFirst(lines));
    }

    // --- focus: seven_ps ----------------------------------------------------------------------------------------

    private static Assessment sevenPs(Evaluation evaluation, int minPs) {
        Map<SevenP, Double> scores = new LinkedHashMap<>();
        evaluation.sevenPs().forEach((p, text) -> {
            if (!text.isBlank()) {
                scores.put(p, argued(text));
            }
        });
        double sum = scores.values().stream()
                .sorted(Comparator.reverseOrder())
                .limit(minPs)
                .mapToDouble(Double::doubleValue)
                .sum();
        double score = Math.clamp(sum / minPs, 0.0, 1.0);
        List<EvidenceLine> lines = new ArrayList<>();
        List<String> argued = scores.entrySet().stream()
                .filter(e -> e.getValue() >= 0.7)
                .map(e -> pName(e.getKey()))
                .toList();
        List<Map.Entry<SevenP, Double>> weak = scores.entrySet().stream()
                .filter(e -> e.getValue() < 0.7)
                .sorted(Map.Entry.comparingByValue())
                .toList();
        if (scores.isEmpty()) {
            lines.add(EvidenceLine.gap("No P of the marketing mix is discussed; argue at least " + minPs
                    + " of the 7Ps from your campaign's results."));
        }
        for (Map.Entry<SevenP, Double> entry : weak.stream().limit(2).toList()) {
            String text = evaluation.sevenPs().get(entry.getKey());
            lines.add(EvidenceLine.gap(pName(entry.getKey()) + ": '" + Excerpt.quote(text, 60) + "' "
                    + (words(text) < 6
                            ? "names the P without an argument"
                            : "is not argued from your campaign's evidence")
                    + "; say which result shows it and what you would change."));
        }
        if (!argued.isEmpty()) {
            lines.add(EvidenceLine.strength(String.join(", ", argued) + (argued.size() == 1 ? " is" : " are")
                    + " argued from your campaign's evidence."));
        }
        if (!scores.isEmpty() && scores.size() < minPs) {
            lines.add(EvidenceLine.gap("You discuss " + scores.size() + " of the 7Ps; argue at least " + minPs + "."));
        }
        return new Assessment(score, Excerpt.mostImportantFirst(lines));
    }

    /** How well one P is argued, in [0, 1]. */
    static double argued(String text) {
        String lower = " " + text.toLowerCase(Locale.ROOT) + " ";
        long evidence =
                java.util.Arrays.stream(CAMPAIGN).filter(lower::contains).count()
                        + (DIGIT.matcher(text).find() ? 1 : 0)
                        + (KpiFigures.namesKpi(text) ? 1 : 0);
        double score = 0.25 * Excerpt.share(words(text), 40)
                + 0.35 * Excerpt.share(evidence, 3)
                + 0.20 * (Excerpt.any(lower, CAUSAL) ? 1 : 0)
                + 0.20 * (Excerpt.any(lower, ACTIONS) || Excerpt.any(lower, "should", "recommend", "would") ? 1 : 0);
        return words(text) < 6 ? 0.3 * score : score;
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private static String pName(SevenP p) {
        return switch (p) {
            case PRODUCT -> "Product";
            case PRICE -> "Price";
            case PLACE -> "Place";
            case PROMOTION -> "Promotion";
            case PEOPLE -> "People";
            case PROCESS -> "Process";
            case PHYSICAL_EVIDENCE -> "Physical evidence";
        };
    }
}
