package org.socialsim.simulation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.socialsim.scenario.definition.MessageKind;
import org.socialsim.scenario.definition.MessageTemplate;
import org.socialsim.simulation.RandomStreams.Concern;
import org.socialsim.simulation.plan.CommunityReply;

/**
 * A week's inbox handled: each message answered by the plan ({@link Community#replyTo}), scored
 * ({@link Community#quality}), and its effects booked — the mention it is, how others see it
 * handled, a lead or question turned into a conversion, an ignored complainer leaving.
 */
final class Inbox {

    private final ScenarioTables tables;
    private final Community community;
    private final RandomStreams streams;
    private final Map<String, MessageTemplate> templates = new HashMap<>();

    Inbox(ScenarioTables tables, Community community, RandomStreams streams) {
        this.tables = tables;
        this.community = community;
        this.streams = streams;
        for (MessageTemplate template : tables.scenario.community()) {
            templates.put(template.id(), template);
        }
    }

    /** Answers the week's messages by the plan and books their effects on each platform's tally. */
    InboxSummary answer(int week, List<InboundMessage> inbox, Tally[] tally, double[] extraLost, double trust) {
        double qualitySum = 0;
        int needing = 0;
        int unanswered = 0;
        int unansweredComplaints = 0;
        int answered = 0;
        double answeredQuality = 0;
        double lostWeight = 0;
        double totalWeight = 0;
        for (InboundMessage message : inbox) {
            MessageTemplate template = templates.get(message.template());
            int p = message.platform().ordinal();
            Tally t = tally[p];
            CommunityReply reply = community.replyTo(message);
            double q = Community.quality(template, reply);
            boolean isAnswer = reply != null && Community.isAnswer(reply.action());
            boolean needs = Community.needsAnswer(template);
            t.messages++;
            if (needs) {
                t.messagesNeedingReply++;
                needing++;
                qualitySum += q;
                if (isAnswer) {
                    t.replied++;
                    t.addResponse(PlanValues.hours(reply.responseHours()));
                    answered++;
                    answeredQuality += q;
                } else {
                    unanswered++;
                    if (template.kind() == MessageKind.COMPLAINT) {
                        unansweredComplaints++;
                    }
                }
            }
            // The message itself is a mention with its own tone…
            switch (template.kind()) {
                case COMPLAINT, TROLL, MISINFORMATION -> t.negative += 1;
                case PRAISE -> t.positive += 1;
                default -> t.neutral += 1;
            }
            // …and how it was handled is seen by others.
            double visibility = Community.visibility(message.channel());
            double negative = visibility * (1 - q) * Community.negativeWeight(template.kind());
            t.negative += negative;
            t.positive += visibility * q * Community.positiveWeight(template.kind());
            lostWeight += negative + visibility * (1 - q) * Community.positiveWeight(template.kind());
            totalWeight += visibility
                    * (Community.negativeWeight(template.kind()) + Community.positiveWeight(template.kind()));
            UniformRandomProvider rng =
                    streams.stream(Concern.COMMUNITY_OUTCOME, week, RandomStreams.key(message.id()), 0);
            boolean converts = Draws.chance(rng, Community.conversionChance(template.kind()) * q * trust);
            boolean leaves = Draws.chance(rng, Community.IGNORED_CHURN);
            if (converts) {
                t.conversions++;
                t.directConversions++;
                t.revenue += tables.conversionValue[p];
            }
            if (template.kind() == MessageKind.COMPLAINT && q < 0.3 && leaves) {
                extraLost[p] += 1;
            }
        }
        return new InboxSummary(
                needing,
                qualitySum,
                unanswered,
                unansweredComplaints,
                answered,
                answeredQuality,
                lostWeight,
                totalWeight);
    }
}
