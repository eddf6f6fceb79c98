package org.socialsim.rubric.definition;

/**
 * A grade band and the lowest total that earns it. YAML: an entry of the {@code boundaries} mapping,
 * {@code distinction: 70}.
 *
 * @param band the band's label as written (1..40 characters), e.g. {@code Distinction}
 * @param from the lowest total mark in the band, an integer in [0, rubric marks]
 */
public record GradeBoundary(String band, int from) {}
