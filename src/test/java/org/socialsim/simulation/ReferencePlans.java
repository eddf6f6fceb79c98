package org.socialsim.simulation;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.socialsim.scenario.definition.CommunityAction;
import org.socialsim.scenario.definition.ConversionKind;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.InfluencerDefinition;
import org.socialsim.scenario.definition.MessageTemplate;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.PlatformDefinition;
import org.socialsim.scenario.definition.ReplyQuality;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.definition.SegmentDefinition;
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
 * Plans a competent social media manager would make for any scenario, and the classic mistakes as
 * small edits of it. The competent plan reads the hidden segments as a thorough audience analysis
 * would: personas that match them, posts at their peak hours in the best formats at the sweet
 * spot, a balanced mix, ads aimed at the personas, a disclosed influencer, every message answered
 * well within the hour and a fast, fitting crisis response with promotion paused.
 */
public final class ReferencePlans {

    private static final Pillar[] MIX = {
        Pillar.ENTERTAINING, Pillar.EDUCATIONAL, Pillar.USER_GENERATED, Pillar.ENTERTAINING, Pillar.PROMOTIONAL
    };

    private ReferencePlans() {}

    public static Plan competent(ScenarioDefinition scenario) {
        List<Persona> personas = personas(scenario);
        List<Post> posts = new ArrayList<>();
        for (int week = 1; week <= scenario.weeks(); week++) {
            for (var entry : scenario.platforms().entrySet()) {
                posts.addAll(
                        weekOfPosts(scenario, entry.getKey(), entry.getValue(), week, postsPerWeek(entry.getValue())));
            }
        }
        return new Plan(
                objectives(scenario),
                personas,
                posts,
                campaigns(scenario),
                influencers(scenario),
                replies(scenario),
                crisis(scenario));
    }

    static int postsPerWeek(PlatformDefinition platform) {
        return (int) Math.max(1, Math.round(platform.postsPerWeek().mid()));
    }

    static List<Persona> personas(ScenarioDefinition scenario) {
        List<Persona> personas = new ArrayList<>();
        for (SegmentDefinition segment : scenario.segments()) {
            List<Platform> platforms = segment.platforms().entrySet().stream()
                    .filter(e -> e.getValue() >= 0.2)
                    .map(Map.Entry::getKey)
                    .toList();
            List<Pillar> preferences = segment.interests().entrySet().stream()
                    .sorted(Map.Entry.<Pillar, Double>comparingByValue().reversed())
                    .map(Map.Entry::getKey)
                    .toList();
            personas.add(new Persona(
                    "p-" + segment.id(),
                    segment.name(),
                    (int) segment.age().min(),
                    (int) segment.age().max(),
                    "as researched",
                    "as researched",
                    "as researched",
                    platforms,
                    segment.activeHours().weekday(),
                    segment.activeHours().weekend(),
                    preferences,
                    FunnelStage.CONSIDERATION));
        }
        return personas;
    }

    /** The segments on a platform, largest first, by their share there. */
    static List<SegmentDefinition> segmentsOn(ScenarioDefinition scenario, Platform platform) {
        return scenario.segments().stream()
                .sorted(Comparator.comparingDouble(
                        (SegmentDefinition s) -> -s.share() * s.platforms().getOrDefault(platform, 0.0)))
                .toList();
    }

    static List<Format> formatsByWeight(PlatformDefinition platform) {
        return platform.formats().entrySet().stream()
                .sorted(Map.Entry.<Format, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The two hours of a day when the platform's audience (the hidden segments' mix) is most active. */
    static int[] busiestHours(ScenarioTables tables, Platform platform, DayOfWeek day) {
        double[] activity = tables.activity[platform.ordinal()][day.getValue() - 1];
        int best = 0;
        int second = -1;
        for (int h = 1; h < 24; h++) {
            if (activity[h] > activity[best]) {
                second = best;
                best = h;
            } else if (second < 0 || activity[h] > activity[second]) {
                second = h;
            }
        }
        return new int[] {best, second};
    }

    /** The formats within 15% of the platform's best. */
    static List<Format> nativeFormats(PlatformDefinition platform) {
        List<Format> sorted = formatsByWeight(platform);
        double best = platform.formats().get(sorted.get(0));
        return sorted.stream()
                .filter(f -> platform.formats().get(f) >= 0.85 * best)
                .toList();
    }

    static List<Post> weekOfPosts(
            ScenarioDefinition scenario, Platform platform, PlatformDefinition definition, int week, int count) {
        List<SegmentDefinition> segments = segmentsOn(scenario, platform);
        List<Format> formats = nativeFormats(definition);
        ScenarioTables tables = new ScenarioTables(scenario);
        List<Post> posts = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            SegmentDefinition segment = segments.get(k % Math.min(2, segments.size()));
            DayOfWeek day = DayOfWeek.of(1 + (k * 7 / Math.max(1, count)) % 7);
            int hour = busiestHours(tables, platform, day)[k % 2];
            Format format = formats.get(k % formats.size());
            Pillar pillar = MIX[k % MIX.length];
            posts.add(post(
                    scenario,
                    "w" + week + "-" + platform.name().toLowerCase(Locale.ROOT) + "-" + k,
                    week,
                    day,
                    hour,
                    platform,
                    format,
                    pillar,
                    "p-" + segment.id()));
        }
        return posts;
    }

