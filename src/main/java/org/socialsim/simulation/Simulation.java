package org.socialsim.simulation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.jspecify.annotations.Nullable;
import org.socialsim.scenario.definition.InfluencerDefinition;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.PlatformDefinition;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.RandomStreams.Concern;
import org.socialsim.simulation.plan.AdCampaign;
import org.socialsim.simulation.plan.CallToAction;
import org.socialsim.simulation.plan.CrisisResponse;
import org.socialsim.simulation.plan.InfluencerPartnership;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.Post;
import org.socialsim.simulation.plan.SmartObjective;

/**
 * One run of a plan: the state that carries from week to week (followers, trust, the mood around
 * the brand, budgets left, last week's posting) and the weekly round that moves it. Weeks are
 * simulated strictly in order and no week looks ahead, so running weeks 1..w gives the same numbers
 * for those weeks as running them all.
 */
final class Simulation {

    private static final int P = ScenarioTables.PLATFORMS;
    private static final double BASE_POSITIVE = 0.35;
    private static final double BASE_NEGATIVE = 0.08;
    /** Half of consumers expect an answer within the hour, most within four (benchmarks.md). */
    private static final double SLOW_RESPONSE_HOURS = 4;

    private static final double COMPETENT_RESPONSE_HOURS = 1;

    private final ScenarioTables tables;
    private final ScenarioDefinition scenario;
    private final Plan plan;
    private final RandomStreams streams;
    private final AudienceFit fit;
    private final Inbox inboxRound;
    private final Community community;
    private final Crisis crisis;
    private final @Nullable CrisisResponse response;
    private final boolean pausing;

    private final long[] followers = new long[P];
    private final int[] postsLastWeek = new int[P];
    private final double[] climate = new double[P];
    private double trust = 1;
    private InboxSummary inboxSummary = InboxSummary.NONE;
    /** Why trust last fell, for the explanation of lost conversions. */
    private String trustCause = "";

    private double trustLoss;
    private int weeksRun;
    private double influencersLeft;
    private final Advertising advertising;
    private final List<Tally[]> weekTallies = new ArrayList<>();

    Simulation(ScenarioTables tables, Plan plan, long seed) {
        this.tables = tables;
        this.scenario = tables.scenario;
        this.plan = plan;
        this.streams = new RandomStreams(seed);
        this.fit = new AudienceFit(tables, plan.personas());
        this.community = new Community(tables, plan.community());
        this.inboxRound = new Inbox(tables, community, streams);
        this.response = plan.crisis();
        this.pausing = response != null && response.pausePromotion();
        for (var entry : scenario.platforms().entrySet()) {
            followers[entry.getKey().ordinal()] = entry.getValue().followers();
        }
        influencersLeft = scenario.budget().influencers();
        this.advertising = new Advertising(tables, streams, fit, plan.campaigns());
        this.crisis = new Crisis(tables, response, promotionRunningInCrisis(), streams);
    }

    private int crisisTrigger() {
        var c = scenario.crisis();
        return (c.week() - 1) * 168 + (c.day().getValue() - 1) * 24 + c.hour();
    }

    private static int hourOf(Post post) {
        return (post.week() - 1) * 168 + (post.day().getValue() - 1) * 24 + post.hour();
    }

    private boolean inPauseWindow(int absoluteHour) {
        int trigger = crisisTrigger();
        return absoluteHour >= trigger && absoluteHour < trigger + Crisis.PAUSE_HOURS;
    }

    /** Whether promotion keeps running beside the crisis: promotional posts or ads in its first 72 hours, unpaused. */
    private boolean promotionRunningInCrisis() {
        if (pausing) {
            return false;
        }
        for (Post post : plan.posts()) {
            if ((post.pillar() == Pillar.PROMOTIONAL || post.boost() > 0) && inPauseWindow(hourOf(post))) {
                return true;
            }
        }
        int trigger = crisisTrigger();
        for (AdCampaign campaign : plan.campaigns()) {
            int from = (campaign.fromWeek() - 1) * 168;
            int to = campaign.toWeek() * 168;
            if (campaign.budget() > 0 && from < trigger + Crisis.PAUSE_HOURS && to > trigger) {
                return true;
            }
        }
        return false;
    }

