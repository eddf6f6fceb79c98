package org.socialsim.rubric.definition;

import java.util.List;

/**
 * An examiner-style marking scheme.
 *
 * @param id stable id, lower-case letters, digits and hyphens (3..60); the file name is
 *     {@code id + ".yaml"}
 * @param title shown in lists (1..120 characters)
 * @param description what the assignment asks for, shown to students (markdown, up to 10,000)
 * @param marks total marks, an integer in [1, 1000]; the criteria's marks sum to it
 * @param boundaries grade bands in ascending order; the first starts at 0, each later one higher,
 *     all at most {@code marks}
 * @param criteria 1..20 criteria, unique ids
 */
public record RubricDefinition(
        String id,
        String title,
        String description,
        int marks,
        List<GradeBoundary> boundaries,
        List<CriterionDefinition> criteria) {

    public RubricDefinition {
        boundaries = List.copyOf(boundaries);
        criteria = List.copyOf(criteria);
    }

    /** The band a total falls in: the highest boundary it reaches. */
    public String bandFor(double total) {
        String band = boundaries.getFirst().band();
        for (GradeBoundary boundary : boundaries) {
            if (total >= boundary.from()) {
                band = boundary.band();
            }
        }
        return band;
    }
}
