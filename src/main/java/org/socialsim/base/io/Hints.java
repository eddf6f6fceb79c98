package org.socialsim.base.io;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" suggestions for misspelt keys and values. */
public final class Hints {

    private Hints() {}

    /**
     * The known word closest to what was written, if it is close enough to be a likely typo: an edit
     * distance (Levenshtein) of at most a third of the word, at least 2. Case, hyphens and camelCase
     * are ignored first, so {@code engagementRate} and {@code Instagram} find their snake_case form.
     */
    public static Optional<String> didYouMean(String written, Collection<String> known) {
        String normal = normalise(written);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(normal, normalise(candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null || bestDistance > Math.max(2, best.length() / 3)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /** {@code "; did you mean `x`?"} or nothing, ready to append to a message. */
    public static String suffix(String written, Collection<String> known) {
        return didYouMean(written, known)
                .map(word -> "; did you mean `" + word + "`?")
                .orElse("");
    }

    private static String normalise(String word) {
        return word.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .replace('-', '_')
                .replace(' ', '_')
                .toLowerCase(Locale.ROOT);
    }

    /** Levenshtein distance with two rows (Wagner–Fischer). */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
