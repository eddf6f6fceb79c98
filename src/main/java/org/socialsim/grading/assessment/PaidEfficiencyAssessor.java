package org.socialsim.grading.assessment;

import static org.socialsim.grading.assessment.ContentWords.and;
import static org.socialsim.grading.assessment.ContentWords.exactMoney;
import static org.socialsim.grading.assessment.ContentWords.money;
import static org.socialsim.grading.assessment.ContentWords.name;
import static org.socialsim.grading.assessment.ContentWords.percent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialsim.attempt.work.BudgetSummary;
import org.socialsim.scenario.definition.AdMarket;
import org.socialsim.scenario.definition.ConversionKind;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.AudienceModel;
import org.socialsim.simulation.Explanation;
import org.socialsim.simulation.KpiValues;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.plan.AdCampaign;
import org.socialsim.simulation.plan.Persona;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.Post;

/**
 * {@code paid_efficiency}: what the paid plan (campaigns and boosted posts) bought for its money, how much of the ads
 * budget it used, whom it targeted and how it bid.
 *
 * <p>Score: {@code (0.40 × efficiency + 0.40 × targeting + 0.20 × bidding) × (0.4 + 0.6 × budget use)}, so a plan that
 * leaves most of the budget idle cannot score well however cheaply it bought. Efficiency (from the simulated weeks) is
 * {@code 0.6 × return + 0.4 × price}: return is 0 at a return on ad spend of 0.5 rising to 1 at {@link #TARGET_ROAS}
 * (for lead and sign-up scenarios the same figure is the leads' value per unit spent); price is the market's typical
 * cost per click (the midpoint of the scenario's CPM range over its ad CTR, weighted by where the money went) over the
 * plan's, 0 at half the market's value per click, 1 at the market or better. Targeting is {@code 0.8 ×} the share of
 * paid money aimed at the student's personas {@code + 0.2 ×} the share of campaign money whose objective matches the
 * creative's journey stage. Bidding is the share of campaign money whose bid cap or cost cap did not leave budget
 * unspent. Budget use is 1 from {@link #FULL_USE} of the ads budget committed up to the budget, falling linearly to 0
 * at nothing committed, and 0.85 when more than the budget is committed (the engine drops what does not fit, so
 * overspending cannot happen, but the plan counted on posts and campaigns that never ran). Without simulated weeks the
 * efficiency term is left out and the others rescaled. A plan with no campaign and no boost scores 0.
 */
final class PaidEfficiencyAssessor implements Assessor {

    /** A return of 2 per unit spent covers product cost and margin for a small brand: the "good" ROAS of the course. */
    static final double TARGET_ROAS = 2.0;

    /** Committing less than this share of the budget leaves paid reach on the table. */
    static final double FULL_USE = 0.6;

    @Override
    public Assessment assess(Submission submission, AssessorParameters parameters) {
        ScenarioDefinition scenario = submission.scenario();
        Plan plan = submission.plan();
        String currency = scenario.currency();
        BudgetSummary budget = BudgetSummary.of(scenario.budget(), plan);
        List<AdCampaign> campaigns = plan.campaigns();
        List<Post> boosted = plan.posts().stream().filter(p -> p.boost() > 0).toList();
        if (campaigns.isEmpty() && boosted.isEmpty()) {
            return new Assessment(
                    0,
                    List.of(EvidenceLine.gap("There is no paid activity at all: no campaign and no boosted post, though"
                            + " the brief gives " + money(scenario.budget().ads(), currency)
                            + " for ads. Plan at least one campaign aimed at your personas.")));
        }
        List<EvidenceLine> evidence = new ArrayList<>();
        SimulationRun results = submission.results();
        Double efficiency = null;
        if (results != null && results.totals().spend() > 0) {
            efficiency = efficiency(scenario, results, evidence);
        } else if (results == null) {
            evidence.add(EvidenceLine.note("No week has been run, so what the paid plan bought cannot be judged yet."));
        }

        double committed = budget.adsBudget() > 0 ? budget.adsCommitted() / budget.adsBudget() : 1;
        double use;
        String commitment = "Campaigns and boosts commit " + money(budget.adsCommitted(), currency) + " of the "
                + money(budget.adsBudget(), currency) + " ads budget (" + percent(committed) + ")";
        if (budget.adsOver()) {
            use = 0.85;
            evidence.add(EvidenceLine.gap(commitment + ": the campaigns and boosts that do not fit will not run;"
                    + " trim them so every one you count on is paid for."));
        } else if (committed < FULL_USE) {
            use = committed / FULL_USE;
            evidence.add(EvidenceLine.gap(
                    commitment + ": put more of it to work behind your best posts and" + " audiences."));
        } else {
            use = 1;
            evidence.add(EvidenceLine.strength(commitment + "."));
        }

        Set<String> personas = plan.personas().stream().map(Persona::id).collect(Collectors.toSet());
        double paidMoney = budget.adsCommitted();
        double targetedMoney = 0;
        double campaignMoney = 0;
        double fittingMoney = 0;
        List<String> broad = new ArrayList<>();
        for (AdCampaign campaign : campaigns) {
            campaignMoney += campaign.budget();
            if (campaign.personas().stream().anyMatch(personas::contains)) {
                targetedMoney += campaign.budget();
            } else {
                broad.add("'" + campaign.name() + "'");
            }
            if (AudienceModel.objectiveFits(campaign.objective(), campaign.stage())) {
                fittingMoney += campaign.budget();
            }
        }
        for (Post post : boosted) {
            if (post.persona() != null && personas.contains(post.persona())) {
                targetedMoney += post.boost();
            }
        }
        double targeted = paidMoney > 0 ? targetedMoney / paidMoney : 0;
        double fitting = campaignMoney > 0 ? fittingMoney / campaignMoney : 1;
        double targeting = 0.8 * targeted + 0.2 * fitting;
        if (!broad.isEmpty()) {
            evidence.add(EvidenceLine.gap(
                    broad.size() == 1
                            ? broad.getFirst()
                                    + " targets no persona, so it pays for people outside your audience: aim it at"
                                    + " the personas it is for."
                            : and(broad)
                                    + " target no persona, so they pay for people outside your audience: aim them at the"
                                    + " personas they are for."));
        } else if (!campaigns.isEmpty()) {
            evidence.add(EvidenceLine.strength("Every campaign targets your personas."));
        }
        if (fitting < 1) {
            AdCampaign example = campaigns.stream()
                    .filter(c -> !AudienceModel.objectiveFits(c.objective(), c.stage()))
                    .findFirst()
                    .orElseThrow();
            evidence.add(EvidenceLine.gap("'" + example.name() + "' optimises for " + name(example.objective())
                    + " with a creative aimed at " + name(example.stage())
                    + ": match the creative to what the campaign buys."));
        }

        double bidding = 1;
        if (results != null && campaignMoney > 0) {
            double held = 0;
            Explanation worst = null;
            for (AdCampaign campaign : campaigns) {
                List<Explanation> capped = results.explanations().stream()
                        .filter(e -> e.factor().equals("bid-cap")
                                && e.sentence().startsWith("Campaign " + campaign.name() + " "))
                        .toList();
                if (!capped.isEmpty()) {
                    held += campaign.budget();
                    if (worst == null || capped.getFirst().effect() < worst.effect()) {
                        worst = capped.getFirst();
                    }
                }
            }
            bidding = 1 - held / campaignMoney;
            if (worst != null) {
                evidence.add(EvidenceLine.gap(worst.sentence() + " Raise the cap or bid for the lowest cost."));
            }
        }

        double quality = efficiency == null
                ? (0.40 * targeting + 0.20 * bidding) / 0.60
                : 0.40 * efficiency + 0.40 * targeting + 0.20 * bidding;
        double score = quality * (0.4 + 0.6 * use);
        return new Assessment(
                ContentWords.score(score), evidence.stream().limit(6).toList());
    }

