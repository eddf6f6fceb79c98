package org.socialsim.account;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One student a roster enrols: an account found by e-mail, or opened for them, and the cohorts it must belong to.
 *
 * @param studentNumber the institution's id, or null when the roster has none
 */
public record Enrolment(
        String displayName, String email, @Nullable String studentNumber, Set<String> cohortNames) {

    public Enrolment {
        cohortNames = Set.copyOf(cohortNames);
    }
}
