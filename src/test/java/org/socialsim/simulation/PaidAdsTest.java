package org.socialsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.AdMarket;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.Range;
import org.socialsim.simulation.plan.AdObjective;
import org.socialsim.simulation.plan.BidStrategy;

class PaidAdsTest {

    private final AdMarket market = new AdMarket(new Range(6, 12), 0.009);

    private static PaidAds.Context context(double relevance) {
        return new PaidAds.Context(relevance, 50_000, 1, 0.03, 1, 1, 0.002, 1);
    }

    private PaidAds.Delivery deliver(long seed, double budget, BidStrategy strategy, Double cap, double relevance) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        return PaidAds.deliver(rng, market, budget, AdObjective.TRAFFIC, strategy, cap, context(relevance));
    }

    @Test
    void spend_never_exceeds_the_weeks_budget_whatever_the_strategy() {
        for (long seed = 0; seed < 500; seed++) {
            for (BidStrategy strategy : BidStrategy.values()) {
                PaidAds.Delivery delivery = deliver(seed, 300, strategy, seed % 30 + 0.5, 0.3 + seed % 13 / 10.0);
                assertThat(delivery.spend()).isBetween(0.0, 300.0);
                assertThat(delivery.clicks()).isLessThanOrEqualTo(delivery.impressions());
                assertThat(delivery.conversions()).isLessThanOrEqualTo(delivery.clicks());
                assertThat(delivery.reach()).isLessThanOrEqualTo(delivery.impressions());
            }
        }
    }

    @Test
    void lowest_cost_spends_the_budget_at_about_the_market_price() {
        double cpm = 0;
        for (long seed = 0; seed < 2000; seed++) {
            PaidAds.Delivery delivery = deliver(seed, 100, BidStrategy.LOWEST_COST, null, 1);
            assertThat(delivery.spend()).isEqualTo(100);
            cpm += delivery.price() / 2000;
        }
        assertThat(cpm).isCloseTo(market.cpm().mid(), within(0.5));
    }

    @Test
    void a_bid_cap_below_the_market_wins_few_auctions() {
        PaidAds.Delivery low = deliver(1, 100, BidStrategy.BID_CAP, 3.0, 1);
        PaidAds.Delivery high = deliver(1, 100, BidStrategy.BID_CAP, 40.0, 1);
        assertThat(low.winShare()).isLessThan(0.2);
        assertThat(low.spend()).isLessThan(20);
        assertThat(high.winShare()).isGreaterThan(0.95);
        assertThat(high.price()).isLessThanOrEqualTo(40);
    }

    @Test
    void a_cost_cap_below_the_cost_per_result_slows_delivery() {
        // At a CPM near 9 and a CTR near 0.9% a click costs about 1.
        assertThat(deliver(2, 100, BidStrategy.COST_CAP, 0.15, 1).spend()).isLessThan(20);
        assertThat(deliver(2, 100, BidStrategy.COST_CAP, 5.0, 1).spend()).isEqualTo(100);
    }

    @Test
    void relevance_buys_cheaper_impressions() {
        assertThat(deliver(3, 100, BidStrategy.LOWEST_COST, null, 1.3).price())
                .isLessThan(deliver(3, 100, BidStrategy.LOWEST_COST, null, 0.7).price());
        assertThat(PaidAds.relevance(0.9, 1.4, AdObjective.CONVERSIONS, FunnelStage.CONVERSION))
                .isGreaterThan(PaidAds.relevance(0.2, 0.7, AdObjective.CONVERSIONS, FunnelStage.AWARENESS));
    }

    @Test
    void doubling_the_budget_less_than_doubles_the_impressions_into_the_same_audience() {
        long once = deliver(4, 2000, BidStrategy.LOWEST_COST, null, 1).impressions();
        long twice = deliver(4, 4000, BidStrategy.LOWEST_COST, null, 1).impressions();
        assertThat(twice).isGreaterThan(once).isLessThan(2 * once);
    }

    @Test
    void the_cpm_range_holds_ninety_percent_of_weekly_prices() {
        assertThat(PaidAds.marketSigma(market)).isCloseTo(Math.log(2) / (2 * PaidAds.Z95), within(1e-12));
        assertThat(PaidAds.phi(0)).isCloseTo(0.5, within(1e-12));
        assertThat(PaidAds.phi(PaidAds.Z95)).isCloseTo(0.95, within(1e-4));
    }
}
