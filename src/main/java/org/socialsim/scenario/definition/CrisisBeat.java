package org.socialsim.scenario.definition;

/**
 * How the story stands some hours after the trigger if the brand says nothing.
 *
 * @param hour hours since the trigger, an integer in [0, 336]; beats ascend strictly, the first is 0
 * @param mentionsPerHour mentions of the brand per hour at this point, in [0, 1,000,000]
 * @param negativeShare share of those mentions that are negative, a fraction in [0, 1]
 * @param text what happens (a journalist picks it up, a hashtag trends…), 1..500 characters
 */
public record CrisisBeat(int hour, double mentionsPerHour, double negativeShare, String text) {}
