package org.socialsim.simulation.plan;

/** What a post asks the reader to do. */
public enum CallToAction {
    NONE,
    FOLLOW,
    COMMENT,
    SHARE,
    LEARN_MORE,
    SIGN_UP,
    SHOP_NOW,
    BOOK,
    CONTACT_US
}