    static Post post(
            ScenarioDefinition scenario,
            String id,
            int week,
            DayOfWeek day,
            int hour,
            Platform platform,
            Format format,
            Pillar pillar,
            String persona) {
        FunnelStage stage;
        CallToAction cta;
        String link = null;
        switch (pillar) {
            case PROMOTIONAL -> {
                stage = FunnelStage.CONVERSION;
                cta = scenario.conversion() == ConversionKind.BOOKING
                        ? CallToAction.BOOK
                        : scenario.conversion() == ConversionKind.SALE ? CallToAction.SHOP_NOW : CallToAction.SIGN_UP;
                link = "https://example.org/shop";
            }
            case EDUCATIONAL -> {
                stage = FunnelStage.CONSIDERATION;
                cta = CallToAction.LEARN_MORE;
                link = "https://example.org/learn";
            }
            case USER_GENERATED -> {
                stage = FunnelStage.LOYALTY;
                cta = CallToAction.SHARE;
            }
            default -> {
                stage = FunnelStage.AWARENESS;
                cta = CallToAction.FOLLOW;
            }
        }
        return new Post(
                id,
                week,
                day,
                hour,
                platform,
                format,
                pillar,
                persona,
                stage,
                cta,
                link,
                "A post",
                List.of("brand"),
                0);
    }

    static List<AdCampaign> campaigns(ScenarioDefinition scenario) {
        List<AdCampaign> campaigns = new ArrayList<>();
        double total = 0;
        for (PlatformDefinition definition : scenario.platforms().values()) {
            total += definition.followers();
        }
        AdObjective objective =
                scenario.conversion() == ConversionKind.LEAD || scenario.conversion() == ConversionKind.SIGNUP
                        ? AdObjective.LEADS
                        : AdObjective.CONVERSIONS;
        for (var entry : scenario.platforms().entrySet()) {
            Platform platform = entry.getKey();
            double share = total > 0
                    ? entry.getValue().followers() / total
                    : 1.0 / scenario.platforms().size();
            List<String> personas = segmentsOn(scenario, platform).stream()
                    .filter(s -> s.platforms().getOrDefault(platform, 0.0) >= 0.2)
                    .map(s -> "p-" + s.id())
                    .toList();
            campaigns.add(new AdCampaign(
                    "ads-" + platform.name().toLowerCase(Locale.ROOT),
                    "Always-on " + platform.name().toLowerCase(Locale.ROOT),
                    platform,
                    objective,
                    personas,
                    formatsByWeight(entry.getValue()).get(0),
                    FunnelStage.CONVERSION,
                    0.85 * scenario.budget().ads() * share,
                    BidStrategy.LOWEST_COST,
                    null,
                    1,
                    scenario.weeks()));
        }
        return campaigns;
    }

    static List<InfluencerPartnership> influencers(ScenarioDefinition scenario) {
        return scenario.influencers().stream()
                .filter(i -> i.fee() <= scenario.budget().influencers()
                        && scenario.platforms().containsKey(i.platform()))
                .max(Comparator.comparingDouble((InfluencerDefinition i) ->
                        i.overlap() * i.authenticity() * i.audience() / Math.max(1, i.fee())))
                .map(i -> List.of(new InfluencerPartnership(
                        i.id(),
                        Math.min(2, scenario.weeks()),
                        1,
                        formatsByWeight(scenario.platform(i.platform())).get(0),
                        i.fee(),
                        true)))
                .orElse(List.of());
    }

