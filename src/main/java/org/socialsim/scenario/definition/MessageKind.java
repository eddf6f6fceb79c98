package org.socialsim.scenario.definition;

/** What an inbound community message is. */
public enum MessageKind {
    QUESTION,
    COMPLAINT,
    PRAISE,
    LEAD,
    TROLL,
    SPAM,
    MISINFORMATION
}
