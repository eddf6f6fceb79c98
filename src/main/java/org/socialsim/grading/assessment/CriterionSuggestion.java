package org.socialsim.grading.assessment;

import java.util.List;

/**
 * The suggested level and mark for one rubric criterion.
 *
 * @param criterion the criterion id
 * @param score the weighted sum of its assessors' scores, in [0, 1]
 * @param level the label of the level that score reaches
 * @param mark a mark inside that level's range, placed by where the score sits between the level's threshold and the
 *     next level's
 * @param results each assessor's score and evidence, in the rubric's order
 */
public record CriterionSuggestion(
        String criterion, double score, String level, int mark, List<AssessorResult> results) {

    public CriterionSuggestion {
        results = List.copyOf(results);
    }
}
