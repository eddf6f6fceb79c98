package org.socialsim.rubric.definition;

/**
 * A performance level within a criterion.
 *
 * @param label e.g. {@code Excellent} (1..40 characters)
 * @param from the lowest weighted assessor score, in [0, 1], that suggests this level
 * @param minMarks lowest mark in the level, an integer ≥ 0
 * @param maxMarks highest mark in the level, ≥ {@code minMarks}; YAML writes both as
 *     {@code marks: [24, 30]}
 * @param descriptor what work at this level looks like, as an examiner would write it (1..2,000)
 */
public record LevelDefinition(String label, double from, int minMarks, int maxMarks, String descriptor) {}
