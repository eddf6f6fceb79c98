package org.socialsim.grading.agreement;

import java.util.List;

/**
 * Tells a tutor, criterion by criterion, how far the suggested levels can be trusted: the agreement between the levels
 * tutors gave and the levels suggested for the same scripts, read as advice. Below a minimum number of marked scripts
 * a kappa swings too much to act on (with 8 scripts one changed level can move it by 0.2), so the advice is then to
 * mark more first.
 */
public final class Calibration {

    /** Fewer marked scripts than this are too few to judge the suggestions by, unless a caller says otherwise. */
    public static final int DEFAULT_MINIMUM_SCRIPTS = 8;

    private final int minimumScripts;

    public Calibration() {
        this(DEFAULT_MINIMUM_SCRIPTS);
    }

    /** @param minimumScripts the fewest marked scripts that give advice other than {@link Advice#TOO_FEW_SCRIPTS} */
    public Calibration(int minimumScripts) {
        if (minimumScripts < 1) {
            throw new IllegalArgumentException("at least one script is needed, was " + minimumScripts);
        }
        this.minimumScripts = minimumScripts;
    }

    public int minimumScripts() {
        return minimumScripts;
    }

    /** What a tutor can do with a criterion's suggestions. */
    public enum Advice {
        /** Fewer scripts marked than the minimum: mark more before judging the suggestions. */
        TOO_FEW_SCRIPTS,
        /** Tutors and suggestions put every script at one level: agreement cannot be told from chance. */
        ONE_LEVEL_ONLY,
        /** Almost perfect agreement (κ ≥ 0.81): the suggestion is a good starting point. */
        START_FROM_THEM,
        /** Substantial agreement (κ 0.61–0.80): usually right, check the evidence before accepting. */
        CHECK_THE_EVIDENCE,
        /** Moderate agreement or less (κ ≤ 0.60): read the work before accepting a suggestion. */
        READ_THE_WORK_FIRST
    }

    /**
     * The reading for one criterion.
     *
     * @param criterion the criterion's id
     * @param title the criterion's title, as tutors know it
     * @param advice what to do with its suggestions
     * @param agreement tutors' levels (first) against the suggested levels (second)
     * @param suggestionHigher scripts whose suggested level was better than the tutor's
     * @param suggestionLower scripts whose suggested level was worse than the tutor's
     * @param minimumScripts the fewest scripts that give advice
     */
    public record Verdict(
            String criterion,
            String title,
            Advice advice,
            Agreement agreement,
            int suggestionHigher,
            int suggestionLower,
            int minimumScripts) {}

    /**
     * The verdict for one criterion.
     *
     * @param levels how many levels the criterion has
     * @param tutorVersusSuggestion per marked script, the tutor's level index (first) and the suggested one (second),
     *     0 being the best level as in the rubric
     */
    public Verdict verdict(String criterion, String title, int levels, List<RatingPair> tutorVersusSuggestion) {
        Agreement agreement = Agreement.of(levels, tutorVersusSuggestion);
        int higher = (int) tutorVersusSuggestion.stream()
                .filter(pair -> pair.second() < pair.first())
                .count();
        int lower = (int) tutorVersusSuggestion.stream()
                .filter(pair -> pair.second() > pair.first())
                .count();
        return new Verdict(criterion, title, advice(agreement), agreement, higher, lower, minimumScripts);
    }

    private Advice advice(Agreement agreement) {
        if (agreement.n() < minimumScripts) {
            return Advice.TOO_FEW_SCRIPTS;
        }
        return agreement
                .reading()
                .map(reading -> switch (reading) {
                    case ALMOST_PERFECT -> Advice.START_FROM_THEM;
                    case SUBSTANTIAL -> Advice.CHECK_THE_EVIDENCE;
                    case MODERATE, FAIR, SLIGHT, POOR -> Advice.READ_THE_WORK_FIRST;
                })
                .orElse(Advice.ONE_LEVEL_ONLY);
    }
}
