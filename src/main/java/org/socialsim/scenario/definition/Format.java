package org.socialsim.scenario.definition;

/**
 * Post formats. Each platform lists the formats it supports with a weight; a format a platform does
 * not list cannot be posted there.
 */
public enum Format {
    IMAGE,
    CAROUSEL,
    REEL,
    STORY,
    SHORT_VIDEO,
    LONG_VIDEO,
    LIVE,
    TEXT,
    LINK,
    DOCUMENT,
    POLL
}
