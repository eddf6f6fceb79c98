package org.socialsim.account;

import java.util.List;

/**
 * What an enrolment changed.
 *
 * @param created accounts opened, each with its temporary password in {@code credentials}
 * @param updated existing accounts that joined a cohort or had their student number recorded
 * @param unchanged existing accounts that already matched
 */
public record EnrolmentOutcome(int created, int updated, int unchanged, List<TemporaryCredential> credentials) {

    public EnrolmentOutcome {
        credentials = List.copyOf(credentials);
    }
}
