package org.socialsim.scenario.definition;

/** Customer-journey stages a post, persona or campaign can aim at, in journey order. */
public enum FunnelStage {
    AWARENESS,
    CONSIDERATION,
    CONVERSION,
    LOYALTY
}
