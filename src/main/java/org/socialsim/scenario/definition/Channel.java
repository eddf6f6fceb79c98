package org.socialsim.scenario.definition;

/** Where an inbound message arrives: a public comment, a private direct message, or a mention. */
public enum Channel {
    COMMENT,
    DM,
    MENTION
}
