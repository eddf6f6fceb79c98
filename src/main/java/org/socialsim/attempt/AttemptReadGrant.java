package org.socialsim.attempt;

/**
 * Lets another feature open an attempt read-only to a tutor its cohort does not name — a second marker, who marks
 * work from someone else's cohort. Beans of this type are asked after the cohort check fails.
 */
@FunctionalInterface
public interface AttemptReadGrant {

    boolean mayRead(long attemptId, long userId);
}
