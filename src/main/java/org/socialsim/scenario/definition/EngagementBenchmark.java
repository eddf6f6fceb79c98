package org.socialsim.scenario.definition;

/**
 * The organic engagement rate a typical post of this brand earns on a platform.
 *
 * @param rate interactions per unit of {@code definition}, a fraction in [0, 1] (0.0047 = 0.47%)
 * @param definition what the rate divides by
 * @param source where the figure comes from, shown to students beside the KPI (1..200 characters)
 */
public record EngagementBenchmark(double rate, EngagementDefinition definition, String source) {}
