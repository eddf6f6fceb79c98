package org.socialsim.simulation;

import org.socialsim.simulation.plan.Kpi;

/**
 * The KPIs of one platform or of all platforms, for one week or a span of weeks. Counts are whole
 * numbers; rates are fractions (0.012 = 1.2%); money is in the scenario's currency. A rate whose
 * denominator is zero is 0, never NaN.
 *
 * @param posts organic posts published (paused or unpublished posts not counted)
 * @param reach people reached, counted per post, campaign and influencer post (the sum platforms
 *     report as "accounts reached" per piece of content)
 * @param impressions times content was seen, organic, boosted, paid and influencer together
 * @param engagements interactions (likes, comments, shares, saves) on all content
 * @param likes the likes among {@code engagements}
 * @param organicReach reach of organic posts (boosts excluded)
 * @param organicImpressions impressions of organic posts (boosts excluded)
 * @param organicEngagements interactions on organic posts; the engagement rates divide these
 * @param engagementRate the engagement rate by the scenario's stated definition for the platform
 *     (for all platforms: each platform's rate weighted by its posts)
 * @param engagementRateByReach organic engagements per person reached
 * @param engagementRateByFollowers organic engagements per post per follower (Rival IQ's definition)
 * @param engagementRateByImpressions organic engagements per impression (Buffer's definition)
 * @param linkClicks clicks on links from posts, ads and influencer posts
 * @param ctr link clicks per impression
 * @param conversions conversions from clicks plus direct conversions
 * @param directConversions conversions without a click: leads answered in the inbox, loyal repeat
 *     buyers
 * @param conversionRate conversions from clicks per link click
 * @param revenue value of all conversions
 * @param spend money spent on ads and boosts (never above the ads budget)
 * @param influencerFees money paid to influencers (never above the influencer budget)
 * @param paidImpressions impressions bought by ads and boosts
 * @param paidClicks link clicks on ads and boosted posts
 * @param paidConversions conversions from those clicks
 * @param paidRevenue value of those conversions
 * @param cpm spend per 1,000 paid impressions
 * @param cpc spend per paid click
 * @param cpa spend per paid conversion
 * @param roas paid revenue per unit of spend
 * @param followersStart followers at the start of the span
 * @param followers followers at the end of the span
 * @param newFollowers people who followed during the span
 * @param lostFollowers people who unfollowed during the span
 * @param followerGrowth {@code (followers − followersStart) / followersStart}
 * @param mentions mentions of the brand (organic buzz, inbox, crisis)
 * @param competitorMentions mentions of the competitors in the same span
 * @param shareOfVoice {@code mentions / (mentions + competitorMentions)}
 * @param netSentiment positive share minus negative share, in [−1, 1]
 * @param positiveShare share of mentions that are positive
 * @param neutralShare share of mentions that are neutral
 * @param negativeShare share of mentions that are negative
 * @param negativeReach people who saw negative mentions of the brand
 * @param messages inbound community messages received
 * @param messagesNeedingReply those whose suitable actions include answering
 * @param replied those the brand answered (publicly, in DM or by escalating)
 * @param responseRate {@code replied / messagesNeedingReply}
 * @param medianResponseHours median hours to answer, over answered messages
 */
public record KpiValues(
        long posts,
        long reach,
        long impressions,
        long engagements,
        long likes,
        long organicReach,
        long organicImpressions,
        long organicEngagements,
        double engagementRate,
        double engagementRateByReach,
        double engagementRateByFollowers,
        double engagementRateByImpressions,
        long linkClicks,
        double ctr,
        long conversions,
        long directConversions,
        double conversionRate,
        double revenue,
        double spend,
        double influencerFees,
        long paidImpressions,
        long paidClicks,
        long paidConversions,
        double paidRevenue,
        double cpm,
        double cpc,
        double cpa,
        double roas,
        long followersStart,
        long followers,
        long newFollowers,
        long lostFollowers,
        double followerGrowth,
        long mentions,
        long competitorMentions,
        double shareOfVoice,
        double netSentiment,
        double positiveShare,
        double neutralShare,
        double negativeShare,
        long negativeReach,
        long messages,
        long messagesNeedingReply,
        long replied,
        double responseRate,
        double medianResponseHours) {

    /** The value of a KPI, so objectives, grading and charts can read any KPI by name. */
    public double value(Kpi kpi) {
        return switch (kpi) {
            case REACH -> reach;
            case IMPRESSIONS -> impressions;
            case ENGAGEMENTS -> engagements;
            case LIKES -> likes;
            case ENGAGEMENT_RATE -> engagementRate;
            case FOLLOWERS -> followers;
            case FOLLOWER_GROWTH -> followerGrowth;
            case LINK_CLICKS -> linkClicks;
            case CTR -> ctr;
            case CONVERSIONS -> conversions;
            case CONVERSION_RATE -> conversionRate;
            case REVENUE -> revenue;
            case SPEND -> spend;
            case CPM -> cpm;
            case CPC -> cpc;
            case CPA -> cpa;
            case ROAS -> roas;
            case SHARE_OF_VOICE -> shareOfVoice;
            case NET_SENTIMENT -> netSentiment;
            case RESPONSE_RATE -> responseRate;
            case MEDIAN_RESPONSE_HOURS -> medianResponseHours;
        };
    }
}
