package org.socialsim.grading.assessment;

import java.util.List;

/**
 * What one assessor concluded about one submission.
 *
 * @param score in [0, 1]; 1 is what the rubric's best level describes
 * @param evidence the reasons for the score, strengths and gaps, in the order a student should read them
 */
public record Assessment(double score, List<EvidenceLine> evidence) {

    public Assessment {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1], was " + score);
        }
        evidence = List.copyOf(evidence);
    }
}
