package org.socialsim.simulation;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.socialsim.scenario.definition.CommunityAction;
import org.socialsim.scenario.definition.MessageTemplate;
import org.socialsim.scenario.definition.ReplyQuality;
import org.socialsim.simulation.plan.CommunityReply;

/** The engine's rules for the inbox that a student's screens and checklists need to agree with. */
public final class InboxRules {

    private InboxRules() {}

    /** Whether a message from {@code template} calls for an answer (it counts for the response rate). */
    public static boolean needsAnswer(MessageTemplate template) {
        return Community.needsAnswer(template);
    }

    /** How much a reply after {@code hours} counts for its timeliness, 1 within the hour, 0.2 after a day. */
    public static double timeliness(double hours) {
        return Community.timeliness(hours);
    }

    /** Whether {@code action} answers the message (in public, by DM or by escalating) rather than leaving it. */
    public static boolean isAnswer(CommunityAction action) {
        return Community.isAnswer(action);
    }

    /** How the engine scores a reply's text in [0, 1] for a message from {@code template} (see {@code ReplyText}). */
    public static double replyTextScore(String reply, MessageTemplate template) {
        return ReplyText.score(reply, template);
    }

    /** Whether the engine reads {@code quality} in {@code reply} (keyword cues, the same the simulation scores). */
    public static boolean replyShows(String reply, ReplyQuality quality, MessageTemplate template) {
        return ReplyText.shows(reply.toLowerCase(Locale.ROOT), quality, template);
    }

    /** Whether {@code reply} sells (discount codes, "buy now", a sale) where it should help. */
    public static boolean overPromotes(String reply) {
        return ReplyText.overPromotes(reply.toLowerCase(Locale.ROOT));
    }

    /** The engine's handling quality in [0, 1] of a message from {@code template} answered by {@code reply}. */
    public static double handlingQuality(MessageTemplate template, @Nullable CommunityReply reply) {
        return Community.quality(template, reply);
    }
}
