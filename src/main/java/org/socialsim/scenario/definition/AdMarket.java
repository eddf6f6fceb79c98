package org.socialsim.scenario.definition;

/**
 * The paid-social market on a platform, the price distribution an ad auction draws from.
 *
 * @param cpm typical cost per 1,000 impressions in the scenario's currency, min ≤ max, each in
 *     [0.1, 500]; the median market price lies at its midpoint
 * @param ctr link clicks per impression of a well-targeted ad, a fraction in [0, 1]
 */
public record AdMarket(Range cpm, double ctr) {}
