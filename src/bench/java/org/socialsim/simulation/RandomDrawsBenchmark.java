package org.socialsim.simulation;

import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.AdCampaign;
import org.socialsim.simulation.plan.Plan;

/**
 * The bare cost of the random numbers one run of {@link SimulationBenchmark#oneFullRun()} draws:
 * the same streams opened and the same kinds of draws ({@link Draws}, Commons RNG samplers) in the
 * same numbers, with typical parameters taken from a real run of the workload, but none of the
 * model around them. Counts follow the engine's code per concern (a post: its stream, a
 * log-normal virality, a beta-binomial and three binomials; a campaign-week: its stream, a market
 * price and three binomials; …), so the ratio oneFullRun / drawsOfOneRun says how much of a run is
 * randomness and how much is model.
 */
@State(Scope.Benchmark)
public class RandomDrawsBenchmark {

    private int posts;
    private int campaignWeeks;
    private int templateWeeks;
    private int messages;
    private int platformWeeks;
    private int competitors;
    private int influencerPosts;
    private int crisisHours;
    private long reachPerPost;
    private long engagementsPerPost;
    private long impressionsPerPost;
    private long paidImpressionsPerCampaignWeek;
    private long followers;
    private long seed;

    @Setup(Level.Trial)
    public void countDraws() {
        ScenarioDefinition scenario = BenchPlans.scenario();
        Plan plan = BenchPlans.busyPlan(scenario);
        SimulationRun sample = new SimulationEngine().run(scenario, plan, 42);
        KpiValues totals = sample.totals();
        posts = (int) totals.posts();
        for (AdCampaign campaign : plan.campaigns()) {
            campaignWeeks += campaign.toWeek() - campaign.fromWeek() + 1;
        }
        templateWeeks = scenario.community().size() * scenario.weeks();
        messages = (int) totals.messages();
        platformWeeks = scenario.platforms().size() * scenario.weeks();
        competitors = scenario.competitors().size();
        influencerPosts = plan.influencers().stream().mapToInt(i -> i.posts()).sum();
        crisisHours = Crisis.HORIZON_HOURS;
        reachPerPost = Math.max(1, totals.organicReach() / Math.max(1, posts));
        engagementsPerPost = Math.max(1, totals.organicEngagements() / Math.max(1, posts));
        impressionsPerPost = Math.max(1, totals.organicImpressions() / Math.max(1, posts));
        paidImpressionsPerCampaignWeek = Math.max(1, totals.paidImpressions() / Math.max(1, campaignWeeks));
        followers = Math.max(1, totals.followers() / scenario.platforms().size());
        System.out.printf(
                "%ndraws per run: %d posts, %d campaign-weeks, %d template-weeks, %d messages, %d platform-weeks"
                        + " × %d competitors, %d creator posts, %d crisis hours%n",
                posts,
                campaignWeeks,
                templateWeeks,
                messages,
                platformWeeks,
                competitors,
                influencerPosts,
                crisisHours);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long drawsOfOneRun() {
        RandomStreams streams = new RandomStreams(seed++);
        long sink = 0;
        for (int i = 0; i < posts; i++) {
            UniformRandomProvider rng = streams.stream(RandomStreams.Concern.POST, 1, i, 0);
            sink += (long) (reachPerPost * Draws.logNormalMeanOne(rng, OrganicReach.VIRALITY_SIGMA));
            sink += Draws.betaBinomial(rng, reachPerPost, 0.03, Engagement.CONCENTRATION);
            sink += Draws.binomial(rng, engagementsPerPost, Engagement.LIKE_SHARE);
            long clicks = Draws.binomial(rng, impressionsPerPost, 0.004);
            sink += Draws.binomial(rng, clicks, 0.08);
        }
        for (int i = 0; i < campaignWeeks; i++) {
            UniformRandomProvider rng = streams.stream(RandomStreams.Concern.CAMPAIGN, 1, i, 0);
            sink += (long) (1000 * Draws.gaussian(rng));
            long clicks = Draws.binomial(rng, paidImpressionsPerCampaignWeek, 0.006);
            sink += Draws.binomial(rng, clicks, 0.08);
            sink += Draws.binomial(rng, paidImpressionsPerCampaignWeek, 0.002);
        }
        for (int i = 0; i < influencerPosts; i++) {
            UniformRandomProvider rng = streams.stream(RandomStreams.Concern.INFLUENCER, 1, i, 0);
            sink += (long) (1000 * Draws.logNormalMeanOne(rng, 0.5));
            sink += Draws.binomial(rng, 20_000, 0.02);
            sink += Draws.binomial(rng, 24_000, 0.003);
            sink += Draws.chance(rng, 0.1) ? 1 : 0;
        }
        for (int i = 0; i < templateWeeks; i++) {
            UniformRandomProvider rng = streams.stream(RandomStreams.Concern.COMMUNITY, 1, i, 0);
            sink += Draws.poisson(rng, (double) messages / templateWeeks);
        }
        for (int i = 0; i < messages; i++) {
            UniformRandomProvider arrival = streams.stream(RandomStreams.Concern.COMMUNITY, 2, i, 0);
            sink += (long) (arrival.nextDouble() * 7 + arrival.nextDouble() * 24);
            UniformRandomProvider outcome = streams.stream(RandomStreams.Concern.COMMUNITY_OUTCOME, 1, i, 0);
            sink += (Draws.chance(outcome, 0.05) ? 1 : 0) + (Draws.chance(outcome, 0.02) ? 1 : 0);
        }
        for (int i = 0; i < platformWeeks; i++) {
            UniformRandomProvider rng = streams.stream(RandomStreams.Concern.MENTIONS, 1, i, 0);
            long mentions = Draws.poisson(rng, 60);
            long negative = Draws.binomial(rng, mentions, 0.2);
            sink += Draws.binomial(rng, mentions - negative, 0.5);
            for (int c = 0; c < competitors; c++) {
                UniformRandomProvider competitor = streams.stream(RandomStreams.Concern.MENTIONS, 1, i, c + 1);
                sink += (long) (100 * Draws.logNormalMeanOne(competitor, Competitors.WEEKLY_SIGMA));
            }
            UniformRandomProvider growth = streams.stream(RandomStreams.Concern.FOLLOWERS, 1, i, 0);
            sink += Draws.poisson(growth, 40);
            sink += Draws.binomial(growth, followers, 0.002);
        }
        UniformRandomProvider crisis = streams.stream(RandomStreams.Concern.CRISIS, 0, 0, 0);
        for (int h = 0; h <= crisisHours; h++) {
            sink += (long) (10 * Draws.gaussian(crisis));
        }
        return sink;
    }
}
