package org.socialsim.simulation;

import java.time.DayOfWeek;
import org.socialsim.scenario.definition.Channel;
import org.socialsim.scenario.definition.MessageKind;
import org.socialsim.scenario.definition.Platform;

/**
 * A message the simulated community sent; the app shows it in the inbox and the student answers it
 * with a {@code CommunityReply} naming {@code id} (or {@code template} for all of its kind). The
 * week's messages are drawn independently of the plan, so they stay the same when the plan changes.
 *
 * @param id stable id: template id, week and number ({@code late-delivery-w2-1})
 * @param template the scenario template it came from
 * @param kind what it is
 * @param channel where it arrived
 * @param platform on which platform
 * @param week the week it arrived
 * @param day the day it arrived
 * @param hour the hour it arrived, 0..23
 * @param author who wrote it
 * @param text what it says
 */
public record InboundMessage(
        String id,
        String template,
        MessageKind kind,
        Channel channel,
        Platform platform,
        int week,
        DayOfWeek day,
        int hour,
        String author,
        String text) {}
