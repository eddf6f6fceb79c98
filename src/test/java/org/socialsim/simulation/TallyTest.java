package org.socialsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.EngagementDefinition;

class TallyTest {

    @Test
    void rates_without_a_denominator_are_zero_not_nan() {
        KpiValues kpis = new Tally().toKpis();
        assertThat(kpis.ctr()).isZero();
        assertThat(kpis.cpa()).isZero();
        assertThat(kpis.followerGrowth()).isZero();
        assertThat(kpis.medianResponseHours()).isZero();
    }

    @Test
    void rates_come_from_summed_counts() {
        Tally t = new Tally();
        t.posts = 2;
        t.organicReach = 1000;
        t.organicImpressions = 1500;
        t.organicEngagements = 30;
        t.followerPosts = 2 * 5000;
        t.spend = 50;
        t.paidImpressions = 10_000;
        t.paidClicks = 100;
        t.stateRate(EngagementDefinition.PER_FOLLOWER);
        KpiValues kpis = t.toKpis();
        assertThat(kpis.engagementRateByReach()).isCloseTo(0.03, within(1e-12));
        assertThat(kpis.engagementRateByImpressions()).isCloseTo(0.02, within(1e-12));
        assertThat(kpis.engagementRateByFollowers()).isCloseTo(0.003, within(1e-12));
        assertThat(kpis.engagementRate()).isEqualTo(kpis.engagementRateByFollowers());
        assertThat(kpis.cpm()).isCloseTo(5, within(1e-12));
        assertThat(kpis.cpc()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void the_median_response_time_is_the_middle_answer() {
        Tally t = new Tally();
        for (double hours : new double[] {5, 1, 30, 2}) {
            t.addResponse(hours);
        }
        assertThat(t.toKpis().medianResponseHours()).isEqualTo(3.5);
        t.addResponse(0.5);
        assertThat(t.toKpis().medianResponseHours()).isEqualTo(2);
    }

    @Test
    void sentiment_shares_add_up_and_net_is_positive_minus_negative() {
        Tally t = new Tally();
        t.positive = 50;
        t.neutral = 30;
        t.negative = 20;
        KpiValues kpis = t.toKpis();
        assertThat(kpis.positiveShare() + kpis.neutralShare() + kpis.negativeShare())
                .isCloseTo(1, within(1e-12));
        assertThat(kpis.netSentiment()).isCloseTo(0.3, within(1e-12));
        assertThat(kpis.mentions()).isEqualTo(100);
    }
}
