package org.socialsim.attempt.work;

/** The marketing mix's 7Ps, which an evaluation links its recommendations to. */
public enum SevenP {
    PRODUCT,
    PRICE,
    PLACE,
    PROMOTION,
    PEOPLE,
    PROCESS,
    PHYSICAL_EVIDENCE
}
