package org.socialsim.scenario.definition;

/**
 * The Situational Crisis Communication Theory cluster (Coombs): how much responsibility the public
 * attributes to the brand — victim (low), accidental (medium), preventable (high).
 */
public enum ResponsibilityCluster {
    VICTIM,
    ACCIDENTAL,
    PREVENTABLE
}
