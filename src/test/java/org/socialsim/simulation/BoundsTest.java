package org.socialsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.Plan;

/** Whatever a student plans, the KPIs stay possible: no NaN, no negative counts, rates in range, spend within budget. */
class BoundsTest {

    static final int PLANS = 2000;

    @Test
    void thousands_of_random_plans_give_only_possible_kpis() {
        ScenarioDefinition scenario = Scenarios.coldBrew();
        var rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20_260_101L);
        SimulationEngine engine = new SimulationEngine();
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < PLANS && violations.size() < 20; i++) {
            Plan plan = RandomPlans.draw(scenario, rng);
            String name = "plan " + i;
            SimulationRun run = engine.run(scenario, plan, i);
            check(scenario, "plan " + i + " totals", run.totals(), violations);
            double fees = 0;
            for (WeekResult week : run.weeks()) {
                check(scenario, "plan " + i + " week " + week.week(), week.totals(), violations);
                week.platforms()
                        .forEach((platform, kpis) ->
                                check(scenario, name + " week " + week.week() + " " + platform, kpis, violations));
                fees += week.totals().influencerFees();
                if (week.crisis() != null) {
                    week.crisis().hours().forEach(h -> {
                        if (h.mentions() < 0 || h.negativeShare() < 0 || h.negativeShare() > 1) {
                            violations.add(name + " crisis hour " + h);
                        }
                    });
                }
            }
            run.objectives().forEach(o -> {
                if (!Double.isFinite(o.actual()) || !Double.isFinite(o.progress())) {
                    violations.add("objective " + o);
                }
            });
            if (fees > scenario.budget().influencers() + 1e-6) {
                violations.add("plan " + i + " paid influencers " + fees);
            }
            for (var explanation : run.explanations()) {
                if (!Double.isFinite(explanation.effect())
                        || explanation.sentence().isBlank()) {
                    violations.add("plan " + i + " explanation " + explanation);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    static void check(ScenarioDefinition scenario, String where, KpiValues k, List<String> violations) {
        for (Kpi kpi : Kpi.values()) {
            if (!Double.isFinite(k.value(kpi))) {
                violations.add(where + ": " + kpi + " = " + k.value(kpi));
            }
        }
        long[] counts = {
            k.posts(),
            k.reach(),
            k.impressions(),
            k.engagements(),
            k.likes(),
            k.organicReach(),
            k.organicImpressions(),
            k.organicEngagements(),
            k.linkClicks(),
            k.conversions(),
            k.directConversions(),
            k.paidImpressions(),
            k.paidClicks(),
            k.paidConversions(),
            k.followersStart(),
            k.followers(),
            k.newFollowers(),
            k.lostFollowers(),
            k.mentions(),
            k.competitorMentions(),
            k.negativeReach(),
            k.messages(),
            k.messagesNeedingReply(),
            k.replied()
        };
        for (long count : counts) {
            if (count < 0) {
                violations.add(where + ": negative count in " + k);
                break;
            }
        }
        double[] rates = {
            k.engagementRate(),
            k.engagementRateByReach(),
            k.engagementRateByImpressions(),
            k.ctr(),
            k.conversionRate(),
            k.shareOfVoice(),
            k.positiveShare(),
            k.neutralShare(),
            k.negativeShare(),
            k.responseRate()
        };
        for (double rate : rates) {
            if (rate < 0 || rate > 1) {
                violations.add(where + ": rate outside [0, 1] in " + k);
                break;
            }
        }
        if (k.netSentiment() < -1 || k.netSentiment() > 1) {
            violations.add(where + ": net sentiment " + k.netSentiment());
        }
        if (k.engagements() > k.impressions()
                || k.organicEngagements() > k.organicImpressions()
                || k.likes() > k.engagements()) {
            violations.add(where + ": more engagements than impressions in " + k);
        }
        if (k.linkClicks() > k.impressions() || k.paidClicks() > k.paidImpressions()) {
            violations.add(where + ": more clicks than impressions in " + k);
        }
        if (k.conversions() > k.linkClicks() + k.directConversions() || k.paidConversions() > k.paidClicks()) {
            violations.add(where + ": more conversions than clicks plus direct in " + k);
        }
        if (k.spend() < 0 || k.spend() > scenario.budget().ads() + 1e-6) {
            violations.add(where + ": spend " + k.spend() + " outside the ads budget");
        }
        if (k.replied() > k.messagesNeedingReply() || k.messagesNeedingReply() > k.messages()) {
            violations.add(where + ": more replies than messages in " + k);
        }
        if (k.reach() > k.impressions()) {
            violations.add(where + ": reach above impressions in " + k);
        }
    }
}
