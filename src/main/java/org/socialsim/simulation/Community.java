package org.socialsim.simulation;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.jspecify.annotations.Nullable;
import org.socialsim.scenario.definition.Channel;
import org.socialsim.scenario.definition.CommunityAction;
import org.socialsim.scenario.definition.MessageKind;
import org.socialsim.scenario.definition.MessageTemplate;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.plan.CommunityReply;

/**
 * The inbox. Each week every template sends a Poisson number of messages (its {@code per_week}),
 * on a stream keyed only by (seed, week, template), so a week's messages and their ids never depend
 * on the plan. Each message is then answered by the student's reply for its id, else for its
 * template, else ignored, and the answer is scored ({@link #quality}).
 */
final class Community {

    /** Visibility multiplier of a public message: others read it and pile on or join in. */
    static final double PUBLIC_AMPLIFICATION = 4;
    /** Ignored customers who move to a competitor (benchmarks.md, Crisis communication: about 30%). */
    static final double IGNORED_CHURN = 0.3;

    private final ScenarioTables tables;
    private final Map<String, CommunityReply> byMessage = new HashMap<>();
    private final Map<String, CommunityReply> byTemplate = new HashMap<>();

    Community(ScenarioTables tables, List<CommunityReply> replies) {
        this.tables = tables;
        java.util.Set<String> templateIds = new java.util.HashSet<>();
        for (MessageTemplate template : tables.scenario.community()) {
            templateIds.add(template.id());
        }
        for (CommunityReply reply : replies) {
            if (templateIds.contains(reply.message())) {
                byTemplate.putIfAbsent(reply.message(), reply);
            } else {
                byMessage.putIfAbsent(reply.message(), reply);
            }
        }
    }

    /** The messages of a week, sorted by arrival, independent of the plan. */
    List<InboundMessage> arrivals(RandomStreams streams, int week) {
        List<InboundMessage> messages = new ArrayList<>();
        List<MessageTemplate> templates = tables.scenario.community();
        for (int t = 0; t < templates.size(); t++) {
            MessageTemplate template = templates.get(t);
            if (template.weeks() != null && !template.weeks().contains(week)) {
                continue;
            }
            UniformRandomProvider rng = streams.stream(RandomStreams.Concern.COMMUNITY, week, t, 0);
            long count = Draws.poisson(rng, template.perWeek());
            for (int k = 0; k < count; k++) {
                Platform platform = template.platform() != null ? template.platform() : drawPlatform(rng);
                int slot = drawSlot(rng, platform);
                messages.add(new InboundMessage(
                        template.id() + "-w" + week + "-" + (k + 1),
                        template.id(),
                        template.kind(),
                        template.channel(),
                        platform,
                        week,
                        DayOfWeek.of(slot / 24 + 1),
                        slot % 24,
                        template.author(),
                        template.text()));
            }
        }
        messages.sort((a, b) ->
                Integer.compare((a.day().ordinal()) * 24 + a.hour(), (b.day().ordinal()) * 24 + b.hour()));
        return messages;
    }

    private Platform drawPlatform(UniformRandomProvider rng) {
        double u = rng.nextDouble();
        Platform last = null;
        for (Platform platform : tables.scenario.platforms().keySet()) {
            last = platform;
            u -= tables.followerShare[platform.ordinal()];
            if (u < 0) {
                return platform;
            }
        }
        return last;
    }

    /** An arrival hour of the week, more likely when the platform's audience is online. */
    private int drawSlot(UniformRandomProvider rng, Platform platform) {
        double[][] activity = tables.activity[platform.ordinal()];
        double total = 0;
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                total += activity[d][h];
            }
        }
        double u = rng.nextDouble() * total;
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                u -= activity[d][h];
                if (u < 0) {
                    return d * 24 + h;
                }
            }
        }
        return 7 * 24 - 1;
    }

    /** The student's answer to a message: for its id, else for its template, else none. */
    @Nullable
    CommunityReply replyTo(InboundMessage message) {
        CommunityReply reply = byMessage.get(message.id());
        return reply != null ? reply : byTemplate.get(message.template());
    }

    static boolean isAnswer(CommunityAction action) {
        return action == CommunityAction.REPLY_PUBLIC
                || action == CommunityAction.REPLY_THEN_DM
                || action == CommunityAction.ESCALATE;
    }

    static boolean needsAnswer(MessageTemplate template) {
        for (CommunityAction action : template.goodActions()) {
            if (isAnswer(action)) {
                return true;
            }
        }
        return false;
    }

    /** How fast: 1 within the hour, about 0.5 at 7 hours, 0.2 at a day (53% expect an hour, benchmarks.md). */
    static double timeliness(double hours) {
        return 1 / (1 + Math.max(0, hours - 1) / 6);
    }

    /**
     * Quality of handling in [0, 1]: whether the action suits the message (its good actions), and
     * for an answer 55% what the reply says ({@link ReplyText}) and 45% how fast it came.
     */
    static double quality(MessageTemplate template, @Nullable CommunityReply reply) {
        CommunityAction action = reply == null ? CommunityAction.IGNORE : reply.action();
        double actionFit;
        if (template.goodActions().contains(action)) {
            actionFit = 1;
        } else if (isAnswer(action) && needsAnswer(template)) {
            actionFit = 0.6;
        } else if (isAnswer(action)) {
            actionFit = 0.3; // answering a troll or spam feeds it
        } else {
            actionFit = 0;
        }
        if (reply == null || !isAnswer(action)) {
            return actionFit;
        }
        double text = ReplyText.score(reply.reply(), template);
        return actionFit * (0.55 * text + 0.45 * timeliness(reply.responseHours()));
    }

    /** Whether a message's unhappy reading spreads: public channels are seen by others. */
    static double visibility(Channel channel) {
        return channel == Channel.DM ? 1 : 1 + PUBLIC_AMPLIFICATION;
    }

    /** Mention-equivalents a message adds: negative when mishandled, positive when handled well. */
    static double negativeWeight(MessageKind kind) {
        return switch (kind) {
            case COMPLAINT, MISINFORMATION -> 3;
            case TROLL -> 1.5;
            case QUESTION, LEAD -> 1;
            case PRAISE -> 0.5;
            case SPAM -> 0;
        };
    }

    static double positiveWeight(MessageKind kind) {
        return switch (kind) {
            case COMPLAINT -> 2;
            case PRAISE -> 1.5;
            case QUESTION, LEAD, MISINFORMATION -> 1;
            case TROLL -> 0.5;
            case SPAM -> 0;
        };
    }

    /** Chance that a message turns into a conversion when handled perfectly (leads are warm). */
    static double conversionChance(MessageKind kind) {
        return switch (kind) {
            case LEAD -> 0.35;
            case QUESTION -> 0.1;
            case PRAISE -> 0.05;
            default -> 0;
        };
    }
}
