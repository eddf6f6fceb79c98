package org.socialsim.scenario.definition;

/** What a social media manager can do with an inbound message. */
public enum CommunityAction {
    REPLY_PUBLIC,
    REPLY_THEN_DM,
    ESCALATE,
    HIDE,
    IGNORE
}
