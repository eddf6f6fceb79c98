package org.socialsim.grading.assessment;

import java.util.List;
import java.util.Locale;
import org.socialsim.attempt.work.KpiCitation;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.Persona;
import org.socialsim.simulation.plan.SmartObjective;

/** How the strategy assessors quote the student's work and name things in their evidence lines. */
final class StrategyText {

    /** Quotes longer than this are cut, so an evidence line stays one or two sentences. */
    private static final int MAX_QUOTE = 60;

    private StrategyText() {}

    /** The student's words in single quotes, shortened to a readable length. */
    static String quote(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() > MAX_QUOTE) {
            int cut = flat.lastIndexOf(' ', MAX_QUOTE);
            flat = flat.substring(0, cut > MAX_QUOTE / 2 ? cut : MAX_QUOTE) + "…";
        }
        return "'" + flat + "'";
    }

    /** An objective as the student wrote it, or its id when the statement is empty. */
    static String objective(SmartObjective objective) {
        return objective.statement().isBlank() ? "objective " + objective.id() : quote(objective.statement());
    }

    /** A persona by its name, or its id when it has none. */
    static String persona(Persona persona) {
        return persona.name().isBlank() ? "persona " + persona.id() : quote(persona.name());
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    /** "a", "a or b", "a, b or c". */
    static String or(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.getLast();
    }

    /** "1 objective", "3 objectives". */
    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    static String platform(Platform platform) {
        return switch (platform) {
            case INSTAGRAM -> "Instagram";
            case TIKTOK -> "TikTok";
            case FACEBOOK -> "Facebook";
            case LINKEDIN -> "LinkedIn";
            case X -> "X";
            case YOUTUBE -> "YouTube";
        };
    }

    static String pillar(Pillar pillar) {
        return switch (pillar) {
            case EDUCATIONAL -> "educational";
            case ENTERTAINING -> "entertaining";
            case PROMOTIONAL -> "promotional";
            case USER_GENERATED -> "user-generated";
        };
    }

    static String kpi(Kpi kpi) {
        return switch (kpi) {
            case CTR -> "click-through rate";
            case CPM -> "CPM";
            case CPC -> "cost per click";
            case CPA -> "cost per acquisition";
            case ROAS -> "return on ad spend";
            case SPEND -> "ad spend";
            case MEDIAN_RESPONSE_HOURS -> "median response time";
            default -> kpi.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    /** A KPI's value the way the dashboard writes it (British English, the scenario's currency). */
    static String value(Kpi kpi, double value, String currency) {
        return KpiCitation.format(kpi, value, currency, Locale.UK);
    }

    /** "HH:00–HH:59" style span of a sorted list of hours, e.g. [8, 9, 10] → "08:00–10:59". */
    static String hours(List<Integer> sortedHours) {
        if (sortedHours.isEmpty()) {
            return "no hours";
        }
        return String.format(Locale.ROOT, "%02d:00–%02d:59", sortedHours.getFirst(), sortedHours.getLast());
    }

    /** Clamps to [0, 1]. */
    static double unit(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
