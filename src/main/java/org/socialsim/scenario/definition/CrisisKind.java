package org.socialsim.scenario.definition;

/** What kind of crisis breaks. */
public enum CrisisKind {
    PRODUCT_SAFETY,
    SERVICE_OUTAGE,
    UNDISCLOSED_SPONSORSHIP,
    DATA_BREACH,
    OFFENSIVE_CONTENT,
    RUMOUR,
    STAFF_MISCONDUCT
}
