package org.socialsim.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.socialsim.base.io.ReadResult;
import org.socialsim.scenario.definition.CommunityAction;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.MessageTemplate;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.io.ScenarioReader;
import org.socialsim.simulation.plan.AdCampaign;
import org.socialsim.simulation.plan.AdObjective;
import org.socialsim.simulation.plan.BidStrategy;
import org.socialsim.simulation.plan.CallToAction;
import org.socialsim.simulation.plan.CommunityReply;
import org.socialsim.simulation.plan.CrisisResponse;
import org.socialsim.simulation.plan.CrisisStrategy;
import org.socialsim.simulation.plan.InfluencerPartnership;
import org.socialsim.simulation.plan.Persona;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.Post;

/**
 * The benchmark's workload (issue 5): the shipped 8-week Tallybook scenario with its inbox scaled
 * to about 150 messages, and a busy plan of 120 posts, 6 ad campaigns, 2 creators, an answer for
 * every message template and a crisis response.
 */
final class BenchPlans {

    static final String SCENARIO_FILE = "scenarios/tallybook-b2b-saas.yaml";

    /** Expected inbound messages over the run the benchmark aims for. */
    static final double TARGET_MESSAGES = 150;

    static final int POSTS = 120;

    private BenchPlans() {}

    static ScenarioDefinition scenario() {
        ScenarioDefinition shipped = read(Path.of(SCENARIO_FILE));
        double expected = shipped.community().stream()
                .mapToDouble(t -> t.perWeek() * activeWeeks(t, shipped.weeks()))
                .sum();
        double scale = TARGET_MESSAGES / expected;
        List<MessageTemplate> scaled = shipped.community().stream()
                .map(t -> new MessageTemplate(
                        t.id(),
                        t.kind(),
                        t.channel(),
                        t.platform(),
                        t.perWeek() * scale,
                        t.weeks(),
                        t.author(),
                        t.text(),
                        t.goodActions(),
                        t.goodReply()))
                .toList();
        return new ScenarioDefinition(
                shipped.id(),
                shipped.title(),
                shipped.brief(),
                shipped.brand(),
                shipped.weeks(),
                shipped.currency(),
                shipped.conversion(),
                shipped.budget(),
                shipped.businessObjectives(),
                shipped.platforms(),
                shipped.segments(),
                shipped.competitors(),
                shipped.influencers(),
                scaled,
                shipped.crisis());
    }

    static Plan busyPlan(ScenarioDefinition scenario) {
        List<Platform> platforms = List.copyOf(scenario.platforms().keySet());
        List<Persona> personas = List.of(
                persona("owner", platforms, FunnelStage.CONVERSION),
                persona("accountant", platforms, FunnelStage.CONSIDERATION),
                persona("founder", platforms, FunnelStage.AWARENESS));
        List<Post> posts = new ArrayList<>();
        Pillar[] pillars = Pillar.values();
        DayOfWeek[] days = {DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.MONDAY, DayOfWeek.FRIDAY};
        int perWeek = POSTS / scenario.weeks();
        for (int week = 1; week <= scenario.weeks(); week++) {
            for (int i = 0; i < perWeek; i++) {
                Platform platform = platforms.get(i % platforms.size());
                List<Format> formats = List.copyOf(scenario.platform(platform).formats().keySet());
                Pillar pillar = pillars[i % pillars.length];
                boolean promotional = pillar == Pillar.PROMOTIONAL;
                posts.add(new Post(
                        "w" + week + "-" + i,
                        week,
                        days[i % days.length],
                        10 + i % 3,
                        platform,
                        formats.get(i % formats.size()),
                        pillar,
                        personas.get(i % personas.size()).id(),
                        promotional ? FunnelStage.CONVERSION : FunnelStage.CONSIDERATION,
                        promotional ? CallToAction.SIGN_UP : CallToAction.LEARN_MORE,
                        "https://tallybook.example/trial",
                        "Month-end in half the time: three checks your books need this week.",
                        List.of("smallbusiness", "bookkeeping"),
                        i == 0 ? 50 : 0));
            }
        }
        List<AdCampaign> campaigns = new ArrayList<>();
        AdObjective[] objectives = {AdObjective.LEADS, AdObjective.TRAFFIC, AdObjective.AWARENESS};
        for (int c = 0; c < 6; c++) {
            Platform platform = platforms.get(c % platforms.size());
            Format format = scenario.platform(platform).formats().keySet().iterator().next();
            campaigns.add(new AdCampaign(
                    "campaign-" + c,
                    "Campaign " + c,
                    platform,
                    objectives[c % objectives.length],
                    List.of(personas.get(c % personas.size()).id()),
                    format,
                    c % 3 == 0 ? FunnelStage.CONVERSION : FunnelStage.CONSIDERATION,
                    1500,
                    c % 2 == 0 ? BidStrategy.LOWEST_COST : BidStrategy.BID_CAP,
                    c % 2 == 0 ? null : 30.0,
                    1 + c % 2,
                    scenario.weeks() - c % 3));
        }
        List<InfluencerPartnership> influencers = scenario.influencers().stream()
                .limit(2)
                .map(i -> new InfluencerPartnership(
                        i.id(), 2, 1, scenario.platform(i.platform()).formats().keySet().iterator().next(), 900, true))
                .toList();
        List<CommunityReply> community = scenario.community().stream()
                .map(t -> new CommunityReply(
                        t.id(),
                        t.goodActions().isEmpty() ? CommunityAction.REPLY_PUBLIC : t.goodActions().getFirst(),
                        "Thank you for getting in touch, we understand. We've sent you a message to sort it out today.",
                        2))
                .toList();
        CrisisResponse crisis = new CrisisResponse(
                1,
                CrisisStrategy.REBUILD,
                true,
                platforms,
                "We're sorry: the outage is our fault. Here is what happened and what we are doing now.",
                true,
                List.of());
        return new Plan(List.of(), personas, posts, campaigns, influencers, community, crisis);
    }

    private static Persona persona(String id, List<Platform> platforms, FunnelStage stage) {
        return new Persona(
                id,
                id,
                25,
                55,
                "finance",
                "fewer hours on books",
                "month-end stress",
                platforms,
                List.of(9, 10, 11, 12),
                List.of(10),
                List.of(Pillar.EDUCATIONAL, Pillar.USER_GENERATED),
                stage);
    }

    private static int activeWeeks(MessageTemplate template, int weeks) {
        return template.weeks() == null
                ? weeks
                : (int) (template.weeks().max() - template.weeks().min() + 1);
    }

    private static ScenarioDefinition read(Path file) {
        try {
            ReadResult<ScenarioDefinition> read = new ScenarioReader().read(file.toString(), Files.readAllBytes(file));
            if (read instanceof ReadResult.Valid<ScenarioDefinition> valid) {
                return valid.definition();
            }
            throw new IllegalStateException(file + " is invalid: " + read.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
