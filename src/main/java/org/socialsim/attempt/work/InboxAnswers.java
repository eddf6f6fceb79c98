package org.socialsim.attempt.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.socialsim.simulation.InboundMessage;
import org.socialsim.simulation.plan.CommunityReply;
import org.socialsim.simulation.plan.Plan;

/**
 * The student's answers to the community inbox, as the inbox screen reads and changes them. An answer names one
 * message; an answer naming a whole template (written in a plan file) covers every message of it not answered alone,
 * as the engine reads it.
 */
public final class InboxAnswers {

    private InboxAnswers() {}

    /** The answer that applies to {@code message}: its own, else its template's; empty when unanswered. */
    public static Optional<CommunityReply> answerTo(Plan plan, InboundMessage message) {
        Optional<CommunityReply> own = plan.community().stream()
                .filter(reply -> reply.message().equals(message.id()))
                .findFirst();
        if (own.isPresent()) {
            return own;
        }
        return plan.community().stream()
                .filter(reply -> reply.message().equals(message.template()))
                .findFirst();
    }

    /** {@code plan} with {@code answer} as the answer to its message, replacing an earlier one to the same message. */
    public static Plan withAnswer(Plan plan, CommunityReply answer) {
        List<CommunityReply> community = new ArrayList<>();
        boolean replaced = false;
        for (CommunityReply reply : plan.community()) {
            if (reply.message().equals(answer.message())) {
                community.add(answer);
                replaced = true;
            } else {
                community.add(reply);
            }
        }
        if (!replaced) {
            community.add(answer);
        }
        return new Plan(
                plan.objectives(),
                plan.personas(),
                plan.posts(),
                plan.campaigns(),
                plan.influencers(),
                community,
                plan.crisis());
    }

    /** How many of {@code inbox} have an answer (their own or their template's). */
    public static long answered(Plan plan, List<InboundMessage> inbox) {
        return inbox.stream()
                .filter(message -> answerTo(plan, message).isPresent())
                .count();
    }
}
