package org.socialsim.grading.assessment;

import static org.socialsim.grading.assessment.StrategyText.and;
import static org.socialsim.grading.assessment.StrategyText.count;
import static org.socialsim.grading.assessment.StrategyText.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialsim.attempt.work.SituationalAnalysis;
import org.socialsim.scenario.definition.CompetitorDefinition;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.PlatformDefinition;
import org.socialsim.scenario.definition.ScenarioDefinition;

/**
 * {@code situational_analysis}: coverage times specificity. Coverage is 40% the SWOT (a quarter per part written), 30%
 * the competitor notes ({@code min_competitors} notes that quote figures for full credit; a note without figures
 * counts 0.4 of one) and 30% the audience insights. Specificity is the use of data (the mean of figures quoted, 5
 * distinct for full credit, and named facts — competitors, platforms and figures found in the brief or the competitor
 * panel, 6 for full credit) times the implications drawn ("so we will…", "which means…" in 3 parts for full credit):
 * data × (1 + 3 × implications) / 4, each signal saturating so that length alone earns nothing. The score is coverage ×
 * (0.4 + 0.6 × specificity): a complete but generic analysis sits at Adequate, one full of figures that draws no
 * conclusion at Good (0.55), and Excellent needs both, as the rubric's descriptors say.
 */
final class SituationalAnalysisAssessor implements Assessor {

    static final int DEFAULT_MIN_COMPETITORS = 2;

    /** A part with fewer words says nothing yet. */
    static final int MIN_WORDS = 5;

    static final double SWOT_WEIGHT = 0.4;
    static final double COMPETITORS_WEIGHT = 0.3;
    static final double AUDIENCE_WEIGHT = 0.3;

    /** A competitor note without a figure describes, it does not benchmark. */
    static final double UNBENCHMARKED_NOTE = 0.4;

    /** The share of the score a complete but generic analysis earns. */
    static final double DESCRIPTIVE_FLOOR = 0.4;

    static final int FIGURES_FOR_FULL_CREDIT = 5;
    static final int NAMED_FACTS_FOR_FULL_CREDIT = 6;
    static final int IMPLICATIONS_FOR_FULL_CREDIT = 3;

    private static final Pattern FIGURE = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?\\s?(%|k\\b)?");

    private static final Pattern IMPLICATION = Pattern.compile(
            "\\b(so (we|i|the brand|it)?\\s?(will|'ll|’ll|should|can|must|need)|therefore|thus|hence"
                    + "|which means|this means|that means|meaning (that|we)|we(?: will|'ll|’ll| should| must"
                    + "| need to| plan to| can)|implication|as a result|in response)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;]\\s+|\\n");

