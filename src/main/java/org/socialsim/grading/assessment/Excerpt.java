package org.socialsim.grading.assessment;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Quoting the student's own words in evidence, and the plain keyword cues the community assessors read text with. */
final class Excerpt {

    private Excerpt() {}

    /** {@code text} on one line, cut at a word boundary near {@code max} characters with an ellipsis. */
    static String quote(String text, int max) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= max) {
            return line;
        }
        int cut = line.lastIndexOf(' ', max);
        return line.substring(0, cut > max / 2 ? cut : max).stripTrailing() + "…";
    }

    /** Whether lower-cased {@code text} contains any of {@code cues}. */
    static boolean any(String text, String... cues) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String cue : cues) {
            if (lower.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** {@code part} of {@code whole} as a whole percentage, "82%". */
    static String percent(long part, long whole) {
        return whole == 0 ? "0%" : Math.round(100.0 * part / whole) + "%";
    }

    /** Hours as a person says them: "30 min", "1 h", "2.5 h". */
    static String hours(double hours) {
        if (hours < 1) {
            return Math.round(hours * 60) + " min";
        }
        return (Math.abs(hours - Math.rint(hours)) < 0.05
                        ? String.valueOf(Math.round(hours))
                        : String.format(Locale.ROOT, "%.1f", hours))
                + " h";
    }

    /** The share in [0, 1] of {@code value} against {@code target}, linear and clamped. */
    static double share(double value, double target) {
        return target <= 0 ? 1 : Math.clamp(value / target, 0.0, 1.0);
    }

    /** At most six lines: gaps first (what to act on), then strengths, then notes, each kind in the order given. */
    static List<EvidenceLine> mostImportantFirst(List<EvidenceLine> lines) {
        return lines.stream()
                .sorted(Comparator.comparingInt(line -> switch (line.kind()) {
                    case GAP -> 0;
                    case STRENGTH -> 1;
                    case NOTE -> 2;
                }))
                .limit(6)
                .toList();
    }

    /** "1 answer", "3 answers". */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
