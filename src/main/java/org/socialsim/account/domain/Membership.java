package org.socialsim.account.domain;

/** A student's place in a cohort, as read for a roster comparison. */
public record Membership(long studentId, String cohortName) {}
