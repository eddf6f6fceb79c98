package org.socialsim.attempt.work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.socialsim.base.io.ReadResult;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.io.ScenarioReader;
import org.socialsim.simulation.plan.AdCampaign;
import org.socialsim.simulation.plan.AdObjective;
import org.socialsim.simulation.plan.BidStrategy;
import org.socialsim.simulation.plan.CallToAction;
import org.socialsim.simulation.plan.InfluencerPartnership;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.Persona;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.Post;
import org.socialsim.simulation.plan.SmartObjective;

/** The shipped BrewHaven scenario (Instagram 3–5 posts a week, TikTok 4–7; ads £5,000, influencers £3,000) and small plans. */
final class WorkFixtures {

    private static @Nullable ScenarioDefinition coldBrew;

    private WorkFixtures() {}

    static synchronized ScenarioDefinition coldBrew() {
        if (coldBrew == null) {
            Path file = Path.of("scenarios/brewhaven-cold-brew.yaml");
            try {
                ReadResult<ScenarioDefinition> read =
                        new ScenarioReader().read(file.toString(), Files.readAllBytes(file));
                coldBrew = ((ReadResult.Valid<ScenarioDefinition>) read).definition();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return coldBrew;
    }

    static Persona chloe() {
        return new Persona(
                "chloe",
                "Commuter Chloe",
                24,
                34,
                "office worker",
                "",
                "",
                List.of(Platform.INSTAGRAM),
                List.of(7, 8, 18),
                List.of(10, 11),
                List.of(Pillar.EDUCATIONAL),
                FunnelStage.CONSIDERATION);
    }

    static Post post(String id, int week, DayOfWeek day, int hour, Platform platform, Pillar pillar) {
        return new Post(
                id,
                week,
                day,
                hour,
                platform,
                platform == Platform.TIKTOK ? Format.SHORT_VIDEO : Format.REEL,
                pillar,
                "chloe",
                FunnelStage.AWARENESS,
                CallToAction.FOLLOW,
                null,
                "Cold brew, the slow way",
                List.of("coldbrew"),
                0);
    }

    static Post boosted(Post post, double boost) {
        return new Post(
                post.id(),
                post.week(),
                post.day(),
                post.hour(),
                post.platform(),
                post.format(),
                post.pillar(),
                post.persona(),
                post.stage(),
                post.callToAction(),
                post.link(),
                post.caption(),
                post.hashtags(),
                boost);
    }

    static Post staged(Post post, FunnelStage stage) {
        return new Post(
                post.id(),
                post.week(),
                post.day(),
                post.hour(),
                post.platform(),
                post.format(),
                post.pillar(),
                post.persona(),
                stage,
                post.callToAction(),
                post.link(),
                post.caption(),
                post.hashtags(),
                post.boost());
    }

    static Post forPersona(Post post, @Nullable String persona) {
        return new Post(
                post.id(),
                post.week(),
                post.day(),
                post.hour(),
                post.platform(),
                post.format(),
                post.pillar(),
                persona,
                post.stage(),
                post.callToAction(),
                post.link(),
                post.caption(),
                post.hashtags(),
                post.boost());
    }

    static AdCampaign campaign(String id, double budget, int from, int to) {
        return new AdCampaign(
                id,
                "Launch reach",
                Platform.INSTAGRAM,
                AdObjective.AWARENESS,
                List.of("chloe"),
                Format.REEL,
                FunnelStage.AWARENESS,
                budget,
                BidStrategy.LOWEST_COST,
                null,
                from,
                to);
    }

    static InfluencerPartnership deal(String influencer, int week, double fee) {
        return new InfluencerPartnership(influencer, week, 1, Format.REEL, fee, true);
    }

    static SmartObjective objectiveOn(@Nullable Platform platform, @Nullable Integer deadlineWeek) {
        return new SmartObjective(
                "o-" + platform + "-" + deadlineWeek,
                "Grow engagement",
                Kpi.ENGAGEMENT_RATE,
                platform,
                0.005,
                0.01,
                deadlineWeek,
                "awareness");
    }

    static Plan plan(
            List<SmartObjective> objectives,
            List<Post> posts,
            List<AdCampaign> campaigns,
            List<InfluencerPartnership> deals) {
        return new Plan(objectives, List.of(chloe()), posts, campaigns, deals, List.of(), null);
    }

    static Plan posts(Post... posts) {
        return plan(List.of(), List.of(posts), List.of(), List.of());
    }

    // --- strategy steps (objectives, personas) ---

    private static final ScenarioDefinition BREWHAVEN = read("brewhaven-cold-brew.yaml");

    static ScenarioDefinition brewhaven() {
        return BREWHAVEN;
    }

    private static ScenarioDefinition read(String name) {
        try {
            ReadResult<ScenarioDefinition> result =
                    new ScenarioReader().read(name, Files.readString(Path.of("scenarios", name)));
            return ((ReadResult.Valid<ScenarioDefinition>) result).definition();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
