package org.socialsim.account;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An existing account a roster row may refer to, with the cohorts it belongs to.
 *
 * @param cohortNames the names of the cohorts the account is a member of
 */
public record KnownStudent(
        long id,
        String username,
        String displayName,
        @Nullable String email,
        @Nullable String studentNumber,
        Role role,
        Set<String> cohortNames) {

    public KnownStudent {
        cohortNames = Set.copyOf(cohortNames);
    }
}
