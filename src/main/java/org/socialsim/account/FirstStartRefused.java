package org.socialsim.account;

/** Stops the first start of an empty database that was given no safe way to sign in. */
public final class FirstStartRefused extends RuntimeException {

    private final String action;

    FirstStartRefused(String description, String action) {
        super(description);
        this.action = action;
    }

    /** What the operator should do about it. */
    public String action() {
        return action;
    }
}
