package org.socialsim.simulation;

import java.time.DayOfWeek;

/**
 * One hour of the crisis, as the brand handled it and as it would have gone unanswered.
 *
 * @param sinceTrigger hours since the trigger, from 0
 * @param day the day of the week
 * @param hour the hour of the day, 0..23
 * @param mentions mentions of the brand in that hour
 * @param negativeShare share of them that are negative
 * @param unansweredMentions the expected mentions had the brand said nothing (the scenario's beats)
 * @param unansweredNegativeShare the negative share had the brand said nothing
 * @param responded whether the brand's first statement was out by the end of this hour
 */
public record CrisisHour(
        int sinceTrigger,
        DayOfWeek day,
        int hour,
        long mentions,
        double negativeShare,
        double unansweredMentions,
        double unansweredNegativeShare,
        boolean responded) {}
