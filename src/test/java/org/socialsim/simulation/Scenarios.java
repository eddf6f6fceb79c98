package org.socialsim.simulation;

import static java.util.Map.entry;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.socialsim.scenario.definition.ActiveHours;
import org.socialsim.scenario.definition.AdMarket;
import org.socialsim.scenario.definition.Brand;
import org.socialsim.scenario.definition.Budget;
import org.socialsim.scenario.definition.BusinessObjective;
import org.socialsim.scenario.definition.Channel;
import org.socialsim.scenario.definition.CommunityAction;
import org.socialsim.scenario.definition.CompetitorDefinition;
import org.socialsim.scenario.definition.ConversionKind;
import org.socialsim.scenario.definition.CrisisBeat;
import org.socialsim.scenario.definition.CrisisDefinition;
import org.socialsim.scenario.definition.CrisisKind;
import org.socialsim.scenario.definition.EngagementBenchmark;
import org.socialsim.scenario.definition.EngagementDefinition;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.FunnelBehaviour;
import org.socialsim.scenario.definition.InfluencerDefinition;
import org.socialsim.scenario.definition.MessageKind;
import org.socialsim.scenario.definition.MessageTemplate;
import org.socialsim.scenario.definition.ObjectiveKind;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.PlatformDefinition;
import org.socialsim.scenario.definition.Range;
import org.socialsim.scenario.definition.ReplyQuality;
import org.socialsim.scenario.definition.ResponsibilityCluster;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.definition.SegmentDefinition;

/**
 * Test scenarios built in code, calibrated from benchmarks.md, so the engine's tests do not depend
 * on the YAML reader.
 */
final class Scenarios {

    private Scenarios() {}