    /** Hours of the pause window inside a week. */
    private int pausedHoursIn(int week) {
        if (!pausing) {
            return 0;
        }
        int trigger = crisisTrigger();
        int from = Math.max(trigger, (week - 1) * 168);
        int to = Math.min(trigger + Crisis.PAUSE_HOURS, week * 168);
        return Math.max(0, to - from);
    }

    SimulationRun run(int throughWeek) {
        List<WeekResult> weeks = new ArrayList<>(throughWeek);
        Explainer runExplainer = new Explainer();
        for (int week = 1; week <= throughWeek; week++) {
            Explainer explainer = new Explainer();
            weeks.add(week(week, explainer));
            runExplainer.merge(explainer);
        }
        runExplainer.events.addAll(inboxSummary.explain(""));
        Map<Platform, KpiValues> platforms = new EnumMap<>(Platform.class);
        for (Platform platform : scenario.platforms().keySet()) {
            platforms.put(platform, span(platform, throughWeek).toKpis());
        }
        Tally total = span(null, throughWeek);
        KpiValues totals = total.toKpis();
        if (totals.medianResponseHours() > SLOW_RESPONSE_HOURS) {
            runExplainer.events.add(slowResponses(totals.medianResponseHours(), ""));
        }
        if (trustLoss > 0) {
            double average = -trustLoss / weeksRun;
            runExplainer.events.add(new Explanation(
                    "trust",
                    Kpi.CONVERSIONS,
                    null,
                    average,
                    "Conversions " + Explainer.percent(average)
                            + " over the run: people trusted the brand less because " + trustCause + "."));
        }
        return new SimulationRun(
                scenario.id(),
                streams.seed(),
                throughWeek,
                weeks,
                totals,
                platforms,
                objectives(throughWeek),
                runExplainer.explain(tables));
    }

    /** Weeks 1..through summed, for one platform or (null) all. */
    private Tally span(@Nullable Platform platform, int through) {
        Tally span = new Tally();
        for (Platform each : scenario.platforms().keySet()) {
            if (platform != null && each != platform) {
                continue;
            }
            int p = each.ordinal();
            Tally one = new Tally();
            for (int w = 0; w < through; w++) {
                one.addFlows(weekTallies.get(w)[p]);
            }
            // A span's rate by the stated definition comes from its summed counts, not from weekly rates.
            one.stateRate(scenario.platform(each).engagementRate().definition());
            span.addFlows(one);
            span.followersStart += weekTallies.get(0)[p].followersStart;
            span.followers += weekTallies.get(through - 1)[p].followers;
        }
        return span;
    }