    @Override
    public Assessment assess(Submission submission, AssessorParameters parameters) {
        ScenarioDefinition scenario = submission.scenario();
        SituationalAnalysis analysis = submission.analysis();
        int required = Math.min(
                Math.max(0, parameters.integer("min_competitors", DEFAULT_MIN_COMPETITORS)),
                scenario.competitors().size());

        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("strengths", analysis.strengths());
        parts.put("weaknesses", analysis.weaknesses());
        parts.put("opportunities", analysis.opportunities());
        parts.put("threats", analysis.threats());
        // In the competitor panel's order, then any other names alphabetically, so evidence reads the same every time.
        List<String> names = new ArrayList<>(
                scenario.competitors().stream().map(CompetitorDefinition::name).toList());
        analysis.competitorNotes().keySet().stream()
                .filter(name -> !names.contains(name))
                .sorted()
                .forEach(names::add);
        Map<String, String> notes = new LinkedHashMap<>();
        for (String name : names) {
            String note = analysis.competitorNotes().getOrDefault(name, "");
            if (written(note)) {
                notes.put(name, note);
            }
        }
        String audience = analysis.audienceInsights();
        if (parts.values().stream().noneMatch(SituationalAnalysisAssessor::written)
                && notes.isEmpty()
                && !written(audience)) {
            return new Assessment(
                    0,
                    List.of(EvidenceLine.gap("You wrote no situational analysis: fill in the SWOT, a note on each"
                            + " competitor with the panel's figures, and what the brief tells you about the"
                            + " audience.")));
        }

        List<String> missingSwot = parts.entrySet().stream()
                .filter(part -> !written(part.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        double swot = (4.0 - missingSwot.size()) / 4;
        List<String> benchmarked = notes.entrySet().stream()
                .filter(note -> FIGURE.matcher(note.getValue()).find())
                .map(Map.Entry::getKey)
                .toList();
        int described = notes.size() - benchmarked.size();
        double competitors =
                required == 0 ? 1 : Math.min(1, (benchmarked.size() + UNBENCHMARKED_NOTE * described) / required);
        double coverage =
                SWOT_WEIGHT * swot + COMPETITORS_WEIGHT * competitors + AUDIENCE_WEIGHT * (written(audience) ? 1 : 0);

        List<String> texts = new ArrayList<>(parts.values());
        texts.addAll(notes.values());
        texts.add(audience);
        String all = String.join("\n", texts);
        Set<String> figures = figures(all);
        Set<String> grounded = grounded(figures, scenario);
        Set<String> named = new LinkedHashSet<>();
        String lower = all.toLowerCase(Locale.ROOT);
        for (CompetitorDefinition competitor : scenario.competitors()) {
            if (notes.containsKey(competitor.name())
                    || lower.contains(competitor.name().toLowerCase(Locale.ROOT))) {
                named.add(competitor.name());
            }
        }
        for (Platform platform : Platform.values()) {
            String name = StrategyText.platform(platform);
            if (platform != Platform.X && lower.contains(name.toLowerCase(Locale.ROOT))) {
                named.add(name);
            }
        }
        named.addAll(grounded);
        List<String> implications = new ArrayList<>();
        for (String text : texts) {
            implication(text).ifPresent(implications::add);
        }
        double data = (Math.min(1.0, (double) figures.size() / FIGURES_FOR_FULL_CREDIT)
                        + Math.min(1.0, (double) named.size() / NAMED_FACTS_FOR_FULL_CREDIT))
                / 2;
        double drawn = Math.min(1.0, (double) implications.size() / IMPLICATIONS_FOR_FULL_CREDIT);
        // Implications drawn from the data, not beside it: with none, data alone keeps a quarter of its credit, so an
        // analysis full of figures that concludes nothing "leans towards description" (Good), and only one that
        // concludes from them reaches Excellent ("benchmarks competitors with figures and draws clear implications").
        double specificity = data * (1 + 3 * drawn) / 4;
        double score = coverage * (DESCRIPTIVE_FLOOR + (1 - DESCRIPTIVE_FLOOR) * specificity);

        List<EvidenceLine> lines = new ArrayList<>();
        competitorLine(benchmarked, notes, required).ifPresent(lines::add);
        if (!missingSwot.isEmpty()) {
            lines.add(EvidenceLine.gap("Your SWOT leaves out the " + and(missingSwot) + ": write "
                    + (missingSwot.size() == 1 ? "it" : "each") + " from the brief's facts, in a sentence or two."));
        }
        if (!written(audience)) {
            lines.add(EvidenceLine.gap("You wrote no audience insights: say who buys, on which platforms and when"
                    + " they are online, with the brief's evidence."));
        }
        if (figures.size() < 3) {
            lines.add(EvidenceLine.gap("Your analysis quotes "
                    + (figures.isEmpty() ? "no figures" : "only " + count(figures.size(), "figure", "figures"))
                    + ": use the brief's and the competitor panel's"
                    + " numbers (followers, engagement rates, posts a week) instead of adjectives."));
        } else {
            lines.add(EvidenceLine.strength("Your analysis quotes " + figures.size() + " figures"
                    + (grounded.isEmpty()
                            ? ""
                            : ", " + grounded.size() + " of them from the brief or the competitor" + " panel")
                    + "."));
        }
        if (implications.isEmpty()) {
            lines.add(EvidenceLine.gap("Your analysis describes but draws no conclusions: follow each finding with"
                    + " what you will do about it ('…, so we will …')."));
        } else if (implications.size() < IMPLICATIONS_FOR_FULL_CREDIT) {
            lines.add(EvidenceLine.gap("Only " + count(implications.size(), "part", "parts") + " of your analysis"
                    + " draw" + (implications.size() == 1 ? "s" : "") + " a conclusion (" + implications.getFirst()
                    + "): say what each finding means for the plan."));
        } else {
            lines.add(EvidenceLine.strength(
                    "You draw implications from your findings, e.g. " + implications.getFirst() + "."));
        }
        return new Assessment(StrategyText.unit(score), lines);
    }

    private static Optional<EvidenceLine> competitorLine(
            List<String> benchmarked, Map<String, String> notes, int required) {
        if (required == 0) {
            return Optional.empty();
        }
        if (notes.isEmpty()) {
            return Optional.of(EvidenceLine.gap("You wrote no competitor notes: benchmark at least "
                    + count(required, "competitor", "competitors") + " with the panel's figures (followers,"
                    + " engagement rate, posts a week)."));
        }
        if (benchmarked.size() >= required) {
            return Optional.of(EvidenceLine.strength("You benchmark " + and(benchmarked) + " with figures, e.g. "
                    + quote(notes.get(benchmarked.getFirst())) + "."));
        }
        return Optional.of(EvidenceLine.gap((benchmarked.isEmpty()
                        ? "None of your competitor notes quotes a figure"
                        : "Only your note on " + and(benchmarked) + " quotes figures")
                + ": benchmark at least " + count(required, "competitor", "competitors") + " with the panel's"
                + " figures (followers, engagement rate, posts a week)."));
    }

    static boolean written(String text) {
        return text.strip().split("\\s+").length >= MIN_WORDS;
    }

    /** The distinct figures in {@code text}, as the student wrote them. */
    static Set<String> figures(String text) {
        Set<String> figures = new LinkedHashSet<>();
        Matcher matcher = FIGURE.matcher(text);
        while (matcher.find()) {
            figures.add(matcher.group().replace(" ", "").replaceAll("[,.]$", ""));
        }
        return figures;
    }

    /** The figures that also appear in the brief, the brand's platforms or the competitor panel. */
    static Set<String> grounded(Set<String> figures, ScenarioDefinition scenario) {
        List<Double> known = new ArrayList<>();
        figures(scenario.brief()).forEach(figure -> value(figure).ifPresent(known::add));
        for (PlatformDefinition platform : scenario.platforms().values()) {
            known.add((double) platform.followers());
            known.add(platform.engagementRate().rate());
        }
        for (CompetitorDefinition competitor : scenario.competitors()) {
            competitor.followers().values().forEach(followers -> known.add((double) followers));
            known.addAll(competitor.engagementRate().values());
            known.addAll(competitor.postsPerWeek().values());
            known.add(competitor.followerGrowthMonthly());
            known.add((double) competitor.mentionsPerWeek());
        }
        Set<String> grounded = new LinkedHashSet<>();
        for (String figure : figures) {
            Optional<Double> value = value(figure);
            if (value.isPresent()
                    && known.stream().anyMatch(k -> Math.abs(k - value.get()) <= 0.005 * Math.abs(k) + 1e-9)) {
                grounded.add(figure);
            }
        }
        return grounded;
    }

    /** A figure's value: "4,200" → 4200, "2.6%" → 0.026, "86k" → 86000. */
    static Optional<Double> value(String figure) {
        String digits = figure.replace(",", "").replace("%", "").replace("k", "");
        try {
            double value = Double.parseDouble(digits);
            if (figure.endsWith("%")) {
                return Optional.of(value / 100);
            }
            return Optional.of(figure.endsWith("k") ? value * 1000 : value);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The sentence of {@code text} holding its first implication, quoted. */
    private static Optional<String> implication(String text) {
        Matcher matcher = IMPLICATION.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int start = 0;
        Matcher sentences = SENTENCE_END.matcher(text);
        while (sentences.find() && sentences.end() <= matcher.start()) {
            start = sentences.end();
        }
        return Optional.of(quote(text.substring(start)));
    }
}
