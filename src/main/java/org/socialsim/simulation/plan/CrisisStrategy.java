package org.socialsim.simulation.plan;

/**
 * The primary SCCT response strategy (Coombs): deny (attack the accuser, denial, scapegoat),
 * diminish (excuse, justification) or rebuild (apology, compensation).
 */
public enum CrisisStrategy {
    DENY,
    DIMINISH,
    REBUILD
}