    /** Return and price of the simulated weeks; adds the lines that say so. */
    private static double efficiency(ScenarioDefinition scenario, SimulationRun results, List<EvidenceLine> evidence) {
        String currency = scenario.currency();
        KpiValues totals = results.totals();
        double roas = totals.roas();
        double returnCredit = ContentWords.clamp((roas - 0.5) / (TARGET_ROAS - 0.5));
        boolean leads = scenario.conversion() == ConversionKind.LEAD || scenario.conversion() == ConversionKind.SIGNUP;
        String unit = switch (scenario.conversion()) {
            case SALE -> "sale";
            case LEAD -> "lead";
            case SIGNUP -> "sign-up";
            case BOOKING -> "booking";
        };
        String bought = "Paid spend of " + money(totals.spend(), currency) + " over " + results.weeksRun()
                + " weeks brought " + totals.paidConversions() + " " + unit + (totals.paidConversions() == 1 ? "" : "s")
                + (totals.paidConversions() > 0 ? " at " + exactMoney(totals.cpa(), currency) + " each" : "")
                + (leads
                        ? String.format(Locale.ROOT, ", worth %.1f times the spend", roas)
                        : String.format(Locale.ROOT, " (ROAS %.1f)", roas));
        if (returnCredit >= 0.7) {
            evidence.addFirst(EvidenceLine.strength(bought + "."));
        } else {
            evidence.addFirst(EvidenceLine.gap(bought + ": below the " + String.format(Locale.ROOT, "%.0f", TARGET_ROAS)
                    + " a paid plan should return; move money to the campaigns and audiences that convert."));
        }
        double marketCostPerClick = 0;
        double spendSeen = 0;
        for (var entry : results.platforms().entrySet()) {
            Platform platform = entry.getKey();
            if (entry.getValue().spend() > 0 && scenario.platforms().containsKey(platform)) {
                AdMarket market = scenario.platform(platform).ads();
                double perClick = market.ctr() > 0 ? market.cpm().mid() / 1000 / market.ctr() : 0;
                marketCostPerClick += perClick * entry.getValue().spend();
                spendSeen += entry.getValue().spend();
            }
        }
        marketCostPerClick = spendSeen > 0 ? marketCostPerClick / spendSeen : 0;
        double priceCredit;
        if (totals.paidClicks() == 0 || marketCostPerClick <= 0) {
            priceCredit = 0;
            evidence.add(EvidenceLine.gap("The paid plan bought no clicks: use a traffic, lead or conversion objective"
                    + " with a creative that invites a click."));
        } else {
            double ratio = marketCostPerClick / totals.cpc();
            priceCredit = ContentWords.clamp((ratio - 0.5) / 0.5);
            String price = "Your cost per click of " + exactMoney(totals.cpc(), currency)
                    + " against the market's typical " + exactMoney(marketCostPerClick, currency);
            evidence.add(
                    ratio >= 1
                            ? EvidenceLine.strength(
                                    price + ": well-targeted ads in native formats buy attention cheaply.")
                            : EvidenceLine.gap(price + ": tighter targeting and native formats lower the price."));
        }
        return 0.6 * returnCredit + 0.4 * priceCredit;
    }
}