    private WeekResult week(int week, Explainer explainer) {
        weeksRun++;
        if (trust < 0.95) {
            trustLoss += 1 - trust;
            explainer.weekEvents.add(new Explanation(
                    "trust",
                    Kpi.CONVERSIONS,
                    null,
                    trust - 1,
                    "Conversions " + Explainer.percent(trust - 1) + " in week " + week
                            + ": people trust the brand less because " + trustCause + "."));
        }
        Tally[] tally = new Tally[P];
        double[] exposureFollows = new double[P];
        double[] extraLost = new double[P];
        int[] published = new int[P];
        int[] promotional = new int[P];
        for (Platform platform : scenario.platforms().keySet()) {
            int p = platform.ordinal();
            tally[p] = new Tally();
            tally[p].followersStart = followers[p];
        }
        List<Post> posts = new ArrayList<>();
        int pausedPosts = 0;
        for (Post post : plan.posts()) {
            if (post.week() != week || !tables.present[post.platform().ordinal()]) {
                continue;
            }
            if (pausing && post.pillar() == Pillar.PROMOTIONAL && inPauseWindow(hourOf(post))) {
                pausedPosts++;
                continue;
            }
            posts.add(post);
            published[post.platform().ordinal()]++;
            if (post.pillar() == Pillar.PROMOTIONAL) {
                promotional[post.platform().ordinal()]++;
            }
        }
        for (Post post : posts) {
            organicPost(week, post, published, tally, exposureFollows, explainer);
        }
        if (pausedPosts > 0) {
            explainer.events.add(
                    new Explanation(
                            "crisis-pause",
                            Kpi.REACH,
                            null,
                            0,
                            pausedPosts
                                    + " promotional post(s) were held back during the crisis, as planned: no reach from them, but no tone-deaf selling either."));
        }
        boolean crisisRunning = crisis.horizon > 0 && week == scenario.crisis().week() && !pausing;
        advertising.campaigns(
                week, trust, pausedHoursIn(week) / 168.0, crisisRunning, tally, exposureFollows, explainer);
        influencers(week, tally, exposureFollows, extraLost, explainer);
        List<InboundMessage> inbox = community.arrivals(streams, week);
        InboxSummary answered = inboxRound.answer(week, inbox, tally, extraLost, trust);
        explainer.weekEvents.addAll(answered.explain(" in week " + week));
        inboxSummary = inboxSummary.plus(answered);
        double communityQuality = answered.needing() > 0 ? answered.quality() / answered.needing() : -1;
        crisisWeek(week, tally, explainer);
        mentionsAndFollowers(week, tally, published, promotional, exposureFollows, extraLost, explainer);
        if (communityQuality >= 0) {
            trust += 0.1 * (communityQuality - 0.6);
            if (communityQuality < 0.6) {
                trustCause = "customers went unanswered or got poor answers";
            }
        }
        if (week == scenario.crisis().week() && crisis.horizon > 0) {
            double e = crisis.effectiveness;
            double hit = 0.2 * (1 - Math.max(0, e)) + 0.15 * Math.max(0, -e);
            trust -= hit;
            if (hit >= 0.05) {
                trustCause = "the crisis was not handled well";
            }
        }
        trust = 1 + (trust - 1) * 0.85;
        trust = Math.max(0.5, Math.min(1.15, trust));
        for (Platform platform : scenario.platforms().keySet()) {
            int p = platform.ordinal();
            postsLastWeek[p] = published[p];
            tally[p].stateRate(scenario.platform(platform).engagementRate().definition());
        }
        weekTallies.add(tally);
        Map<Platform, KpiValues> platforms = new EnumMap<>(Platform.class);
        for (Platform platform : scenario.platforms().keySet()) {
            platforms.put(platform, tally[platform.ordinal()].toKpis());
        }
        Tally total = weekTotal(tally);
        KpiValues totals = total.toKpis();
        if (totals.medianResponseHours() > SLOW_RESPONSE_HOURS) {
            explainer.weekEvents.add(slowResponses(totals.medianResponseHours(), " in week " + week));
        }
        return new WeekResult(week, totals, platforms, inbox, crisis.timeline(week), explainer.explain(tables));
    }

    private Tally weekTotal(Tally[] tally) {
        Tally total = new Tally();
        for (Platform platform : scenario.platforms().keySet()) {
            Tally t = tally[platform.ordinal()];
            total.addFlows(t);
            total.followersStart += t.followersStart;
            total.followers += t.followers;
        }
        return total;
    }

