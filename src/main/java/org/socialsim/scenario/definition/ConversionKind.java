package org.socialsim.scenario.definition;

/** What counts as a conversion in this scenario, so KPIs are labelled in the brand's terms. */
public enum ConversionKind {
    SALE,
    LEAD,
    SIGNUP,
    BOOKING
}
