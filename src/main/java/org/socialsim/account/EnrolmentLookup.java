package org.socialsim.account;

import java.util.Map;
import java.util.Optional;

/**
 * What a roster is compared with: the accounts it names and the cohorts that exist.
 *
 * @param byEmail accounts by lower-case e-mail
 * @param byStudentNumber accounts by upper-case student number
 * @param cohortNames every cohort's name, keyed by its lower-case form
 */
public record EnrolmentLookup(
        Map<String, KnownStudent> byEmail, Map<String, KnownStudent> byStudentNumber, Map<String, String> cohortNames) {

    public EnrolmentLookup {
        byEmail = Map.copyOf(byEmail);
        byStudentNumber = Map.copyOf(byStudentNumber);
        cohortNames = Map.copyOf(cohortNames);
    }

    /** The cohort's name as stored, for a name written in any case. */
    public Optional<String> cohortNamed(String name) {
        return Optional.ofNullable(cohortNames.get(name.strip().toLowerCase(java.util.Locale.ROOT)));
    }
}
