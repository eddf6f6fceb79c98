package org.socialsim.scenario.definition;

/** Business outcomes a SMART social objective can serve. */
public enum ObjectiveKind {
    AWARENESS,
    ENGAGEMENT,
    TRAFFIC,
    LEADS,
    SALES,
    RETENTION,
    CUSTOMER_SERVICE
}
