package org.socialsim.simulation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.jspecify.annotations.Nullable;
import org.socialsim.scenario.definition.InfluencerDefinition;
import org.socialsim.scenario.definition.MessageKind;
import org.socialsim.scenario.definition.MessageTemplate;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.PlatformDefinition;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.RandomStreams.Concern;
import org.socialsim.simulation.plan.AdCampaign;
import org.socialsim.simulation.plan.CommunityReply;
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

    private final ScenarioTables tables;
    private final ScenarioDefinition scenario;
    private final Plan plan;
    private final RandomStreams streams;
    private final AudienceFit fit;
    private final Community community;
    private final Crisis crisis;
    private final Map<String, MessageTemplate> templates = new HashMap<>();
    private final @Nullable CrisisResponse response;
    private final boolean pausing;

    private final long[] followers = new long[P];
    private final int[] postsLastWeek = new int[P];
    private final double[] climate = new double[P];
    private double trust = 1;
    private InboxSummary inboxSummary = InboxSummary.NONE;
    private double adsLeft;
    private double influencersLeft;
    private final double[] campaignLeft;
    private final List<Tally[]> weekTallies = new ArrayList<>();

    Simulation(ScenarioTables tables, Plan plan, long seed) {
        this.tables = tables;
        this.scenario = tables.scenario;
        this.plan = plan;
        this.streams = new RandomStreams(seed);
        this.fit = new AudienceFit(tables, plan.personas());
        this.community = new Community(tables, plan.community());
        this.response = plan.crisis();
        this.pausing = response != null && response.pausePromotion();
        for (MessageTemplate template : scenario.community()) {
            templates.put(template.id(), template);
        }
        for (var entry : scenario.platforms().entrySet()) {
            followers[entry.getKey().ordinal()] = entry.getValue().followers();
        }
        adsLeft = scenario.budget().ads();
        influencersLeft = scenario.budget().influencers();
        campaignLeft = new double[plan.campaigns().size()];
        for (int i = 0; i < campaignLeft.length; i++) {
            campaignLeft[i] = Math.max(0, plan.campaigns().get(i).budget());
        }
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
        return new SimulationRun(
                scenario.id(),
                streams.seed(),
                throughWeek,
                weeks,
                total.toKpis(),
                platforms,
                objectives(throughWeek),
                runExplainer.explain(tables, "run"));
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
        Tally[] tally = new Tally[P];
        double[] exposureFollows = new double[P];
        double[] extraLost = new double[P];
        double[] engagementActivity = new double[P];
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
        campaigns(week, tally, exposureFollows, explainer);
        influencers(week, tally, exposureFollows, extraLost, explainer);
        List<InboundMessage> inbox = community.arrivals(streams, week);
        double communityQuality = inbox(week, inbox, tally, extraLost, explainer);
        crisisWeek(week, tally, explainer);
        mentionsAndFollowers(
                week, tally, published, promotional, exposureFollows, extraLost, engagementActivity, explainer);
        if (communityQuality >= 0) {
            trust += 0.1 * (communityQuality - 0.6);
        }
        if (week == scenario.crisis().week() && crisis.horizon > 0) {
            double e = crisis.effectiveness;
            trust -= 0.2 * (1 - Math.max(0, e)) + 0.15 * Math.max(0, -e);
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
        return new WeekResult(
                week, total.toKpis(), platforms, inbox, crisis.timeline(week), explainer.explain(tables, "week"));
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
                * (baseRate > 0 ? Math.min(3, rate / baseRate) : 1);
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
            boost(week, post, audienceFit, format, tally, exposureFollows, explainer);
        }
    }

    private void boost(
            int week,
            Post post,
            double audienceFit,
            double format,
            Tally[] tally,
            double[] exposureFollows,
            Explainer explainer) {
        Platform platform = post.platform();
        int p = platform.ordinal();
        PlatformDefinition definition = scenario.platform(platform);
        UniformRandomProvider rng = streams.stream(Concern.BOOST, week, RandomStreams.key(post.id()), 0);
        double budget = Math.min(post.boost(), adsLeft);
        if (budget < post.boost()) {
            explainer.events.add(new Explanation(
                    "ads-budget",
                    Kpi.SPEND,
                    platform,
                    budget / post.boost() - 1,
                    "The boost of post " + post.id() + " was cut to " + money(budget) + ": the ads budget of "
                            + money(scenario.budget().ads()) + " was used up."));
        }
        var objective = post.link() != null
                ? org.socialsim.simulation.plan.AdObjective.TRAFFIC
                : org.socialsim.simulation.plan.AdObjective.ENGAGEMENT;
        double relevance = PaidAds.relevance(audienceFit, format, objective, post.stage());
        var context = new PaidAds.Context(
                relevance,
                definition.addressableAudience()
                        * fit.targetedShare(post.persona() == null ? List.of() : List.of(post.persona()), platform),
                tables.clickPropensity[p] * (post.link() == null ? 0 : 1),
                tables.conversionRate[p],
                Funnel.conversionFactor(post.stage(), post.callToAction()),
                trust,
                Engagement.baseRatePerReach(definition) / definition.impressionsPerReach(),
                1);
        var delivery = PaidAds.deliver(
                rng,
                definition.ads(),
                budget,
                objective,
                org.socialsim.simulation.plan.BidStrategy.LOWEST_COST,
                null,
                context);
        addPaid(tally[p], delivery, p);
        adsLeft -= delivery.spend();
        exposureFollows[p] += delivery.reach() * FollowerGrowth.PAID_FOLLOW_RATE * 2 * (0.5 + audienceFit);
    }

    private void addPaid(Tally t, PaidAds.Delivery delivery, int p) {
        t.spend += delivery.spend();
        t.reach += delivery.reach();
        t.impressions += delivery.impressions();
        t.paidImpressions += delivery.impressions();
        t.engagements += delivery.engagements();
        t.likes += Math.round(delivery.engagements() * Engagement.LIKE_SHARE);
        t.linkClicks += delivery.clicks();
        t.paidClicks += delivery.clicks();
        t.conversions += delivery.conversions();
        t.paidConversions += delivery.conversions();
        double revenue = delivery.conversions() * tables.conversionValue[p];
        t.revenue += revenue;
        t.paidRevenue += revenue;
    }

    private void campaigns(int week, Tally[] tally, double[] exposureFollows, Explainer explainer) {
        for (int i = 0; i < plan.campaigns().size(); i++) {
            AdCampaign campaign = plan.campaigns().get(i);
            if (week < campaign.fromWeek() || week > campaign.toWeek()) {
                continue;
            }
            Platform platform = campaign.platform();
            int p = platform.ordinal();
            UniformRandomProvider rng = streams.stream(Concern.CAMPAIGN, week, RandomStreams.key(campaign.id()), i);
            if (!tables.present[p]) {
                if (week == campaign.fromWeek()) {
                    explainer.events.add(new Explanation(
                            "ads-platform",
                            Kpi.SPEND,
                            null,
                            0,
                            "Campaign " + campaign.name() + " did not run: " + Explainer.name(platform)
                                    + " is not part of this scenario."));
                }
                continue;
            }
            PlatformDefinition definition = scenario.platform(platform);
            int weeksActive = Math.max(1, campaign.toWeek() - campaign.fromWeek() + 1);
            double planned = Math.max(0, campaign.budget()) / weeksActive;
            double paused = pausedHoursIn(week) / 168.0;
            double wanted = planned * (1 - paused);
            double budget = Math.min(wanted, Math.min(campaignLeft[i], adsLeft));
            if (budget < wanted - 0.005) {
                explainer.events.add(new Explanation(
                        "ads-budget",
                        Kpi.SPEND,
                        platform,
                        wanted > 0 ? budget / wanted - 1 : 0,
                        "Campaign " + campaign.name() + " had only " + money(budget) + " of its " + money(wanted)
                                + " for week " + week + ": the ads budget of "
                                + money(scenario.budget().ads()) + " was used up."));
            }
            double audienceFit = fit.fit(campaign.personas(), platform);
            double format = tables.formatWeight(platform, campaign.format());
            double relevance = PaidAds.relevance(audienceFit, format, campaign.objective(), campaign.stage());
            boolean crisisWeek = crisis.horizon > 0 && week == scenario.crisis().week();
            var context = new PaidAds.Context(
                    relevance,
                    definition.addressableAudience() * fit.targetedShare(campaign.personas(), platform),
                    tables.clickPropensity[p],
                    tables.conversionRate[p],
                    Funnel.stageConversion(campaign.stage()),
                    trust,
                    Engagement.baseRatePerReach(definition) / definition.impressionsPerReach() * 0.5,
                    crisisWeek && !pausing ? 0.85 : 1);
            var delivery = PaidAds.deliver(
                    rng,
                    definition.ads(),
                    budget,
                    campaign.objective(),
                    campaign.bidStrategy(),
                    campaign.bidCap(),
                    context);
            campaignLeft[i] -= delivery.spend();
            adsLeft -= delivery.spend();
            addPaid(tally[p], delivery, p);
            exposureFollows[p] += delivery.reach() * FollowerGrowth.PAID_FOLLOW_RATE * (0.5 + audienceFit);
            if (delivery.winShare() < 0.7 && budget > 0) {
                explainer.events.add(new Explanation(
                        "bid-cap",
                        Kpi.SPEND,
                        platform,
                        delivery.winShare() - 1,
                        "Campaign " + campaign.name() + " spent only " + Math.round(delivery.winShare() * 100)
                                + "% of its week-" + week
                                + " budget: its "
                                + (campaign.bidStrategy() == org.socialsim.simulation.plan.BidStrategy.BID_CAP
                                        ? "bid cap"
                                        : "cost cap")
                                + " was below what the market asked."));
            }
            if (relevance < 0.8 && week == campaign.fromWeek()) {
                explainer.events.add(
                        new Explanation(
                                "ad-relevance",
                                Kpi.CPM,
                                platform,
                                1 / relevance - 1,
                                "Campaign " + campaign.name() + " paid " + Explainer.percent(1 / relevance - 1)
                                        + " per 1,000 impressions against a well-targeted ad: its targeting, format or creative fit the audience poorly."));
            }
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
            double fee = Math.max(0, deal.fee());
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
                if (backlashReach > 0) {
                    double negative = backlashReach * Influencers.BACKLASH_MENTIONS_PER_REACH;
                    t.negative += negative;
                    trust -= Influencers.BACKLASH_TRUST;
                    climate[p] += 0.1;
                    extraLost[p] += followers[p] * Influencers.BACKLASH_CHURN;
                    explainer.events.add(new Explanation(
                            "influencer-undisclosed",
                            Kpi.NET_SENTIMENT,
                            platform,
                            -0.3,
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
                            -Influencers.BACKLASH_CHANCE * 0.3,
                            "The sponsored post by " + influencer.name()
                                    + " was not labelled as an ad. Nobody called it out this time, but each undisclosed post carries a "
                                    + Math.round(Influencers.BACKLASH_CHANCE * 100)
                                    + "% risk of a backlash and breaks advertising rules."));
                }
            }
        }
    }

    /** Answers the week's messages; returns the mean handling quality of those needing an answer, or −1 if none. */
    private double inbox(int week, List<InboundMessage> inbox, Tally[] tally, double[] extraLost, Explainer explainer) {
        double qualitySum = 0;
        int needing = 0;
        int unanswered = 0;
        int unansweredComplaints = 0;
        int answered = 0;
        double answeredQuality = 0;
        double lostWeight = 0;
        double totalWeight = 0;
        for (InboundMessage message : inbox) {
            MessageTemplate template = templates.get(message.template());
            int p = message.platform().ordinal();
            Tally t = tally[p];
            CommunityReply reply = community.replyTo(message);
            double q = Community.quality(template, reply);
            boolean isAnswer = reply != null && Community.isAnswer(reply.action());
            boolean needs = Community.needsAnswer(template);
            t.messages++;
            if (needs) {
                t.messagesNeedingReply++;
                needing++;
                qualitySum += q;
                if (isAnswer) {
                    t.replied++;
                    t.addResponse(Math.max(0, reply.responseHours()));
                    answered++;
                    answeredQuality += q;
                } else {
                    unanswered++;
                    if (template.kind() == MessageKind.COMPLAINT) {
                        unansweredComplaints++;
                    }
                }
            }
            // The message itself is a mention with its own tone…
            switch (template.kind()) {
                case COMPLAINT, TROLL, MISINFORMATION -> t.negative += 1;
                case PRAISE -> t.positive += 1;
                default -> t.neutral += 1;
            }
            // …and how it was handled is seen by others.
            double visibility = Community.visibility(message.channel());
            double negative = visibility * (1 - q) * Community.negativeWeight(template.kind());
            t.negative += negative;
            t.positive += visibility * q * Community.positiveWeight(template.kind());
            lostWeight += negative + visibility * (1 - q) * Community.positiveWeight(template.kind());
            totalWeight += visibility
                    * (Community.negativeWeight(template.kind()) + Community.positiveWeight(template.kind()));
            UniformRandomProvider rng =
                    streams.stream(Concern.COMMUNITY_OUTCOME, week, RandomStreams.key(message.id()), 0);
            boolean converts = Draws.chance(rng, Community.conversionChance(template.kind()) * q * trust);
            boolean leaves = Draws.chance(rng, Community.IGNORED_CHURN);
            if (converts) {
                t.conversions++;
                t.directConversions++;
                t.revenue += tables.conversionValue[p];
            }
            if (template.kind() == MessageKind.COMPLAINT && q < 0.3 && leaves) {
                extraLost[p] += 1;
            }
        }
        InboxSummary summary = new InboxSummary(
                needing, unanswered, unansweredComplaints, answered, answeredQuality, lostWeight, totalWeight);
        explainer.weekEvents.addAll(summary.explain(" in week " + week));
        inboxSummary = inboxSummary.plus(summary);
        return needing > 0 ? qualitySum / needing : -1;
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
            explainCrisis(explainer);
        }
    }

    private void explainCrisis(Explainer explainer) {
        var cluster = crisis.cluster;
        double actual = crisis.expectedNegative(crisis.effectiveness, crisis.responseHour, crisis.promotionRunning);
        double best = Crisis.bestFit(cluster);
        double ideal = crisis.expectedNegative(Crisis.effectiveness(idealResponse(), best, 1, 1, false), 1, false);
        String clusterName = Explainer.name(cluster);
        if (response == null) {
            explainer.events.add(new Explanation(
                    "crisis-silence",
                    Kpi.NET_SENTIMENT,
                    null,
                    Explainer.effect(actual, ideal),
                    "The brand never answered the crisis: negative mentions ran " + times(actual, ideal)
                            + " those of a fast, fitting response, and trust fell."));
            return;
        }
        double withBestStrategy = crisis.expectedNegative(
                Crisis.effectiveness(response, best, crisis.speed, crisis.coverage, crisis.promotionRunning),
                crisis.responseHour,
                crisis.promotionRunning);
        if (crisis.fit < best - 1e-9) {
            String advice = cluster == org.socialsim.scenario.definition.ResponsibilityCluster.PREVENTABLE
                    ? "a preventable crisis calls for rebuilding (apology, compensation)"
                    : "this crisis calls for "
                            + (cluster == org.socialsim.scenario.definition.ResponsibilityCluster.VICTIM
                                    ? "instructing and adjusting information"
                                    : "diminishing or rebuilding");
            explainer.events.add(new Explanation(
                    "crisis-strategy",
                    Kpi.NET_SENTIMENT,
                    null,
                    Explainer.effect(actual, withBestStrategy),
                    "Negative mentions " + Explainer.percent(Explainer.effect(actual, withBestStrategy))
                            + " against the fitting strategy: you chose to "
                            + response.strategy().name().toLowerCase(Locale.ROOT) + ", but the public holds the brand "
                            + (cluster == org.socialsim.scenario.definition.ResponsibilityCluster.VICTIM
                                    ? "hardly"
                                    : cluster == org.socialsim.scenario.definition.ResponsibilityCluster.ACCIDENTAL
                                            ? "partly"
                                            : "fully")
                            + " responsible (" + clusterName + " cluster"
                            + (scenario.crisis().priorIncidents() ? ", raised by past incidents" : "") + "); " + advice
                            + "."));
        }
        if (crisis.responseHour > 1) {
            double fast = crisis.expectedNegative(
                    Crisis.effectiveness(response, crisis.fit, 1, crisis.coverage, crisis.promotionRunning),
                    1,
                    crisis.promotionRunning);
            double effect = Explainer.effect(actual, fast);
            if (effect >= Explainer.THRESHOLD) {
                explainer.events.add(
                        new Explanation(
                                "crisis-speed",
                                Kpi.NET_SENTIMENT,
                                null,
                                effect,
                                "Negative mentions " + Explainer.percent(effect)
                                        + " against answering within the hour: your first statement came after "
                                        + formatHours(crisis.responseHour)
                                        + "; 53% of people expect an answer within an hour, and the story grew in the silence."));
            }
        }
        if (crisis.promotionRunning) {
            double paused = crisis.expectedNegative(
                    Crisis.effectiveness(response, crisis.fit, crisis.speed, crisis.coverage, false),
                    crisis.responseHour,
                    false);
            explainer.events.add(
                    new Explanation(
                            "crisis-promotion",
                            Kpi.NET_SENTIMENT,
                            null,
                            Explainer.effect(actual, paused),
                            "Negative mentions " + Explainer.percent(Explainer.effect(actual, paused))
                                    + ": promotional posts and ads kept running during the crisis and looked tone-deaf; pause scheduled promotion when a crisis breaks."));
        }
        if (crisis.coverage < 0.999) {
            double everywhere = crisis.expectedNegative(
                    Crisis.effectiveness(response, crisis.fit, crisis.speed, 1, crisis.promotionRunning),
                    crisis.responseHour,
                    crisis.promotionRunning);
            double effect = Explainer.effect(actual, everywhere);
            if (Math.abs(effect) >= Explainer.THRESHOLD) {
                explainer.events.add(new Explanation(
                        "crisis-channels",
                        Kpi.NET_SENTIMENT,
                        null,
                        effect,
                        "Negative mentions " + Explainer.percent(effect) + ": your statement reached only "
                                + Math.round(crisis.coverage * 100)
                                + "% of your followers' platforms; answer where the conversation is."));
            }
        }
    }

    private CrisisResponse idealResponse() {
        return new CrisisResponse(
                1,
                org.socialsim.simulation.plan.CrisisStrategy.REBUILD,
                false,
                List.copyOf(scenario.platforms().keySet()),
                "",
                true,
                List.of());
    }

    private void mentionsAndFollowers(
            int week,
            Tally[] tally,
            int[] published,
            int[] promotional,
            double[] exposureFollows,
            double[] extraLost,
            double[] activityOut,
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
            activityOut[p] = activity;
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

    private String money(double amount) {
        return String.format(Locale.ROOT, "%s %,.0f", scenario.currency(), amount);
    }

    private static String times(double actual, double ideal) {
        return ideal > 0 ? String.format(Locale.ROOT, "%.1f×", actual / ideal) : "far above";
    }

    private static String formatHours(double hours) {
        return hours < 48
                ? String.format(Locale.ROOT, "%.0f hours", hours)
                : String.format(Locale.ROOT, "%.1f days", hours / 24);
    }
}