    static List<CommunityReply> replies(ScenarioDefinition scenario) {
        List<CommunityReply> replies = new ArrayList<>();
        for (MessageTemplate template : scenario.community()) {
            CommunityAction action = template.goodActions().get(0);
            String text = Community.isAnswer(action) ? replyText(template) : "";
            replies.add(new CommunityReply(template.id(), action, text, 0.5));
        }
        return replies;
    }

    /** A reply that does what the template's good reply asks, addressed to the author by name. */
    static String replyText(MessageTemplate template) {
        String name = template.author().replace("@", "").split(" ")[0];
        StringBuilder text = new StringBuilder("Hi " + name + ", ");
        for (ReplyQuality quality : template.goodReply()) {
            text.append(
                    switch (quality) {
                        case ACKNOWLEDGE -> "thank you for telling us, we hear you. ";
                        case APOLOGISE -> "we're so sorry about this. ";
                        case ANSWER -> "here is the full answer to your question with the details you asked for. ";
                        case PERSONALISE -> "we've looked at your order personally. ";
                        case EMPATHISE -> "we understand how frustrating that must be. ";
                        case RESOLVE -> "we'll send a replacement today and sort this out. ";
                        case THANK -> "thank you so much! ";
                        case CORRECT_FACTS -> "to be clear, the facts are on our page. ";
                        case SIGNPOST -> "you'll find everything on our FAQ page. ";
                        case OFFER_COMPENSATION -> "we'll refund you in full. ";
                        case INVITE_CONTENT -> "share a photo and tag us! ";
                        case STAY_CALM -> "we're happy to talk it through. ";
                    });
        }
        if (template.goodReply().isEmpty()) {
            text.append("thank you for your message, we hope you understand our position.");
        }
        return text.toString().strip();
    }

    static CrisisResponse crisis(ScenarioDefinition scenario) {
        var cluster = Crisis.attributed(
                scenario.crisis().responsibility(), scenario.crisis().priorIncidents());
        CrisisStrategy best = CrisisStrategy.REBUILD;
        for (CrisisStrategy strategy : CrisisStrategy.values()) {
            if (Crisis.strategyFit(cluster, strategy) > Crisis.strategyFit(cluster, best)) {
                best = strategy;
            }
        }
        return new CrisisResponse(
                0.75,
                best,
                true,
                List.copyOf(scenario.platforms().keySet()),
                "We're sorry. We are investigating and will update within hours.",
                true,
                List.of(
                        new CrisisFollowUp(12, "What we found and what we do"),
                        new CrisisFollowUp(36, "How we make it right")));
    }

    static List<SmartObjective> objectives(ScenarioDefinition scenario) {
        String business = scenario.businessObjectives().get(0).id();
        return List.of(
                new SmartObjective(
                        "er",
                        "Lift engagement rate to 1% by week " + scenario.weeks(),
                        Kpi.ENGAGEMENT_RATE,
                        null,
                        0.005,
                        0.01,
                        scenario.weeks(),
                        business),
                new SmartObjective(
                        "conv",
                        "Reach 200 conversions by the last week",
                        Kpi.CONVERSIONS,
                        null,
                        0,
                        200,
                        scenario.weeks(),
                        business));
    }

    // The mistakes, each as an edit of a plan.

    static Plan withPosts(Plan plan, UnaryOperator<Post> edit) {
        return new Plan(
                plan.objectives(),
                plan.personas(),
                plan.posts().stream().map(edit).toList(),
                plan.campaigns(),
                plan.influencers(),
                plan.community(),
                plan.crisis());
    }

    static Post at(Post post, int hour) {
        return new Post(
                post.id(),
                post.week(),
                post.day(),
                hour,
                post.platform(),
                post.format(),
                post.pillar(),
                post.persona(),
                post.stage(),
                post.callToAction(),
                post.link(),
                post.caption(),
                post.hashtags(),
                post.boost());
    }

    static Post as(Post post, Format format) {
        return new Post(
                post.id(),
                post.week(),
                post.day(),
                post.hour(),
                post.platform(),
                format,
                post.pillar(),
                post.persona(),
                post.stage(),
                post.callToAction(),
                post.link(),
                post.caption(),
                post.hashtags(),
                post.boost());
    }

    static Post promotional(ScenarioDefinition scenario, Post post) {
        return ReferencePlans.post(
                scenario,
                post.id(),
                post.week(),
                post.day(),
                post.hour(),
                post.platform(),
                post.format(),
                Pillar.PROMOTIONAL,
                post.persona());
    }