    private void organicPost(
            int week, Post post, int[] published, Tally[] tally, double[] exposureFollows, Explainer explainer) {
        Platform platform = post.platform();
        int p = platform.ordinal();
        PlatformDefinition definition = scenario.platform(platform);
        Tally t = tally[p];
        UniformRandomProvider rng = streams.stream(Concern.POST, week, RandomStreams.key(post.id()), 0);
        long base = followers[p];
        int day = post.day().getValue() - 1;
        int hour = Math.floorMod(post.hour(), 24);
        double activity = tables.activity[p][day][hour];
        double timing = OrganicReach.timing(activity);
        double format = tables.formatWeight(platform, post.format());
        double bestFormat = tables.bestFormatWeight(platform);
        double frequency = OrganicReach.frequency(published[p], definition.postsPerWeek());
        double quiet = OrganicReach.quiet(week, postsLastWeek[p], definition.postsPerWeek());
        double audienceFit = fit.fit(post.persona(), platform);
        double fitFactor = OrganicReach.fit(audienceFit);
        double negativeMood = crisis.negativeShareAt(hourOf(post));
        double climateFactor = 1 - 0.3 * negativeMood;
        double expected =
                base * definition.organicReach() * format * timing * frequency * quiet * fitFactor * climateFactor;
        long reach = OrganicReach.draw(rng, expected, definition.addressableAudience());
        long impressions = Math.round(reach * definition.impressionsPerReach());
        double baseRate = Engagement.baseRatePerReach(definition);
        double pillar = Engagement.pillar(tables.interest[p][post.pillar().ordinal()]);
        double engagementFit = Engagement.fit(audienceFit);
        double rate = baseRate * pillar * Engagement.format(format) * engagementFit * Engagement.fatigue(frequency);
        long engagements = Engagement.draw(rng, reach, rate);
        long likes = Draws.binomial(rng, engagements, Engagement.LIKE_SHARE);
        double ctr = definition.organicCtr()
                * tables.clickPropensity[p]
                * Funnel.clickFactor(post.link(), post.callToAction(), post.stage(), post.pillar());
        long clicks = Draws.binomial(rng, impressions, Math.min(1, ctr));
        if (post.link() != null && !post.link().isBlank()) {
            double expectedImpressions = expected * definition.impressionsPerReach();
            explainer.linkedPosts[p]++;
            explainer.clicks[p] += expectedImpressions * ctr;
            explainer.clicksIdeal[p] += expectedImpressions
                    * definition.organicCtr()
                    * tables.clickPropensity[p]
                    * Funnel.idealClickFactor(post.pillar());
            if (!Funnel.fits(post.callToAction(), post.stage()) || post.callToAction() == CallToAction.NONE) {
                explainer.weakCtaPosts[p]++;
            }
        }
        double conversion =
                tables.conversionRate[p] * Funnel.conversionFactor(post.stage(), post.callToAction()) * trust;
        long conversions = Draws.binomial(rng, clicks, Math.min(1, conversion));
        t.posts++;
        t.reach += reach;
        t.impressions += impressions;
        t.engagements += engagements;
        t.likes += likes;
        t.organicReach += reach;
        t.organicImpressions += impressions;
        t.organicEngagements += engagements;
        t.followerPosts += base;
        t.linkClicks += clicks;
        t.conversions += conversions;
        t.revenue += conversions * tables.conversionValue[p];
        exposureFollows[p] += reach
                * OrganicReach.NON_FOLLOWER_SHARE
                * FollowerGrowth.ORGANIC_FOLLOW_RATE
                * (baseRate > 0 ? Math.sqrt(Math.min(4, rate / baseRate)) : 1);
        double balancedPillar = 0;
        for (Pillar each : Pillar.values()) {
            balancedPillar += Engagement.pillar(tables.interest[p][each.ordinal()]) / Pillar.values().length;
        }
        double[] factors = {timing, format, frequency, quiet, fitFactor, climateFactor};
        double bestTiming = OrganicReach.timing(tables.bestOfDay[p][day]);
        double[] ideals = {bestTiming, bestFormat, 1, 1, OrganicReach.fit(1), 1};
        explainer.post(
                p,
                expected,
                factors,
                ideals,
                expected * rate,
                pillar,
                balancedPillar,
                engagementFit,
                Engagement.fit(1));
        if (SegmentActivity.isNight(hour)) {
            explainer.nightPosts[p]++;
        }
        if (activity < 0.5 * tables.bestOfDay[p][day]) {
            explainer.offPeakPosts[p]++;
        }
        if (format < 0.8 * bestFormat) {
            explainer.weakFormatPosts[p]++;
        }
        if (audienceFit < 0.5) {
            explainer.lowFitPosts[p]++;
        }
        explainer.pillarPosts[p][post.pillar().ordinal()]++;
        explainer.formatPosts[p][post.format().ordinal()]++;
        if (post.boost() > 0) {
            advertising.boost(week, trust, post, audienceFit, format, tally, exposureFollows, explainer);
        }
    }