    /**
     * BrewHaven launches a cold-brew range on Instagram and TikTok: three hidden segments, seven inbox
     * templates, three influencers (one with a bought audience) and a preventable product-safety
     * crisis in week 4.
     */
    static ScenarioDefinition coldBrew() {
        var instagram = new PlatformDefinition(
                4200,
                60_000,
                0.09,
                1.3,
                // Rival IQ 2022 median, per follower (benchmarks.md).
                new EngagementBenchmark(
                        0.0047, EngagementDefinition.PER_FOLLOWER, "Rival IQ 2022, median per follower"),
                0.005,
                // WordStream: CTR 0.90%, CPC around 1 at a CPM of 6–12.
                new AdMarket(new Range(6, 12), 0.009),
                Map.of(Format.REEL, 1.4, Format.CAROUSEL, 1.3, Format.IMAGE, 1.0, Format.STORY, 0.7),
                new Range(3, 5));
        var tiktok = new PlatformDefinition(
                1800,
                80_000,
                0.25,
                1.2,
                // Buffer, per impression (benchmarks.md).
                new EngagementBenchmark(0.0486, EngagementDefinition.PER_IMPRESSION, "Buffer, per impression"),
                0.003,
                new AdMarket(new Range(4, 10), 0.008),
                Map.of(Format.SHORT_VIDEO, 1.3, Format.LIVE, 0.9, Format.IMAGE, 0.5),
                new Range(3, 7));
        var commuters = new SegmentDefinition(
                "commuters",
                "Office commuters",
                "Grab a drink on the way to work.",
                0.45,
                new Range(24, 40),
                Map.of(Platform.INSTAGRAM, 0.7, Platform.TIKTOK, 0.3),
                interests(0.25, 0.4, 0.15, 0.2),
                new ActiveHours(List.of(7, 8, 12, 18), List.of(10, 11)),
                new FunnelBehaviour(1.0, 0.03, 12, 0.3));
        var students = new SegmentDefinition(
                "students",
                "Students",
                "Late-night study sessions.",
                0.35,
                new Range(18, 24),
                Map.of(Platform.INSTAGRAM, 0.35, Platform.TIKTOK, 0.65),
                interests(0.15, 0.5, 0.15, 0.2),
                new ActiveHours(List.of(13, 20, 21, 22), List.of(12, 21, 22)),
                new FunnelBehaviour(1.2, 0.02, 8, 0.2));
        var fitness = new SegmentDefinition(
                "fitness",
                "Fitness fans",
                "Cold brew before the gym.",
                0.2,
                new Range(25, 45),
                Map.of(Platform.INSTAGRAM, 0.8, Platform.TIKTOK, 0.2),
                interests(0.45, 0.2, 0.15, 0.2),
                new ActiveHours(List.of(6, 7, 19), List.of(8, 9)),
                new FunnelBehaviour(0.9, 0.04, 15, 0.4));
        return new ScenarioDefinition(
                "brewhaven-cold-brew",
                "BrewHaven: launching a cold-brew range",
                "Launch BrewHaven's cold brew on Instagram and TikTok.",
                new Brand("BrewHaven", "coffee", "warm, witty, never pushy", 300),
                6,
                "GBP",
                ConversionKind.SALE,
                new Budget(5000, 2000),
                List.of(
                        new BusinessObjective("awareness", ObjectiveKind.AWARENESS, "Be known for cold brew"),
                        new BusinessObjective("sales", ObjectiveKind.SALES, "Sell 1,000 cans online")),
                Map.of(Platform.INSTAGRAM, instagram, Platform.TIKTOK, tiktok),
                List.of(commuters, students, fitness),
                List.of(
                        new CompetitorDefinition(
                                "Bean There",
                                Map.of(Platform.INSTAGRAM, 12_000, Platform.TIKTOK, 5000),
                                Map.of(Platform.INSTAGRAM, 0.011),
                                Map.of(Platform.INSTAGRAM, 5.0),
                                0.06,
                                600),
                        new CompetitorDefinition(
                                "Chill Roast",
                                Map.of(Platform.INSTAGRAM, 3000, Platform.TIKTOK, 9000),
                                Map.of(Platform.TIKTOK, 0.04),
                                Map.of(Platform.TIKTOK, 6.0),
                                0.08,
                                250)),
                List.of(
                        new InfluencerDefinition(
                                "fitwithfreya",
                                "@fitwithfreya",
                                Platform.INSTAGRAM,
                                "fitness and food",
                                45_000,
                                0.03,
                                0.5,
                                0.85,
                                600),
                        new InfluencerDefinition(
                                "campuscoffee",
                                "@campuscoffee",
                                Platform.TIKTOK,
                                "student life",
                                120_000,
                                0.06,
                                0.4,
                                0.7,
                                900),
                        new InfluencerDefinition(
                                "megabrew",
                                "@megabrew",
                                Platform.INSTAGRAM,
                                "lifestyle",
                                800_000,
                                0.004,
                                0.1,
                                0.4,
                                4000)),
                List.of(
                        template(
                                "late-delivery",
                                MessageKind.COMPLAINT,
                                Channel.DM,
                                null,
                                3,
                                "Sam Patel",
                                "My order arrived two days late and warm.",
                                List.of(CommunityAction.REPLY_THEN_DM),
                                List.of(ReplyQuality.APOLOGISE, ReplyQuality.PERSONALISE, ReplyQuality.RESOLVE)),
                        template(
                                "caffeine-question",
                                MessageKind.QUESTION,
                                Channel.COMMENT,
                                null,
                                4,
                                "Jo Lee",
                                "How much caffeine is in a can?",
                                List.of(CommunityAction.REPLY_PUBLIC),
                                List.of(ReplyQuality.ANSWER, ReplyQuality.PERSONALISE)),
                        template(
                                "love-it",
                                MessageKind.PRAISE,
                                Channel.COMMENT,
                                Platform.INSTAGRAM,
                                5,
                                "Mia Jones",
                                "Best cold brew I've had!",
                                List.of(CommunityAction.REPLY_PUBLIC),
                                List.of(ReplyQuality.THANK, ReplyQuality.INVITE_CONTENT)),
                        template(
                                "cafe-stockist",
                                MessageKind.LEAD,
                                Channel.DM,
                                Platform.INSTAGRAM,
                                1.5,
                                "Ravi's Café",
                                "Could we stock your cans?",
                                List.of(CommunityAction.REPLY_THEN_DM, CommunityAction.ESCALATE),
                                List.of(ReplyQuality.ANSWER, ReplyQuality.PERSONALISE, ReplyQuality.SIGNPOST)),
                        template(
                                "troll",
                                MessageKind.TROLL,
                                Channel.COMMENT,
                                Platform.TIKTOK,
                                2,
                                "xXcoffeehaterXx",
                                "Overpriced brown water lol",
                                List.of(CommunityAction.HIDE, CommunityAction.IGNORE),
                                List.of()),
                        template(
                                "caffeine-myth",
                                MessageKind.MISINFORMATION,
                                Channel.COMMENT,
                                null,
                                1,
                                "Dan Ward",
                                "Cold brew has triple caffeine, it's dangerous!",
                                List.of(CommunityAction.REPLY_PUBLIC),
                                List.of(ReplyQuality.CORRECT_FACTS, ReplyQuality.STAY_CALM, ReplyQuality.SIGNPOST)),
                        template(
                                "spam",
                                MessageKind.SPAM,
                                Channel.COMMENT,
                                null,
                                2,
                                "crypto_gains_4u",
                                "DM me for 1000% returns",
                                List.of(CommunityAction.HIDE),
                                List.of())),
                new CrisisDefinition(
                        4,
                        DayOfWeek.WEDNESDAY,
                        18,
                        CrisisKind.PRODUCT_SAFETY,
                        ResponsibilityCluster.PREVENTABLE,
                        false,
                        "Customers post photos of swollen cans from batch 0419",
                        "A sealing machine fault; batch 0419 is affected.",
                        List.of(
                                new CrisisBeat(0, 20, 0.5, "First photos appear"),
                                new CrisisBeat(6, 120, 0.7, "Local news picks it up"),
                                new CrisisBeat(24, 300, 0.75, "#SwollenCans trends"),
                                new CrisisBeat(48, 150, 0.7, "The story slows"),
                                new CrisisBeat(96, 40, 0.6, "Mostly jokes now"))));
    }

    static Map<Pillar, Double> interests(
            double educational, double entertaining, double promotional, double userGenerated) {
        return Map.ofEntries(
                entry(Pillar.EDUCATIONAL, educational),
                entry(Pillar.ENTERTAINING, entertaining),
                entry(Pillar.PROMOTIONAL, promotional),
                entry(Pillar.USER_GENERATED, userGenerated));
    }

    static MessageTemplate template(
            String id,
            MessageKind kind,
            Channel channel,
            @Nullable Platform platform,
            double perWeek,
            String author,
            String text,
            List<CommunityAction> good,
            List<ReplyQuality> reply) {
        return new MessageTemplate(id, kind, channel, platform, perWeek, null, author, text, good, reply);
    }
}
