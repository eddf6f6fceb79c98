package org.socialsim.simulation.plan;

/**
 * A later update during the crisis.
 *
 * @param hour hours after the trigger
 * @param text what the brand says
 */
public record CrisisFollowUp(int hour, String text) {}
