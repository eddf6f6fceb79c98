package org.socialsim.scenario.definition;

/** What a good reply to a message does; the engine and the assessors look for these in replies. */
public enum ReplyQuality {
    ACKNOWLEDGE,
    APOLOGISE,
    ANSWER,
    PERSONALISE,
    EMPATHISE,
    RESOLVE,
    THANK,
    CORRECT_FACTS,
    SIGNPOST,
    OFFER_COMPENSATION,
    INVITE_CONTENT,
    STAY_CALM
}
