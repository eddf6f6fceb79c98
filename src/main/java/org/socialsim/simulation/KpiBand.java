package org.socialsim.simulation;

/**
 * A KPI over replications: its mean and the 90% band in which the middle 90% of runs fell.
 *
 * @param mean the average over replications
 * @param p5 the 5th percentile
 * @param p95 the 95th percentile
 */
public record KpiBand(double mean, double p5, double p95) {}
