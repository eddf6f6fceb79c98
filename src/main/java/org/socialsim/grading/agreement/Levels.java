package org.socialsim.grading.agreement;

import java.util.OptionalInt;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.RubricDefinition;

/** Where a level or band stands on its ordinal scale, the category index {@link Agreement} counts with. */
final class Levels {

    private Levels() {}

    /** The level's index in the criterion, 0 being the best as in the rubric; empty for a label it does not have. */
    static OptionalInt index(CriterionDefinition criterion, String label) {
        for (int i = 0; i < criterion.levels().size(); i++) {
            if (criterion.levels().get(i).label().equals(label)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The band of a total as an index into the rubric's boundaries, 0 being the lowest band. */
    static int bandIndex(RubricDefinition rubric, int total) {
        int index = 0;
        for (int i = 0; i < rubric.boundaries().size(); i++) {
            if (total >= rubric.boundaries().get(i).from()) {
                index = i;
            }
        }
        return index;
    }
}
