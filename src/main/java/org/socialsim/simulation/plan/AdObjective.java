package org.socialsim.simulation.plan;

/** What an ad campaign optimises for. */
public enum AdObjective {
    AWARENESS,
    TRAFFIC,
    ENGAGEMENT,
    LEADS,
    CONVERSIONS
}