    private void influencers(
            int week, Tally[] tally, double[] exposureFollows, double[] extraLost, Explainer explainer) {
        List<InfluencerPartnership> partnerships = plan.influencers();
        for (int i = 0; i < partnerships.size(); i++) {
            InfluencerPartnership deal = partnerships.get(i);
            if (deal.week() != week) {
                continue;
            }
            InfluencerDefinition influencer =
                    scenario.influencer(deal.influencer()).orElse(null);
            if (influencer == null || !tables.present[influencer.platform().ordinal()]) {
                explainer.events.add(new Explanation(
                        "influencer-unknown",
                        Kpi.REACH,
                        null,
                        0,
                        "The partnership with " + deal.influencer()
                                + " did not happen: no such influencer in this scenario."));
                continue;
            }
            Platform platform = influencer.platform();
            int p = platform.ordinal();
            double fee = PlanValues.amount(deal.fee());
            if (fee > influencersLeft + 1e-9) {
                explainer.events.add(new Explanation(
                        "influencer-budget",
                        Kpi.REACH,
                        platform,
                        0,
                        "The partnership with " + influencer.name() + " did not happen: its fee of " + money(fee)
                                + " is more than the " + money(influencersLeft) + " left in the influencer budget."));
                continue;
            }
            influencersLeft -= fee;
            Tally t = tally[p];
            t.influencerFees += fee;
            int count = Math.max(1, deal.posts());
            double effort = influencer.fee() > 0 ? fee / (count * influencer.fee()) : 1;
            long backlashReach = 0;
            for (int k = 0; k < count; k++) {
                UniformRandomProvider rng =
                        streams.stream(Concern.INFLUENCER, week, RandomStreams.key(deal.influencer()), i * 64L + k);
                var outcome = Influencers.post(
                        rng,
                        influencer,
                        tables.formatWeight(platform, deal.format()),
                        effort,
                        deal.disclosed(),
                        scenario.platform(platform).organicCtr(),
                        tables.clickPropensity[p]);
                t.reach += outcome.reach();
                t.impressions += outcome.impressions();
                t.engagements += outcome.engagements();
                t.likes += Math.round(outcome.engagements() * Engagement.LIKE_SHARE);
                t.linkClicks += outcome.clicks();
                long conversions = Draws.binomial(rng, outcome.clicks(), Math.min(1, tables.conversionRate[p] * trust));
                t.conversions += conversions;
                t.revenue += conversions * tables.conversionValue[p];
                t.positive += outcome.engagements() * 0.02;
                exposureFollows[p] += outcome.reach() * FollowerGrowth.INFLUENCER_FOLLOW_RATE * outcome.brandAudience();
                if (outcome.backlash()) {
                    backlashReach += outcome.reach();
                }
            }
            if (!deal.disclosed()) {
                // Effects as the relative rise in the platform's negative mentions of an ordinary week.
                double usualNegative =
                        Math.max(1, scenario.brand().mentionsPerWeek() * tables.followerShare[p] * BASE_NEGATIVE);
                double expectedNegative = count
                        * influencer.audience()
                        * influencer.authenticity()
                        * Influencers.REACH_RATE
                        * Influencers.BACKLASH_MENTIONS_PER_REACH;
                if (backlashReach > 0) {
                    double negative = backlashReach * Influencers.BACKLASH_MENTIONS_PER_REACH;
                    t.negative += negative;
                    trust -= Influencers.BACKLASH_TRUST;
                    trustCause = "an undisclosed sponsored post was exposed";
                    climate[p] += 0.1;
                    extraLost[p] += followers[p] * Influencers.BACKLASH_CHURN;
                    explainer.events.add(new Explanation(
                            "influencer-undisclosed",
                            Kpi.NET_SENTIMENT,
                            platform,
                            negative / usualNegative,
                            "The sponsored post by " + influencer.name()
                                    + " was not labelled as an ad and was called out as hidden advertising: about "
                                    + Math.round(negative)
                                    + " negative mentions, trust in the brand down 10% and about "
                                    + Math.round(followers[p] * Influencers.BACKLASH_CHURN)
                                    + " unfollows. Always disclose (#ad, paid partnership label)."));
                } else {
                    explainer.events.add(new Explanation(
                            "influencer-undisclosed",
                            Kpi.NET_SENTIMENT,
                            platform,
                            Influencers.BACKLASH_CHANCE * expectedNegative / usualNegative,
                            "The sponsored post by " + influencer.name()
                                    + " was not labelled as an ad. Nobody called it out this time, but each undisclosed post carries a "
                                    + Math.round(Influencers.BACKLASH_CHANCE * 100)
                                    + "% risk of a backlash and breaks advertising rules."));
                }
            }
        }
    }

