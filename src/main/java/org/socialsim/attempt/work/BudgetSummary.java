package org.socialsim.attempt.work;

import org.socialsim.scenario.definition.Budget;
import org.socialsim.scenario.definition.InfluencerDefinition;
import org.socialsim.simulation.plan.AdCampaign;
import org.socialsim.simulation.plan.InfluencerPartnership;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.Post;

/**
 * What a plan commits of the scenario's two budgets: ad campaigns and post boosts share the ads budget, influencer
 * fees have their own. The engine caps spend at the budget (a campaign or boost beyond it simply does not run), so a
 * plan that commits more than the budget is not refused; the student is told instead, because the posts and
 * campaigns they are counting on would quietly fall away.
 *
 * @param adsBudget the scenario's ads budget
 * @param campaigns total budget of all campaigns
 * @param boosts total boost money of all posts
 * @param influencerBudget the scenario's influencer budget
 * @param fees total fees of all influencer partnerships
 */
public record BudgetSummary(double adsBudget, double campaigns, double boosts, double influencerBudget, double fees) {

    /** Less than a penny over is rounding, not overspending. */
    private static final double TOLERANCE = 0.005;

    public static BudgetSummary of(Budget budget, Plan plan) {
        double campaigns =
                plan.campaigns().stream().mapToDouble(AdCampaign::budget).sum();
        double boosts = plan.posts().stream().mapToDouble(Post::boost).sum();
        double fees = plan.influencers().stream()
                .mapToDouble(InfluencerPartnership::fee)
                .sum();
        return new BudgetSummary(budget.ads(), campaigns, boosts, budget.influencers(), fees);
    }

    /** Campaigns and boosts together. */
    public double adsCommitted() {
        return campaigns + boosts;
    }

    /** Ads budget left after campaigns and boosts; negative when over. */
    public double adsRemaining() {
        return adsBudget - adsCommitted();
    }

    /** What the ads budget would have left without {@code amount}: the room for a campaign or boost being changed. */
    public double adsRemainingBesides(double amount) {
        return adsRemaining() + amount;
    }

    /** What the influencer budget would have left without {@code fee}: the room for a partnership being changed. */
    public double influencersRemainingBesides(double fee) {
        return influencersRemaining() + fee;
    }

    /** The fee a creator asks for {@code posts} sponsored posts: their listed fee per post, times the posts. */
    public static double listedFee(InfluencerDefinition influencer, int posts) {
        return influencer.fee() * posts;
    }

    public boolean adsOver() {
        return adsRemaining() < -TOLERANCE;
    }

    /** Boosts alone already take more than the whole ads budget. */
    public boolean boostsOver() {
        return boosts - adsBudget > TOLERANCE;
    }

    /** Influencer budget left after fees; negative when over. */
    public double influencersRemaining() {
        return influencerBudget - fees;
    }

    public boolean influencersOver() {
        return influencersRemaining() < -TOLERANCE;
    }
}
