package org.socialsim.simulation;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.jspecify.annotations.Nullable;
import org.socialsim.scenario.definition.CommunityAction;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.InfluencerDefinition;
import org.socialsim.scenario.definition.MessageTemplate;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.AdCampaign;
import org.socialsim.simulation.plan.AdObjective;
import org.socialsim.simulation.plan.BidStrategy;
import org.socialsim.simulation.plan.CallToAction;
import org.socialsim.simulation.plan.CommunityReply;
import org.socialsim.simulation.plan.CrisisFollowUp;
import org.socialsim.simulation.plan.CrisisResponse;
import org.socialsim.simulation.plan.CrisisStrategy;
import org.socialsim.simulation.plan.InfluencerPartnership;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.Persona;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.Post;
import org.socialsim.simulation.plan.SmartObjective;

/**
 * Arbitrary plans, sensible or absurd: any platform (also ones the scenario lacks), any format, any
 * hour, budgets far above the scenario's, unknown personas and influencers, extreme bid caps, replies
 * to messages that do not exist. The engine must stay within bounds for all of them.
 */
final class RandomPlans {

    private RandomPlans() {}

    static Plan draw(ScenarioDefinition scenario, UniformRandomProvider rng) {
        List<Persona> personas = new ArrayList<>();
        int personaCount = rng.nextInt(4);
        for (int i = 0; i < personaCount; i++) {
            int min = 13 + rng.nextInt(60);
            personas.add(new Persona(
                    "p" + i,
                    "Persona " + i,
                    min,
                    min + rng.nextInt(30),
                    "",
                    "",
                    "",
                    some(rng, Platform.values()),
                    hours(rng),
                    hours(rng),
                    some(rng, Pillar.values()),
                    pick(rng, FunnelStage.values())));
        }
        List<Post> posts = new ArrayList<>();
        int postCount = rng.nextInt(160);
        for (int i = 0; i < postCount; i++) {
            Platform platform = rng.nextInt(10) == 0
                    ? pick(rng, Platform.values())
                    : pick(rng, scenario.platforms().keySet().toArray(Platform[]::new));
            posts.add(new Post(
                    "post" + i,
                    1 + rng.nextInt(scenario.weeks()),
                    pick(rng, DayOfWeek.values()),
                    rng.nextInt(24),
                    platform,
                    pick(rng, Format.values()),
                    pick(rng, Pillar.values()),
                    personaId(rng, personaCount),
                    pick(rng, FunnelStage.values()),
                    pick(rng, CallToAction.values()),
                    rng.nextBoolean() ? "https://example.org" : null,
                    "caption",
                    List.of(),
                    rng.nextInt(4) == 0 ? rng.nextDouble() * 2000 : 0));
        }
        List<AdCampaign> campaigns = new ArrayList<>();
        int campaignCount = rng.nextInt(7);
        for (int i = 0; i < campaignCount; i++) {
            int from = 1 + rng.nextInt(scenario.weeks());
            BidStrategy strategy = pick(rng, BidStrategy.values());
            List<String> targeted = new ArrayList<>();
            if (personaCount > 0 && rng.nextBoolean()) {
                targeted.add("p" + rng.nextInt(personaCount));
            }
            if (rng.nextInt(5) == 0) {
                targeted.add("nobody");
            }
            campaigns.add(new AdCampaign(
                    "c" + i,
                    "Campaign " + i,
                    pick(rng, Platform.values()),
                    pick(rng, AdObjective.values()),
                    targeted,
                    pick(rng, Format.values()),
                    pick(rng, FunnelStage.values()),
                    rng.nextDouble() * scenario.budget().ads() * 2,
                    strategy,
                    strategy == BidStrategy.LOWEST_COST ? null : rng.nextDouble() * 30,
                    from,
                    from + rng.nextInt(scenario.weeks() - from + 1)));
        }
        List<InfluencerPartnership> influencers = new ArrayList<>();
        int influencerCount = rng.nextInt(3);
        for (int i = 0; i < influencerCount; i++) {
            String id = scenario.influencers().isEmpty() || rng.nextInt(6) == 0
                    ? "unknown"
                    : scenario.influencers()
                            .get(rng.nextInt(scenario.influencers().size()))
                            .id();
            double fee = scenario.influencers().stream()
                            .filter(d -> d.id().equals(id))
                            .mapToDouble(InfluencerDefinition::fee)
                            .findFirst()
                            .orElse(100)
                    * rng.nextDouble()
                    * 2;
            influencers.add(new InfluencerPartnership(
                    id,
                    1 + rng.nextInt(scenario.weeks()),
                    1 + rng.nextInt(3),
                    pick(rng, Format.values()),
                    fee,
                    rng.nextBoolean()));
        }
        List<CommunityReply> replies = new ArrayList<>();
        for (MessageTemplate template : scenario.community()) {
            if (rng.nextInt(3) > 0) {
                replies.add(new CommunityReply(
                        template.id(),
                        pick(rng, CommunityAction.values()),
                        rng.nextBoolean() ? ReferencePlans.replyText(template) : "ok use code SAVE10 for 10% off!!",
                        rng.nextDouble() * 72));
            }
        }
        if (rng.nextBoolean()) {
            replies.add(new CommunityReply("no-such-message-w1-1", CommunityAction.REPLY_PUBLIC, "hello", 1));
        }
        CrisisResponse crisis = rng.nextInt(4) == 0
                ? null
                : new CrisisResponse(
                        rng.nextDouble() * 100,
                        pick(rng, CrisisStrategy.values()),
                        rng.nextBoolean(),
                        some(rng, Platform.values()),
                        "statement",
                        rng.nextBoolean(),
                        rng.nextBoolean() ? List.of(new CrisisFollowUp(rng.nextInt(100), "update")) : List.of());
        List<SmartObjective> objectives = List.of(new SmartObjective(
                "o1",
                "objective",
                rng.nextBoolean() ? pick(rng, Kpi.values()) : null,
                rng.nextBoolean() ? pick(rng, Platform.values()) : null,
                rng.nextDouble(),
                rng.nextDouble() * 2,
                rng.nextBoolean() ? 1 + rng.nextInt(scenario.weeks()) : null,
                null));
        return new Plan(objectives, personas, posts, campaigns, influencers, replies, crisis);
    }

    private static @Nullable String personaId(UniformRandomProvider rng, int personaCount) {
        int choice = rng.nextInt(personaCount + 2);
        return choice < personaCount ? "p" + choice : choice == personaCount ? null : "ghost";
    }

    static <T> T pick(UniformRandomProvider rng, T[] values) {
        return values[rng.nextInt(values.length)];
    }

    static <T> List<T> some(UniformRandomProvider rng, T[] values) {
        List<T> out = new ArrayList<>();
        for (T value : values) {
            if (rng.nextBoolean()) {
                out.add(value);
            }
        }
        return out;
    }

    static List<Integer> hours(UniformRandomProvider rng) {
        List<Integer> out = new ArrayList<>();
        int count = rng.nextInt(5);
        for (int i = 0; i < count; i++) {
            int hour = rng.nextInt(24);
            if (!out.contains(hour)) {
                out.add(hour);
            }
        }
        return out;
    }
}