    /** Every post at 03:00. */
    static Plan atNight(Plan plan) {
        return withPosts(plan, p -> at(p, 3));
    }

    /** Every post in the platform's weakest format. */
    static Plan wrongFormats(ScenarioDefinition scenario, Plan plan) {
        return withPosts(
                plan,
                p -> as(p, formatsByWeight(scenario.platform(p.platform())).getLast()));
    }

    /** Every post promotional. */
    static Plan allPromotional(ScenarioDefinition scenario, Plan plan) {
        return withPosts(plan, p -> promotional(scenario, p));
    }

    /** Personas of pensioners on platforms the scenario does not use, online at night, wanting what the segments want least. */
    static Plan wrongPersonas(ScenarioDefinition scenario, Plan plan) {
        List<Persona> personas = new ArrayList<>();
        for (Persona persona : plan.personas()) {
            List<Pillar> reversed = new ArrayList<>(persona.contentPreferences());
            java.util.Collections.reverse(reversed);
            List<Platform> elsewhere = java.util.Arrays.stream(Platform.values())
                    .filter(p -> !scenario.platforms().containsKey(p))
                    .toList();
            personas.add(new Persona(
                    persona.id(),
                    persona.name(),
                    70,
                    90,
                    "",
                    "",
                    "",
                    elsewhere,
                    List.of(2, 3),
                    List.of(3, 4),
                    reversed.subList(0, 1),
                    FunnelStage.LOYALTY));
        }
        return new Plan(
                plan.objectives(),
                personas,
                plan.posts(),
                plan.campaigns(),
                plan.influencers(),
                plan.community(),
                plan.crisis());
    }

    /** Three times the sweet spot's maximum every week, otherwise as competent. */
    static Plan overPosting(ScenarioDefinition scenario, Plan plan) {
        List<Post> posts = new ArrayList<>();
        for (int week = 1; week <= scenario.weeks(); week++) {
            for (var entry : scenario.platforms().entrySet()) {
                int count = (int) Math.round(3 * entry.getValue().postsPerWeek().max());
                posts.addAll(weekOfPosts(scenario, entry.getKey(), entry.getValue(), week, count));
            }
        }
        return new Plan(
                plan.objectives(),
                plan.personas(),
                posts,
                plan.campaigns(),
                plan.influencers(),
                plan.community(),
                plan.crisis());
    }

    static Plan ignoringInbox(Plan plan) {
        return new Plan(
                plan.objectives(),
                plan.personas(),
                plan.posts(),
                plan.campaigns(),
                plan.influencers(),
                List.of(),
                plan.crisis());
    }

    static Plan withCrisis(Plan plan, UnaryOperator<CrisisResponse> edit) {
        return new Plan(
                plan.objectives(),
                plan.personas(),
                plan.posts(),
                plan.campaigns(),
                plan.influencers(),
                plan.community(),
                plan.crisis() == null ? null : edit.apply(plan.crisis()));
    }

    static Plan slowCrisisResponse(Plan plan) {
        return withCrisis(
                plan,
                c -> new CrisisResponse(
                        30,
                        c.strategy(),
                        c.bolster(),
                        c.channels(),
                        c.holdingStatement(),
                        c.pausePromotion(),
                        c.followUps()));
    }

    static Plan denyingCrisis(Plan plan) {
        return withCrisis(
                plan,
                c -> new CrisisResponse(
                        c.firstResponseHours(),
                        CrisisStrategy.DENY,
                        false,
                        c.channels(),
                        "These claims are false.",
                        c.pausePromotion(),
                        c.followUps()));
    }

    static Plan promotionDuringCrisis(Plan plan) {
        return withCrisis(
                plan,
                c -> new CrisisResponse(
                        c.firstResponseHours(),
                        c.strategy(),
                        c.bolster(),
                        c.channels(),
                        c.holdingStatement(),
                        false,
                        c.followUps()));
    }

    static Plan undisclosedInfluencer(Plan plan) {
        return new Plan(
                plan.objectives(),
                plan.personas(),
                plan.posts(),
                plan.campaigns(),
                plan.influencers().stream()
                        .map(i -> new InfluencerPartnership(
                                i.influencer(), i.week(), i.posts(), i.format(), i.fee(), false))
                        .toList(),
                plan.community(),
                plan.crisis());
    }
}
