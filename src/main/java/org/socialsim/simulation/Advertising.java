package org.socialsim.simulation;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.PlatformDefinition;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.RandomStreams.Concern;
import org.socialsim.simulation.plan.AdCampaign;
import org.socialsim.simulation.plan.AdObjective;
import org.socialsim.simulation.plan.BidStrategy;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.Post;

/**
 * The paid side of a run: boosted posts and ad campaigns week by week through {@link PaidAds}, and
 * the money left. A campaign spends its budget evenly over its weeks; every week's spend is capped
 * by what is left of the campaign's budget and of the scenario's ads budget, which boosts share.
 */
final class Advertising {

    /** Ads beside an unpaused crisis are clicked less: people are wary of the brand. */
    static final double CRISIS_CTR = 0.85;

    private final ScenarioTables tables;
    private final ScenarioDefinition scenario;
    private final RandomStreams streams;
    private final AudienceFit fit;
    private final List<AdCampaign> campaigns;
    private final double[] campaignLeft;
    private double adsLeft;

    Advertising(ScenarioTables tables, RandomStreams streams, AudienceFit fit, List<AdCampaign> campaigns) {
        this.tables = tables;
        this.scenario = tables.scenario;
        this.streams = streams;
        this.fit = fit;
        this.campaigns = campaigns;
        this.adsLeft = scenario.budget().ads();
        this.campaignLeft = new double[campaigns.size()];
        for (int i = 0; i < campaignLeft.length; i++) {
            campaignLeft[i] = PlanValues.amount(campaigns.get(i).budget());
        }
    }

    void boost(
            int week,
            double trust,
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
        double budget = Math.min(PlanValues.amount(post.boost()), adsLeft);
        if (budget < post.boost()) {
            explainer.events.add(new Explanation(
                    "ads-budget",
                    Kpi.SPEND,
                    platform,
                    budget / post.boost() - 1,
                    "The boost of post " + post.id() + " was cut to " + Explainer.money(scenario.currency(), budget)
                            + ": the ads budget of "
                            + Explainer.money(
                                    scenario.currency(), scenario.budget().ads()) + " was used up."));
        }
        var objective = post.link() != null ? AdObjective.TRAFFIC : AdObjective.ENGAGEMENT;
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
        var delivery =
                PaidAds.deliver(rng, definition.ads(), budget, objective, BidStrategy.LOWEST_COST, null, context);
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

    void campaigns(
            int week,
            double trust,
            double pausedShare,
            boolean crisisRunning,
            Tally[] tally,
            double[] exposureFollows,
            Explainer explainer) {
        for (int i = 0; i < campaigns.size(); i++) {
            AdCampaign campaign = campaigns.get(i);
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
            double planned = PlanValues.amount(campaign.budget()) / weeksActive;
            double wanted = planned * (1 - pausedShare);
            double budget = Math.min(wanted, Math.min(campaignLeft[i], adsLeft));
            if (budget < wanted - 0.005) {
                explainer.events.add(new Explanation(
                        "ads-budget",
                        Kpi.SPEND,
                        platform,
                        wanted > 0 ? budget / wanted - 1 : 0,
                        "Campaign " + campaign.name() + " had only " + Explainer.money(scenario.currency(), budget)
                                + " of its " + Explainer.money(scenario.currency(), wanted)
                                + " for week " + week + ": the ads budget of "
                                + Explainer.money(
                                        scenario.currency(), scenario.budget().ads()) + " was used up."));
            }
            double audienceFit = fit.fit(campaign.personas(), platform);
            double format = tables.formatWeight(platform, campaign.format());
            double relevance = PaidAds.relevance(audienceFit, format, campaign.objective(), campaign.stage());
            var context = new PaidAds.Context(
                    relevance,
                    definition.addressableAudience() * fit.targetedShare(campaign.personas(), platform),
                    tables.clickPropensity[p],
                    tables.conversionRate[p],
                    Funnel.stageConversion(campaign.stage()),
                    trust,
                    Engagement.baseRatePerReach(definition) / definition.impressionsPerReach() * 0.5,
                    crisisRunning ? CRISIS_CTR : 1);
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
                                + (campaign.bidStrategy() == BidStrategy.BID_CAP ? "bid cap" : "cost cap")
                                + " was below what the market asked."));
            }
            if (relevance < 0.8 && week == campaign.fromWeek()) {
                explainer.events.add(
                        new Explanation(
                                "ad-relevance",
                                Kpi.CPM,
                                platform,
                                1 / Math.sqrt(relevance) - 1,
                                "Campaign " + campaign.name() + " paid "
                                        + Explainer.percent(1 / Math.sqrt(relevance) - 1)
                                        + " per 1,000 impressions against a well-targeted ad: its targeting, format or creative fit the audience poorly."));
            }
        }
    }
}
