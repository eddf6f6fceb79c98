package org.socialsim.simulation;

/**
 * Followers as a Bass-like diffusion saturating toward the addressable audience M (Bass 1969;
 * benchmarks.md, Follower growth). Each week, with F followers:
 *
 * <pre>
 * gain  = (1 − F/M) × exposure-driven follows  +  q_w × (F/M) × (M − F) × activity
 * churn = F × (base + over-promotion + over-posting + bad sentiment + ignored customers)
 * </pre>
 *
 * Exposure-driven follows are the innovation term: people outside the audience who met the brand
 * this week (organic reach beyond followers, ads, influencers) and followed, each source at its own
 * rate is word of mouth: Bass's average q = 0.38 a year, halved and spread over 52 weeks,
 * scaled by how active the brand's community was against an average plan (0..2). Calibrated so a
 * competent plan grows 5–10% a month (the course benchmark).
 */
final class FollowerGrowth {

    /** Bass's q = 0.38 a year, halved: following a brand spreads by word of mouth less than adopting a product. */
    static final double IMITATION_PER_WEEK = 0.5 * 0.38 / 52;
    /** Non-followers reached organically who follow, at average content quality. */
    static final double ORGANIC_FOLLOW_RATE = 0.02;
    /** People reached by an ad who follow: ads are interruptions, far fewer follow. */
    static final double PAID_FOLLOW_RATE = 0.0006;
    /** People reached by an influencer who follow, per unit of audience overlap × authenticity. */
    static final double INFLUENCER_FOLLOW_RATE = 0.01;

    static final double BASE_CHURN = 0.0015;
    /** The most word of mouth a very active community adds, against an average plan's. */
    static final double MAX_ACTIVITY = 2;

    private FollowerGrowth() {}

    /** Expected new followers in a week. */
    static double gain(long followers, long addressable, double exposureFollows, double activity) {
        if (addressable <= 0) {
            return 0;
        }
        double f = Math.min(1, (double) followers / addressable);
        double remaining = Math.max(0, addressable - followers);
        return (1 - f) * exposureFollows
                + IMITATION_PER_WEEK * f * remaining * Math.max(0, Math.min(MAX_ACTIVITY, activity));
    }

    /** Weekly churn rate: a base plus over-promotion (promo share above 40%), over-posting and bad sentiment. */
    static double churnRate(double promotionalShare, double postsOverSweetSpot, double netSentiment) {
        double churn = BASE_CHURN;
        churn += overPromotion(promotionalShare);
        churn += 0.003 * Math.max(0, postsOverSweetSpot - 1);
        churn += 0.02 * Math.max(0, -netSentiment);
        return Math.min(0.5, churn);
    }

    /** Extra churn when more than 40% of posts sell: 2% of followers per week at a 100% promotional mix. */
    static double overPromotion(double promotionalShare) {
        return 0.033 * Math.max(0, promotionalShare - 0.4);
    }
}