    private void crisisWeek(int week, Tally[] tally, Explainer explainer) {
        double[] totals = crisis.weekTotals(week);
        if (totals[0] <= 0 && week != scenario.crisis().week()) {
            return;
        }
        double support = 0.2 + 0.3 * Math.max(0, crisis.effectiveness);
        for (Platform platform : scenario.platforms().keySet()) {
            int p = platform.ordinal();
            double share = tables.followerShare[p];
            Tally t = tally[p];
            double negative = totals[1] * share;
            double other = (totals[0] - totals[1]) * share;
            t.negative += negative;
            t.positive += other * support;
            t.neutral += other * (1 - support);
            t.negativeReach += Math.round(negative * Crisis.REACH_PER_MENTION);
            climate[p] += 0.3 * (totals[0] > 0 ? totals[1] / totals[0] : 0) * (1 - Math.max(0, crisis.effectiveness));
        }
        if (week == scenario.crisis().week()) {
            explainer.events.addAll(CrisisReview.review(crisis, scenario));
        }
    }

    private void mentionsAndFollowers(
            int week,
            Tally[] tally,
            int[] published,
            int[] promotional,
            double[] exposureFollows,
            double[] extraLost,
            Explainer explainer) {
        for (Platform platform : scenario.platforms().keySet()) {
            int p = platform.ordinal();
            PlatformDefinition definition = scenario.platform(platform);
            Tally t = tally[p];
            UniformRandomProvider rng = streams.stream(Concern.MENTIONS, week, p, 0);
            double expectedEngagements = followers[p]
                    * definition.organicReach()
                    * Engagement.baseRatePerReach(definition)
                    * Math.max(1, definition.postsPerWeek().mid());
            double activity = expectedEngagements > 0 ? t.organicEngagements / expectedEngagements : 0;
            double promoShare = published[p] > 0 ? (double) promotional[p] / published[p] : 0;
            double buzz = 0.6 + 0.4 * Math.min(2.5, activity);
            long baseline = Draws.poisson(rng, scenario.brand().mentionsPerWeek() * tables.followerShare[p] * buzz);
            double negativeShare = Math.min(0.9, BASE_NEGATIVE + climate[p] + 0.15 * Math.max(0, promoShare - 0.5));
            double positiveShare =
                    Math.max(0.02, Math.min(0.9 - negativeShare, BASE_POSITIVE + 0.15 * (trust - 1) - climate[p] / 2));
            long negative = Draws.binomial(rng, baseline, negativeShare);
            long positive = Draws.binomial(rng, baseline - negative, positiveShare / (1 - negativeShare));
            t.negative += negative;
            t.positive += positive;
            t.neutral += baseline - negative - positive;
            t.negativeReach += Math.round(negative * Crisis.REACH_PER_MENTION * 0.3);
            for (int c = 0; c < scenario.competitors().size(); c++) {
                UniformRandomProvider competitorRng = streams.stream(Concern.MENTIONS, week, p, c + 1);
                t.competitorMentions += Competitors.mentions(
                        competitorRng, scenario.competitors().get(c), platform, tables.followerShare[p]);
            }
            double all = t.positive + t.neutral + t.negative;
            double net = all > 0 ? (t.positive - t.negative) / all : 0;
            UniformRandomProvider followerRng = streams.stream(Concern.FOLLOWERS, week, p, 0);
            double gain =
                    FollowerGrowth.gain(followers[p], definition.addressableAudience(), exposureFollows[p], activity);
            double over = definition.postsPerWeek().max() > 0
                    ? published[p] / definition.postsPerWeek().max()
                    : 0;
            double churn = FollowerGrowth.churnRate(promoShare, over, net);
            long gained = Draws.poisson(followerRng, gain);
            long lost = Draws.binomial(followerRng, followers[p], churn) + Math.round(extraLost[p]);
            explainer.lostToPromotion[p] += followers[p] * FollowerGrowth.overPromotion(promoShare);
            explainer.lostToOverPosting[p] += followers[p] * 0.003 * Math.max(0, over - 1);
            if (over > 1) {
                explainer.overPostedWeeks[p]++;
            }
            explainer.maxPostsInWeek[p] = Math.max(explainer.maxPostsInWeek[p], published[p]);
            if (week > 1 && postsLastWeek[p] < definition.postsPerWeek().min() / 2) {
                explainer.quietWeeks[p]++;
            }
            long next = Math.max(0, Math.min(definition.addressableAudience(), followers[p] + gained - lost));
            t.newFollowers += gained;
            t.lostFollowers += Math.max(0, followers[p] + gained - next);
            followers[p] = next;
            t.followers = next;
            climate[p] *= 0.5;
        }
    }

