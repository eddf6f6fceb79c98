package org.socialsim.attempt.io;

import java.time.DayOfWeek;
import java.util.List;
import org.socialsim.scenario.definition.CommunityAction;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
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

/** A plan that uses every record, every kind of value and both a set and an absent optional value. */
final class SamplePlans {

    private SamplePlans() {}

    static Plan everything() {
        return new Plan(
                List.of(
                        new SmartObjective(
                                "o1",
                                "Grow Instagram engagement rate from 0.5% to 1% by week 6",
                                Kpi.ENGAGEMENT_RATE,
                                Platform.INSTAGRAM,
                                0.005,
                                0.01,
                                6,
                                "awareness"),
                        new SmartObjective("o2", "more engagement", null, null, 0, 0, null, null)),
                List.of(new Persona(
                        "chloe",
                        "Commuter Chloe",
                        24,
                        34,
                        "office worker",
                        "good coffee on the way in",
                        "queues: \"always\" late",
                        List.of(Platform.INSTAGRAM, Platform.TIKTOK),
                        List.of(7, 8, 12, 18),
                        List.of(10, 11),
                        List.of(Pillar.ENTERTAINING, Pillar.EDUCATIONAL),
                        FunnelStage.CONSIDERATION)),
                List.of(
                        new Post(
                                "p1",
                                1,
                                DayOfWeek.MONDAY,
                                8,
                                Platform.TIKTOK,
                                Format.SHORT_VIDEO,
                                Pillar.ENTERTAINING,
                                "chloe",
                                FunnelStage.AWARENESS,
                                CallToAction.FOLLOW,
                                null,
                                "Cold brew in 30 seconds ☕ — yes: really",
                                List.of("coldbrew", "commute"),
                                25.5),
                        new Post(
                                "p2",
                                2,
                                DayOfWeek.SATURDAY,
                                11,
                                Platform.INSTAGRAM,
                                Format.CAROUSEL,
                                Pillar.PROMOTIONAL,
                                null,
                                FunnelStage.CONVERSION,
                                CallToAction.SHOP_NOW,
                                "https://example.org/shop?x=1&y=2",
                                "yes",
                                List.of(),
                                0)),
                List.of(new AdCampaign(
                        "a1",
                        "Launch reach",
                        Platform.INSTAGRAM,
                        AdObjective.AWARENESS,
                        List.of("chloe"),
                        Format.REEL,
                        FunnelStage.AWARENESS,
                        1200,
                        BidStrategy.BID_CAP,
                        7.5,
                        1,
                        3)),
                List.of(new InfluencerPartnership("maya", 3, 2, Format.REEL, 800, false)),
                List.of(
                        new CommunityReply(
                                "late-order", CommunityAction.REPLY_THEN_DM, "Sorry! Send us your order number.", 1.5),
                        new CommunityReply("w2-troll-1", CommunityAction.IGNORE, "", 0)),
                new CrisisResponse(
                        2,
                        CrisisStrategy.REBUILD,
                        true,
                        List.of(Platform.INSTAGRAM, Platform.X),
                        "We are recalling batch 0419.",
                        true,
                        List.of(new CrisisFollowUp(24, "Refunds are open."))));
    }
}
