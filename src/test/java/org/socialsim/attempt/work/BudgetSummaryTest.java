package org.socialsim.attempt.work;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.socialsim.attempt.work.WorkFixtures.boosted;
import static org.socialsim.attempt.work.WorkFixtures.campaign;
import static org.socialsim.attempt.work.WorkFixtures.deal;
import static org.socialsim.attempt.work.WorkFixtures.plan;
import static org.socialsim.attempt.work.WorkFixtures.post;
import static org.socialsim.scenario.definition.Pillar.EDUCATIONAL;
import static org.socialsim.scenario.definition.Platform.INSTAGRAM;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.Budget;
import org.socialsim.simulation.plan.Plan;

class BudgetSummaryTest {

    private static final Budget BUDGET = new Budget(5000, 3000);

    @Test
    void an_empty_plan_leaves_both_budgets_whole() {
        BudgetSummary summary = BudgetSummary.of(BUDGET, Plan.empty());

        assertThat(summary.adsRemaining()).isEqualTo(5000);
        assertThat(summary.influencersRemaining()).isEqualTo(3000);
        assertThat(summary.adsOver()).isFalse();
        assertThat(summary.influencersOver()).isFalse();
    }

    @Test
    void campaigns_and_boosts_share_the_ads_budget_and_fees_come_from_the_influencer_budget() {
        Plan plan = plan(
                List.of(),
                List.of(
                        boosted(post("a", 1, MONDAY, 8, INSTAGRAM, EDUCATIONAL), 150),
                        boosted(post("b", 2, MONDAY, 8, INSTAGRAM, EDUCATIONAL), 50)),
                List.of(campaign("c1", 1200, 1, 3), campaign("c2", 800, 4, 6)),
                List.of(deal("latte-art-lucy", 2, 450), deal("study-break-zara", 3, 1000)));

        BudgetSummary summary = BudgetSummary.of(BUDGET, plan);

        assertThat(summary.campaigns()).isEqualTo(2000);
        assertThat(summary.boosts()).isEqualTo(200);
        assertThat(summary.adsCommitted()).isEqualTo(2200);
        assertThat(summary.adsRemaining()).isEqualTo(2800);
        assertThat(summary.fees()).isEqualTo(1450);
        assertThat(summary.influencersRemaining()).isEqualTo(1550);
    }

    @Test
    void committing_more_than_a_budget_is_over_and_the_remainder_goes_negative() {
        Plan plan = plan(
                List.of(),
                List.of(boosted(post("a", 1, MONDAY, 8, INSTAGRAM, EDUCATIONAL), 600)),
                List.of(campaign("c1", 4500, 1, 3)),
                List.of(deal("latte-art-lucy", 2, 2000), deal("study-break-zara", 3, 1500)));

        BudgetSummary summary = BudgetSummary.of(BUDGET, plan);

        assertThat(summary.adsOver()).isTrue();
        assertThat(summary.boostsOver()).isFalse();
        assertThat(summary.adsRemaining()).isEqualTo(-100);
        assertThat(summary.influencersOver()).isTrue();
        assertThat(summary.influencersRemaining()).isEqualTo(-500);
    }

    @Test
    void spending_the_budget_exactly_or_a_rounding_fraction_over_is_not_over() {
        Plan plan = plan(
                List.of(),
                List.of(boosted(post("a", 1, MONDAY, 8, INSTAGRAM, EDUCATIONAL), 0.1 + 0.2)),
                List.of(campaign("c1", 5000 - 0.3, 1, 3)),
                List.of(deal("latte-art-lucy", 2, 3000)));

        BudgetSummary summary = BudgetSummary.of(BUDGET, plan);

        assertThat(summary.adsOver()).isFalse();
        assertThat(summary.influencersOver()).isFalse();
    }

    @Test
    void boosts_alone_beyond_the_ads_budget_are_told_apart() {
        Plan plan = plan(
                List.of(),
                List.of(boosted(post("a", 1, MONDAY, 8, INSTAGRAM, EDUCATIONAL), 5001)),
                List.of(),
                List.of());

        assertThat(BudgetSummary.of(BUDGET, plan).boostsOver()).isTrue();
        assertThat(BudgetSummary.of(BUDGET, plan).adsOver()).isTrue();
    }

    @Test
    void the_room_for_a_changed_item_counts_its_own_amount_back() {
        Plan plan = plan(
                List.of(), List.of(), List.of(campaign("c1", 4000, 1, 3)), List.of(deal("latte-art-lucy", 2, 2500)));

        BudgetSummary summary = BudgetSummary.of(BUDGET, plan);

        assertThat(summary.adsRemainingBesides(4000)).isEqualTo(5000);
        assertThat(summary.influencersRemainingBesides(2500)).isEqualTo(3000);
    }

    @Test
    void the_listed_fee_is_the_creators_fee_per_post_times_the_posts() {
        var lucy = WorkFixtures.coldBrew().influencer("latte-art-lucy").orElseThrow();

        assertThat(BudgetSummary.listedFee(lucy, 1)).isEqualTo(450);
        assertThat(BudgetSummary.listedFee(lucy, 3)).isEqualTo(1350);
    }
}
