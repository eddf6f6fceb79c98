package org.socialsim.rubric.definition;

import java.util.List;

/**
 * One marking criterion.
 *
 * @param id unique within the rubric, lower-case letters, digits and hyphens (1..40)
 * @param title what is assessed (1..200 characters)
 * @param guidance what markers look for (markdown, up to 4,000 characters; may be empty)
 * @param marks marks available, an integer in [1, rubric marks]
 * @param evidence 1..10 assessors whose weighted scores suggest a level; weights in (0, 1] summing
 *     to 1 (±0.001), each assessor at most once
 * @param levels 2..8 levels from best to worst; thresholds {@code from} strictly descending with the
 *     last at 0; mark ranges descending and together covering 0..marks without gap or overlap
 */
public record CriterionDefinition(
        String id,
        String title,
        String guidance,
        int marks,
        List<EvidenceDefinition> evidence,
        List<LevelDefinition> levels) {

    public CriterionDefinition {
        evidence = List.copyOf(evidence);
        levels = List.copyOf(levels);
    }

    /** The level a weighted score in [0, 1] suggests: the first (best) whose threshold it reaches. */
    public LevelDefinition levelFor(double score) {
        for (LevelDefinition level : levels) {
            if (score >= level.from()) {
                return level;
            }
        }
        return levels.getLast();
    }
}