    private List<ObjectiveProgress> objectives(int weeksRun) {
        List<ObjectiveProgress> out = new ArrayList<>();
        for (SmartObjective objective : plan.objectives()) {
            int deadline = objective.deadlineWeek() == null ? scenario.weeks() : objective.deadlineWeek();
            int through = Math.max(1, Math.min(deadline, weeksRun));
            Kpi kpi = objective.kpi();
            double actual = 0;
            if (kpi != null
                    && (objective.platform() == null
                            || tables.present[objective.platform().ordinal()])) {
                actual = span(objective.platform(), through).toKpis().value(kpi);
            }
            double range = objective.target() - objective.baseline();
            double progress = range != 0 ? (actual - objective.baseline()) / range : 0;
            boolean met = kpi != null && (range >= 0 ? actual >= objective.target() : actual <= objective.target());
            out.add(new ObjectiveProgress(
                    objective.id(),
                    kpi,
                    objective.platform(),
                    objective.baseline(),
                    objective.target(),
                    through,
                    actual,
                    progress,
                    met,
                    weeksRun >= deadline));
        }
        return out;
    }

    private static Explanation slowResponses(double median, String when) {
        return new Explanation(
                "response-time",
                Kpi.MEDIAN_RESPONSE_HOURS,
                null,
                median / COMPETENT_RESPONSE_HOURS - 1,
                "Half of your answers" + when + " took longer than " + Explainer.hours(median)
                        + ": 53% of people expect an answer within the hour, and brands that take about 10 hours lose customers to competitors.");
    }

    private String money(double amount) {
        return Explainer.money(scenario.currency(), amount);
    }
}
