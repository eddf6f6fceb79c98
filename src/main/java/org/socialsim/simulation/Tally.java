package org.socialsim.simulation;

import java.util.Arrays;
import org.socialsim.scenario.definition.EngagementDefinition;

/**
 * A mutable running sum of one platform's (or all platforms') counts for a week or a span of weeks,
 * turned into {@link KpiValues} at the end. Rates are computed only here, from summed counts, so a
 * total's rate is never an average of rates.
 */
final class Tally {

    long posts;
    long reach;
    long impressions;
    long engagements;
    long likes;
    long organicReach;
    long organicImpressions;
    long organicEngagements;
    /** Σ over posts of the followers the post went out to: the denominator of ER per follower. */
    double followerPosts;
    /** Σ over platforms of posts × the platform's benchmark-definition rate, for the weighted ER. */
    double statedRateWeighted;

    long statedRatePosts;
    long linkClicks;
    long conversions;
    long directConversions;
    double revenue;
    double spend;
    double influencerFees;
    long paidImpressions;
    long paidClicks;
    long paidConversions;
    double paidRevenue;
    long followersStart;
    long followers;
    long newFollowers;
    long lostFollowers;
    double positive;
    double neutral;
    double negative;
    long negativeReach;
    double competitorMentions;
    long messages;
    long messagesNeedingReply;
    long replied;
    private double[] responseHours = new double[8];
    private int responses;

    void addResponse(double hours) {
        if (responses == responseHours.length) {
            responseHours = Arrays.copyOf(responseHours, responses * 2);
        }
        responseHours[responses++] = hours;
    }

    /** Adds another tally's flows; followers are handled by the caller (stocks do not add over time). */
    void addFlows(Tally other) {
        posts += other.posts;
        reach += other.reach;
        impressions += other.impressions;
        engagements += other.engagements;
        likes += other.likes;
        organicReach += other.organicReach;
        organicImpressions += other.organicImpressions;
        organicEngagements += other.organicEngagements;
        followerPosts += other.followerPosts;
        statedRateWeighted += other.statedRateWeighted;
        statedRatePosts += other.statedRatePosts;
        linkClicks += other.linkClicks;
        conversions += other.conversions;
        directConversions += other.directConversions;
        revenue += other.revenue;
        spend += other.spend;
        influencerFees += other.influencerFees;
        paidImpressions += other.paidImpressions;
        paidClicks += other.paidClicks;
        paidConversions += other.paidConversions;
        paidRevenue += other.paidRevenue;
        newFollowers += other.newFollowers;
        lostFollowers += other.lostFollowers;
        positive += other.positive;
        neutral += other.neutral;
        negative += other.negative;
        negativeReach += other.negativeReach;
        competitorMentions += other.competitorMentions;
        messages += other.messages;
        messagesNeedingReply += other.messagesNeedingReply;
        replied += other.replied;
        for (int i = 0; i < other.responses; i++) {
            addResponse(other.responseHours[i]);
        }
    }

    /** Records this platform-week's engagement rate by its stated definition, for weighting. */
    void stateRate(EngagementDefinition definition) {
        if (posts == 0) {
            return;
        }
        double rate = switch (definition) {
            case PER_FOLLOWER -> ratio(organicEngagements, followerPosts);
            case PER_REACH -> ratio(organicEngagements, organicReach);
            case PER_IMPRESSION -> ratio(organicEngagements, organicImpressions);
        };
        statedRateWeighted = rate * posts;
        statedRatePosts = posts;
    }

    KpiValues toKpis() {
        long mentions = Math.round(positive + neutral + negative);
        double sentimentTotal = positive + neutral + negative;
        double pos = ratio(positive, sentimentTotal);
        double neg = ratio(negative, sentimentTotal);
        double neu = sentimentTotal > 0 ? Math.max(0, 1 - pos - neg) : 0;
        long competitors = Math.round(competitorMentions);
        long clickConversions = conversions - directConversions;
        return new KpiValues(
                posts,
                reach,
                impressions,
                engagements,
                likes,
                organicReach,
                organicImpressions,
                organicEngagements,
                ratio(statedRateWeighted, statedRatePosts),
                ratio(organicEngagements, organicReach),
                ratio(organicEngagements, followerPosts),
                ratio(organicEngagements, organicImpressions),
                linkClicks,
                ratio(linkClicks, impressions),
                conversions,
                directConversions,
                ratio(clickConversions, linkClicks),
                revenue,
                spend,
                influencerFees,
                paidImpressions,
                paidClicks,
                paidConversions,
                paidRevenue,
                ratio(spend * 1000, paidImpressions),
                ratio(spend, paidClicks),
                ratio(spend, paidConversions),
                ratio(paidRevenue, spend),
                followersStart,
                followers,
                newFollowers,
                lostFollowers,
                ratio(followers - followersStart, followersStart),
                mentions,
                competitors,
                ratio(mentions, mentions + competitors),
                pos - neg,
                pos,
                neu,
                neg,
                negativeReach,
                messages,
                messagesNeedingReply,
                replied,
                ratio(replied, messagesNeedingReply),
                median());
    }

    private double median() {
        if (responses == 0) {
            return 0;
        }
        double[] sorted = Arrays.copyOf(responseHours, responses);
        Arrays.sort(sorted);
        int mid = responses / 2;
        return responses % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    static double ratio(double numerator, double denominator) {
        return denominator > 0 ? numerator / denominator : 0;
    }
}
