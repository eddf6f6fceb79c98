package org.socialsim.account;

/** What a person may do in SocialSim. Each maps to the Spring Security role of the same name. */
public enum Role {
    /** Works through assigned scenarios and reads released feedback. */
    STUDENT,
    /** Owns cohorts, sets assignments, marks and moderates. */
    TUTOR,
    /** Manages accounts, cohorts and backups; sees everything. */
    ADMIN;

    /** The granted authority Spring Security checks, e.g. {@code ROLE_TUTOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
