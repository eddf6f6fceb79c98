package org.socialsim.grading.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.socialsim.attempt.work.KpiCitation;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.plan.Kpi;

/**
 * The KPI figures an evaluation cites, read from its text and checked against the run. A citation is a KPI's name with
 * a number after it in the same clause (the form the "Cite a KPI" helper inserts: "Engagement rate on Instagram in week
 * 3: 1.23%") or just before it ("a 1.2% engagement rate"), with an optional platform and week between. A figure
 * matches when it is within the precision the student wrote it in (12k matches 12,340) or 3% of the actual value.
 */
final class KpiFigures {

    /** KPI names as people write them, longest first so "engagement rate" wins over "engagements". */
    private static final Map<String, Kpi> NAMES = names();

    private static final Pattern KPI = Pattern.compile(
            "\\b("
                    + String.join(
                            "|", NAMES.keySet().stream().map(Pattern::quote).toList()) + ")\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "week 3", "weeks 1–6", "weeks 2 to 4" and "weeks 2 and 3". Not commas: in "week 4, 1,540 sales" the comma
     * starts the figure.
     */
    private static final Pattern WEEKS = Pattern.compile("\\bweeks?\\s+(\\d+)((?:\\s*(?:[–-]|to|and|&)\\s*\\d+\\b)+)?");

    /**
     * Numbers that name a thing rather than measure it: "batch 0419", "order #1234", "lot 7". A leading zero also marks
     * an identifier, never a figure a student would write.
     */
    private static final Pattern IDENTIFIER = Pattern.compile(
            "(?:\\b(?:batch|lot|order|no\\.?|number|code|ref(?:erence)?|version|v)\\s*#?\\s*|#\\s*)$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NUMBER = Pattern.compile(
            "([£$€])?\\s?([+\\-−]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s?(%|×|x\\b|k\\b|m\\b|h\\b|hours?\\b)?",
            Pattern.CASE_INSENSITIVE);

    private KpiFigures() {}

    /**
     * One figure the student wrote.
     *
     * @param kpi which KPI
     * @param week the week named, or null for the run or none named
     * @param platform the platform named, or null
     * @param written the figure as written, e.g. "4.5%"
     * @param actual the run's value in the unit the student reads (percentages for rates), NaN when it cannot be known
     * @param matches whether the figure agrees with the run
     */
    record Figure(
            Kpi kpi,
            @Nullable Integer week,
            @Nullable Platform platform,
            String written,
            double actual,
            boolean matches,
            String sentence) {}

    static List<Figure> cited(String text, SimulationRun run) {
        List<Figure> figures = new ArrayList<>();
        Matcher kpi = KPI.matcher(text);
        List<int[]> spans = new ArrayList<>();
        List<Kpi> kpis = new ArrayList<>();
        while (kpi.find()) {
            spans.add(new int[] {kpi.start(), kpi.end()});
            kpis.add(NAMES.get(kpi.group(1).toLowerCase(Locale.ROOT)));
        }
        for (int i = 0; i < spans.size(); i++) {
            int start = spans.get(i)[0];
            int end = spans.get(i)[1];
            int nextStart = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
            int clauseEnd = clauseEnd(text, end);
            String after = text.substring(end, Math.min(Math.min(nextStart, clauseEnd), end + 90));
            int previousEnd = i > 0 ? spans.get(i - 1)[1] : 0;
            String before =
                    text.substring(Math.max(Math.max(previousEnd, clauseStart(text, start)), start - 30), start);
            Figure figure = read(kpis.get(i), after, before, run, sentence(text, start));
            if (figure != null) {
                figures.add(figure);
            }
        }
        return figures;
    }

    private static @Nullable Figure read(Kpi kpi, String after, String before, SimulationRun run, String sentence) {
        List<int[]> afterWeeks = weekSpans(after);
        Matcher number = NUMBER.matcher(after);
        while (number.find()) {
            if (!inside(afterWeeks, number.start(2)) && !identifier(after, number)) {
                String between = after.substring(0, number.start());
                if (comparison(between)) {
                    return null;
                }
                // The scope is named between the KPI and its figure ("CPA on TikTok in week 5: £8.33") or just before
                // the KPI ("in week 5 TikTok's CPA rose to £8.33"); a week named after the figure belongs to the next
                // figure ("52.4%, inflated by the crisis (79.6% in week 4)").
                Integer week = firstWeek(between);
                Platform platform = platform(between);
                return figure(
                        kpi,
                        week != null ? week : lastWeek(before),
                        platform != null ? platform : platform(before),
                        number.group().strip(),
                        run,
                        sentence);
            }
        }
        Integer week = firstWeek(after);
        List<int[]> beforeWeeks = weekSpans(before);
        String written = null;
        Matcher earlier = NUMBER.matcher(before);
        while (earlier.find()) {
            if (!inside(beforeWeeks, earlier.start(2)) && !identifier(before, earlier)) {
                written = earlier.group().strip();
            }
        }
        if (written == null || comparison(before)) {
            return null;
        }
        return figure(kpi, week, platform(before + after), written, run, sentence);
    }

    /** The first single week named in {@code text} ("week 3", not "weeks 1–6"), or null. */
    private static @Nullable Integer firstWeek(String text) {
        Matcher weeks = WEEKS.matcher(text.toLowerCase(Locale.ROOT));
        while (weeks.find()) {
            if (weeks.group(2) == null) {
                return Integer.parseInt(weeks.group(1));
            }
        }
        return null;
    }

    /** The last single week named in {@code text}, the one nearest what follows it, or null. */
    private static @Nullable Integer lastWeek(String text) {
        Integer week = null;
        Matcher weeks = WEEKS.matcher(text.toLowerCase(Locale.ROOT));
        while (weeks.find()) {
            week = weeks.group(2) == null ? Integer.valueOf(weeks.group(1)) : null;
        }
        return week;
    }

    /** Whether the number {@code number} found in {@code text} names something (a batch, an order) instead. */
    private static boolean identifier(String text, Matcher number) {
        String digits = number.group(2);
        boolean leadingZero = digits.length() > 1 && digits.charAt(0) == '0' && digits.charAt(1) != '.';
        return leadingZero
                || IDENTIFIER.matcher(text.substring(0, number.start())).find();
    }

    /** Whether the words before a number make it a target or benchmark ("objective of 1%"), not a result. */
    private static boolean comparison(String between) {
        return Excerpt.any(
                between,
                "target",
                "objective",
                "goal",
                "aim",
                "benchmark",
                "than",
                "budget",
                "expected",
                "industry",
                "average",
                "median",
                "plan",
                "below",
                "above",
                "under",
                "over",
                "beat",
                " vs",
                "against",
                "compared");
    }

    /** The sentences of {@code text} that name a KPI, each once, in order. */
    static List<String> sentencesNamingKpis(String text) {
        List<String> sentences = new ArrayList<>();
        Matcher kpi = KPI.matcher(text);
        while (kpi.find()) {
            String sentence = sentence(text, kpi.start());
            if (!sentences.contains(sentence)) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    private static List<int[]> weekSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher weeks = WEEKS.matcher(text.toLowerCase(Locale.ROOT));
        while (weeks.find()) {
            spans.add(new int[] {weeks.start(), weeks.end()});
        }
        return spans;
    }

    private static boolean inside(List<int[]> spans, int at) {
        return spans.stream().anyMatch(span -> at >= span[0] && at < span[1]);
    }

    private static Figure figure(
            Kpi kpi,
            @Nullable Integer week,
            @Nullable Platform platform,
            String written,
            SimulationRun run,
            String sentence) {
        Matcher m = NUMBER.matcher(written);
        m.find();
        double value = Double.parseDouble(m.group(2).replace(",", "").replace("−", "-"));
        String suffix = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
        int decimals =
                m.group(2).contains(".") ? m.group(2).length() - m.group(2).indexOf('.') - 1 : 0;
        double scale = switch (suffix) {
            case "k" -> 1_000;
            case "m" -> 1_000_000;
            default -> 1;
        };
        value *= scale;
        double halfUnit = 0.5 * Math.pow(10, -decimals) * scale;
        List<Double> candidates = new ArrayList<>();
        if (week != null || platform != null) {
            KpiCitation.value(run, week, platform, kpi).ifPresent(candidates::add);
        } else {
            candidates.add(run.totals().value(kpi));
            for (int w = 1; w <= run.weeks().size(); w++) {
                candidates.add(run.week(w).totals().value(kpi));
            }
            run.platforms().values().forEach(values -> candidates.add(values.value(kpi)));
        }
        boolean rate = switch (KpiCitation.kind(kpi)) {
            case RATE, SIGNED_SHARE -> true;
            default -> false;
        };
        double actual = candidates.isEmpty() ? Double.NaN : shown(kpi, candidates.get(0));
        boolean matches = false;
        for (double candidate : candidates) {
            double shown = shown(kpi, candidate);
            double tolerance = Math.max(0.03 * Math.abs(shown), halfUnit + 1e-9);
            matches |= Math.abs(value - shown) <= tolerance;
            // "CTR 0.008" written as a fraction, not a percentage.
            if (rate && !suffix.equals("%") && Math.abs(value) <= 1) {
                matches |= Math.abs(value * 100 - shown) <= Math.max(0.03 * Math.abs(shown), halfUnit * 100 + 1e-9);
            }
        }
        return new Figure(kpi, week, platform, written, actual, matches, sentence);
    }

    /** The value as a person reads it: rates as percentages. */
    static double shown(Kpi kpi, double value) {
        return switch (KpiCitation.kind(kpi)) {
            case RATE, SIGNED_SHARE -> value * 100;
            default -> value;
        };
    }

    /** The actual value written the way the dashboard writes it. */
    static String format(Kpi kpi, double shownValue, String currency) {
        double stored = switch (KpiCitation.kind(kpi)) {
            case RATE, SIGNED_SHARE -> shownValue / 100;
            default -> shownValue;
        };
        return KpiCitation.format(kpi, stored, currency, Locale.UK);
    }

    private static @Nullable Platform platform(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Platform platform : Platform.values()) {
            String name = platform == Platform.X
                    ? "on x"
                    : CrisisResponseAssessor.platformName(platform).toLowerCase(Locale.ROOT);
            if (Pattern.compile("\\b" + Pattern.quote(name) + "\\b")
                    .matcher(lower)
                    .find()) {
                return platform;
            }
        }
        return null;
    }

    private static int clauseEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n'
                    || c == ';'
                    || ((c == '.' || c == '!' || c == '?')
                            && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
                return i;
            }
        }
        return text.length();
    }

    private static int clauseStart(String text, int before) {
        for (int i = before - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n'
                    || c == ';'
                    || ((c == '.' || c == '!' || c == '?')
                            && i + 1 < text.length()
                            && Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The sentence around {@code at}, for the interpretation check. */
    static String sentence(String text, int at) {
        return text.substring(clauseStart(text, at), clauseEnd(text, at)).strip();
    }

    /** KPI names as an evaluation writes them, lower case. */
    static String name(Kpi kpi) {
        return switch (kpi) {
            case REACH -> "reach";
            case IMPRESSIONS -> "impressions";
            case ENGAGEMENTS -> "engagements";
            case LIKES -> "likes";
            case ENGAGEMENT_RATE -> "engagement rate";
            case FOLLOWERS -> "followers";
            case FOLLOWER_GROWTH -> "follower growth";
            case LINK_CLICKS -> "link clicks";
            case CTR -> "click-through rate";
            case CONVERSIONS -> "conversions";
            case CONVERSION_RATE -> "conversion rate";
            case REVENUE -> "revenue";
            case SPEND -> "ad spend";
            case CPM -> "cost per 1,000 impressions";
            case CPC -> "cost per click";
            case CPA -> "cost per acquisition";
            case ROAS -> "return on ad spend";
            case SHARE_OF_VOICE -> "share of voice";
            case NET_SENTIMENT -> "net sentiment";
            case RESPONSE_RATE -> "response rate";
            case MEDIAN_RESPONSE_HOURS -> "median response time";
        };
    }

    /** Whether {@code text} names any KPI. */
    static boolean namesKpi(String text) {
        return KPI.matcher(text).find();
    }

    private static Map<String, Kpi> names() {
        Map<String, Kpi> names = new LinkedHashMap<>();
        for (Kpi kpi : Kpi.values()) {
            names.put(name(kpi), kpi);
        }
        names.put("median response time (hours)", Kpi.MEDIAN_RESPONSE_HOURS);
        names.put("response time", Kpi.MEDIAN_RESPONSE_HOURS);
        names.put("click through rate", Kpi.CTR);
        names.put("ctr", Kpi.CTR);
        names.put("cpa", Kpi.CPA);
        names.put("cpc", Kpi.CPC);
        names.put("cpm", Kpi.CPM);
        names.put("roas", Kpi.ROAS);
        names.put("sentiment", Kpi.NET_SENTIMENT);
        names.put("spend", Kpi.SPEND);
        names.put("clicks", Kpi.LINK_CLICKS);
        names.put("interactions", Kpi.ENGAGEMENTS);
        names.put("people reached", Kpi.REACH);
        names.put("reached", Kpi.REACH);
        Map<String, Kpi> longestFirst = new LinkedHashMap<>();
        names.entrySet().stream()
                .sorted((a, b) ->
                        Integer.compare(b.getKey().length(), a.getKey().length()))
                .forEach(e -> longestFirst.put(e.getKey(), e.getValue()));
        return longestFirst;
    }
}
