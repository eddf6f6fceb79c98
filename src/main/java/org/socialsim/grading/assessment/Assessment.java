package org.socialsim.grading.assessment;

import java.util.List;

/**
 * What one assessor concluded about one submission.
 *
 * @param score in [0, 1]; 1 is what the rubric's best level describes
 * @param evidence the reasons for the score, strengths and gaps, in the order a student should read them
 * @param ceiling the highest weighted score the criterion may reach because of a serious error this assessor found,
 *     in (0, 1]; 1 when there is none. Rubric guidance caps a criterion whatever else is good ("denial in a
 *     preventable crisis should normally cap the criterion at Adequate"); a weighted sum alone cannot, since one
 *     assessor's flaw costs at most its weight. Scores follow the UK level scale the shipped rubrics use (0.40
 *     Adequate, 0.50 Good, 0.60 Very good, 0.70 Excellent), so a ceiling just under a threshold keeps the criterion
 *     below that level. The evidence must say so when a ceiling applies.
 */
public record Assessment(double score, List<EvidenceLine> evidence, double ceiling) {

    /** No serious error: the criterion is not capped. */
    public static final double NO_CEILING = 1.0;

    /** Keeps a criterion at Adequate or below (under the Good threshold of 0.50). */
    public static final double AT_MOST_ADEQUATE = 0.49;

    /** Keeps a criterion at Good or below (under the Very good threshold of 0.60). */
    public static final double AT_MOST_GOOD = 0.59;

    public Assessment {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1], was " + score);
        }
        if (!(ceiling > 0 && ceiling <= 1)) {
            throw new IllegalArgumentException("ceiling must be in (0, 1], was " + ceiling);
        }
        evidence = List.copyOf(evidence);
    }

    public Assessment(double score, List<EvidenceLine> evidence) {
        this(score, evidence, NO_CEILING);
    }

    /** This assessment with the criterion capped at {@code ceiling} (the lower ceiling wins). */
    public Assessment cappedAt(double ceiling) {
        return new Assessment(score, evidence, Math.min(this.ceiling, ceiling));
    }
}
