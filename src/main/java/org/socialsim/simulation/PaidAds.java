package org.socialsim.simulation;

import org.apache.commons.math3.special.Erf;
import org.apache.commons.rng.UniformRandomProvider;
import org.jspecify.annotations.Nullable;
import org.socialsim.scenario.definition.AdMarket;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.simulation.plan.AdObjective;
import org.socialsim.simulation.plan.BidStrategy;

/**
 * One campaign's week in the ad auction, abstracted. The week's clearing price per 1,000 impressions
 * is log-normal with its median at the midpoint of the platform's CPM range and 90% of weeks inside
 * it. Relevance (targeting fit, native format, a creative that matches the objective) divides the
 * price, as Meta's "total value" ranking rewards quality (benchmarks.md, Paid social). A bid cap wins
 * only the auctions cheaper than the cap (prices vary hour to hour, log-sd 0.35); a cost cap slows
 * delivery when results cost more than the cap. Buying more impressions into the same audience
 * saturates at a frequency of 3 a week (diminishing returns), and frequency wears the CTR down.
 * Spend never exceeds the week's budget.
 */
final class PaidAds {

    static final double HOURLY_SIGMA = 0.35;
    static final double FREQUENCY_CAP = 3;
    /** z of the 95th percentile: a CPM range spans ±1.645 sd of log price. */
    static final double Z95 = 1.6449;

    private PaidAds() {}

    /** What the campaign bought in the week. */
    record Delivery(
            double spend,
            long impressions,
            long reach,
            long clicks,
            long conversions,
            long engagements,
            double price,
            double winShare) {

        static final Delivery NONE = new Delivery(0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The audience-facing context of a campaign in a week. */
    record Context(
            double relevance,
            double audience,
            double clickPropensity,
            double conversionRate,
            double conversionFactor,
            double trust,
            double engagementPerImpression,
            double ctrClimate) {}

    /** Relevance in [0.3, 1.6]: targeting fit, native format, creative stage matching the objective. */
    static double relevance(double fit, double formatWeight, AdObjective objective, FunnelStage stage) {
        double r = (0.6 + 0.6 * fit) * Math.pow(formatWeight, 0.3) * (matches(objective, stage) ? 1 : 0.85);
        return Math.max(0.3, Math.min(1.6, r));
    }

    static boolean matches(AdObjective objective, FunnelStage stage) {
        return switch (objective) {
            case AWARENESS -> stage == FunnelStage.AWARENESS;
            case TRAFFIC -> stage == FunnelStage.CONSIDERATION || stage == FunnelStage.AWARENESS;
            case ENGAGEMENT -> stage != FunnelStage.CONVERSION;
            case LEADS -> stage == FunnelStage.CONSIDERATION || stage == FunnelStage.CONVERSION;
            case CONVERSIONS -> stage == FunnelStage.CONVERSION || stage == FunnelStage.LOYALTY;
        };
    }

    /** Log-sd of the weekly clearing price implied by the platform's CPM range. */
    static double marketSigma(AdMarket market) {
        double min = Math.max(0.01, market.cpm().min());
        return Math.max(0.05, Math.log(Math.max(min, market.cpm().max()) / min) / (2 * Z95));
    }

    static double clickObjective(AdObjective objective) {
        return switch (objective) {
            case TRAFFIC, CONVERSIONS -> 1.0;
            case LEADS -> 0.95;
            case ENGAGEMENT -> 0.6;
            case AWARENESS -> 0.45;
        };
    }

    static double conversionObjective(AdObjective objective) {
        return switch (objective) {
            case CONVERSIONS, LEADS -> 1.2;
            case TRAFFIC -> 1.0;
            case ENGAGEMENT -> 0.7;
            case AWARENESS -> 0.6;
        };
    }

    static Delivery deliver(
            UniformRandomProvider rng,
            AdMarket market,
            double weekBudget,
            AdObjective objective,
            BidStrategy strategy,
            @Nullable Double cap,
            Context context) {
        double clearing = market.cpm().mid() * Math.exp(marketSigma(market) * Draws.gaussian(rng));
        if (weekBudget <= 0 || context.audience() < 1) {
            return Delivery.NONE;
        }
        double price = clearing / context.relevance();
        double ctr = market.ctr()
                * context.clickPropensity()
                * clickObjective(objective)
                * Math.sqrt(context.relevance())
                * context.ctrClimate();
        double conversion = context.conversionRate()
                * context.conversionFactor()
                * conversionObjective(objective)
                * context.trust();
        double winShare = 1;
        double averagePrice = price;
        double spend = weekBudget;
        if (strategy == BidStrategy.BID_CAP && cap != null) {
            double k = Math.log(Math.max(1e-9, cap) / price) / HOURLY_SIGMA;
            winShare = phi(k);
            averagePrice = winShare > 1e-12
                    ? price * Math.exp(HOURLY_SIGMA * HOURLY_SIGMA / 2) * phi(k - HOURLY_SIGMA) / winShare
                    : price;
            spend = weekBudget * winShare;
        } else if (strategy == BidStrategy.COST_CAP && cap != null) {
            double perResult = costPerResult(objective, price, ctr, conversion, context.engagementPerImpression());
            if (perResult > cap) {
                winShare = Math.pow(Math.max(0, cap) / perResult, 2);
                spend = weekBudget * winShare;
            }
        }
        if (spend <= 0 || averagePrice <= 0) {
            return new Delivery(0, 0, 0, 0, 0, 0, price, winShare);
        }
        double bought = spend * 1000 / averagePrice;
        double saturation = FREQUENCY_CAP * context.audience();
        long impressions = Math.round(bought / (1 + bought / saturation));
        long reach =
                Math.min(impressions, Math.round(context.audience() * -Math.expm1(-impressions / context.audience())));
        double frequency = reach > 0 ? (double) impressions / reach : 1;
        double fatigue = 1 / (1 + 0.1 * (frequency - 1));
        long clicks = Draws.binomial(rng, impressions, Math.min(1, ctr * fatigue));
        long conversions = Draws.binomial(rng, clicks, Math.min(1, conversion));
        double engagementRate =
                context.engagementPerImpression() * context.relevance() * (objective == AdObjective.ENGAGEMENT ? 2 : 1);
        long engagements = Draws.binomial(rng, impressions, Math.min(1, engagementRate));
        return new Delivery(spend, impressions, reach, clicks, conversions, engagements, averagePrice, winShare);
    }

    static double costPerResult(AdObjective objective, double cpm, double ctr, double conversion, double engagement) {
        double perImpression = cpm / 1000;
        double result = switch (objective) {
            case AWARENESS -> 1.0 / 1000;
            case TRAFFIC -> ctr;
            case ENGAGEMENT -> engagement;
            case LEADS, CONVERSIONS -> ctr * conversion;
        };
        return result > 0 ? perImpression / result : Double.MAX_VALUE;
    }

    /** Standard normal CDF. */
    static double phi(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }
}
