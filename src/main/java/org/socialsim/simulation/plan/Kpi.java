package org.socialsim.simulation.plan;

/** The KPIs an objective can target and the engine reports. */
public enum Kpi {
    REACH,
    IMPRESSIONS,
    ENGAGEMENTS,
    LIKES,
    ENGAGEMENT_RATE,
    FOLLOWERS,
    FOLLOWER_GROWTH,
    LINK_CLICKS,
    CTR,
    CONVERSIONS,
    CONVERSION_RATE,
    REVENUE,
    SPEND,
    CPM,
    CPC,
    CPA,
    ROAS,
    SHARE_OF_VOICE,
    NET_SENTIMENT,
    RESPONSE_RATE,
    MEDIAN_RESPONSE_HOURS
}
