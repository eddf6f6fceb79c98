package org.socialsim.scenario.definition;

/**
 * Money for the whole scenario, in its currency. Spend can never exceed it.
 *
 * @param ads paid ads and boosted posts together, in [0, 10,000,000]
 * @param influencers influencer fees, in [0, 10,000,000]
 */
public record Budget(double ads, double influencers) {}
