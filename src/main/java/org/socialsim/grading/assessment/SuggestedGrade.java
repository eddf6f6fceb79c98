package org.socialsim.grading.assessment;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * The assessors' suggestion for a whole submission under one rubric version.
 *
 * @param criteria one suggestion per criterion, in the rubric's order
 * @param total the sum of the suggested marks
 * @param band the grade band the total reaches under the rubric's boundaries
 */
public record SuggestedGrade(List<CriterionSuggestion> criteria, int total, String band) {

    public SuggestedGrade {
        criteria = List.copyOf(criteria);
    }

    public CriterionSuggestion criterion(String id) {
        return criteria.stream()
                .filter(c -> c.criterion().equals(id))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no criterion " + id));
    }
}
