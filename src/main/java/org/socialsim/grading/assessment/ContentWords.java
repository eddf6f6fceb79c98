package org.socialsim.grading.assessment;

import java.util.List;
import java.util.Locale;
import org.socialsim.attempt.work.Money;
import org.socialsim.simulation.AudienceModel;
import org.socialsim.simulation.plan.Post;

/** How the content assessors write figures and the student's posts in their evidence, so every line reads alike. */
final class ContentWords {

    /** Captions are quoted up to this many characters, so a line stays one line. */
    private static final int QUOTE_LENGTH = 40;

    private ContentWords() {}

    /** A platform, format, pillar or stage as the engine writes it: "TikTok", "short video", "user generated". */
    static String name(Enum<?> value) {
        // The course writes the pillar with a hyphen.
        return AudienceModel.name(value).replace("user generated", "user-generated");
    }

    /** A share as a whole percentage: "30%". */
    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    static String money(double amount, String currency) {
        return Money.format(amount, currency, Locale.UK);
    }

    static String exactMoney(double amount, String currency) {
        return Money.exact(amount, currency, Locale.UK);
    }

    /** An hour of the day as a clock reads it: "07:00". */
    static String clock(int hour) {
        return String.format(Locale.ROOT, "%02d:00", hour);
    }

    /** Where a post sits and what it says: "week 2 TikTok, Monday 03:00, 'Our new can is here…'". */
    static String post(Post post) {
        return "week " + post.week() + " " + name(post.platform()) + ", " + name(post.day()) + " " + clock(post.hour())
                + caption(post);
    }

    /** The post's caption quoted, shortened if long, or nothing for a post without one. */
    static String caption(Post post) {
        String caption = post.caption().strip().replaceAll("\\s+", " ");
        if (caption.isEmpty()) {
            return "";
        }
        return ", '"
                + (caption.length() > QUOTE_LENGTH
                        ? caption.substring(0, QUOTE_LENGTH - 1).strip() + "…"
                        : caption) + "'";
    }

    /** "a, b and c". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    /** "a, b or c", for what is missing. */
    static String or(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.getLast();
    }

    static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    /** Rounds a score to 3 decimals, so tiny floating-point differences never change a suggested level. */
    static double score(double value) {
        return Math.round(clamp(value) * 1000) / 1000.0;
    }
}
