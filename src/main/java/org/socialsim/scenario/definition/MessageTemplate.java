package org.socialsim.scenario.definition;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An inbound message the simulated community sends, at a Poisson rate per week.
 *
 * @param id unique within the scenario, lower-case letters, digits and hyphens (1..40)
 * @param kind what the message is
 * @param channel where it arrives
 * @param platform the platform it arrives on; {@code null} (key omitted) spreads it over the
 *     scenario's platforms in proportion to followers
 * @param perWeek expected arrivals per week, in [0, 50]
 * @param weeks the weeks in which it can arrive, min ≤ max inside the scenario's weeks; {@code null}
 *     (omitted) means every week
 * @param author who writes it, shown in the inbox (1..60 characters)
 * @param text the message itself (1..1,000 characters)
 * @param goodActions the actions that suit this message, at least one
 * @param goodReply what a good reply does; empty when the right action is not to reply
 */
public record MessageTemplate(
        String id,
        MessageKind kind,
        Channel channel,
        @Nullable Platform platform,
        double perWeek,
        @Nullable Range weeks,
        String author,
        String text,
        List<CommunityAction> goodActions,
        List<ReplyQuality> goodReply) {

    public MessageTemplate {
        goodActions = Definitions.list(goodActions);
        goodReply = Definitions.list(goodReply);
    }
}
