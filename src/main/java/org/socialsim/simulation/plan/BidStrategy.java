package org.socialsim.simulation.plan;

/** How a campaign bids: let the platform spend at the lowest cost, cap the average cost, or cap each bid. */
public enum BidStrategy {
    LOWEST_COST,
    COST_CAP,
    BID_CAP
}
