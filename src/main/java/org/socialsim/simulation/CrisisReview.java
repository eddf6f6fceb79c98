package org.socialsim.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.socialsim.scenario.definition.ResponsibilityCluster;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.CrisisResponse;
import org.socialsim.simulation.plan.CrisisStrategy;
import org.socialsim.simulation.plan.Kpi;

/**
 * Explains a crisis response by its alternatives, each computed on the crisis's expected path: the
 * strategy SCCT fits to the responsibility, a first statement within the hour, promotion paused,
 * the statement on every platform. Noise never enters these comparisons.
 */
final class CrisisReview {

    private CrisisReview() {}

    /** What the crisis response cost against a fast, fitting response on every channel with promotion paused. */
    static List<Explanation> review(Crisis crisis, ScenarioDefinition scenario) {
        List<Explanation> events = new ArrayList<>();
        CrisisResponse response = crisis.response;
        var cluster = crisis.cluster;
        double actual = crisis.expectedNegative(crisis.effectiveness, crisis.responseHour, crisis.promotionRunning);
        double best = Crisis.bestFit(cluster);
        double ideal =
                crisis.expectedNegative(Crisis.effectiveness(idealResponse(scenario), best, 1, 1, false), 1, false);
        String clusterName = Explainer.name(cluster);
        if (response == null) {
            events.add(new Explanation(
                    "crisis-silence",
                    Kpi.NET_SENTIMENT,
                    null,
                    Explainer.effect(actual, ideal),
                    "The brand never answered the crisis: negative mentions ran " + times(actual, ideal)
                            + " those of a fast, fitting response, and trust fell."));
            return events;
        }
        double withBestStrategy = crisis.expectedNegative(
                Crisis.effectiveness(response, best, crisis.speed, crisis.coverage, crisis.promotionRunning),
                crisis.responseHour,
                crisis.promotionRunning);
        if (crisis.fit < best - 1e-9) {
            String advice = cluster == ResponsibilityCluster.PREVENTABLE
                    ? "a preventable crisis calls for rebuilding (apology, compensation)"
                    : "this crisis calls for "
                            + (cluster == ResponsibilityCluster.VICTIM
                                    ? "instructing and adjusting information"
                                    : "diminishing or rebuilding");
            events.add(new Explanation(
                    "crisis-strategy",
                    Kpi.NET_SENTIMENT,
                    null,
                    Explainer.effect(actual, withBestStrategy),
                    "Negative mentions " + Explainer.percent(Explainer.effect(actual, withBestStrategy))
                            + " against the fitting strategy: you chose to "
                            + response.strategy().name().toLowerCase(Locale.ROOT) + ", but the public holds the brand "
                            + (cluster == ResponsibilityCluster.VICTIM
                                    ? "hardly"
                                    : cluster == ResponsibilityCluster.ACCIDENTAL ? "partly" : "fully")
                            + " responsible (" + clusterName + " cluster"
                            + (scenario.crisis().priorIncidents() ? ", raised by past incidents" : "") + "); " + advice
                            + "."));
        }
        if (crisis.responseHour > 1) {
            double fast = crisis.expectedNegative(
                    Crisis.effectiveness(response, crisis.fit, 1, crisis.coverage, crisis.promotionRunning),
                    1,
                    crisis.promotionRunning);
            double effect = Explainer.effect(actual, fast);
            if (effect >= Explainer.THRESHOLD) {
                events.add(
                        new Explanation(
                                "crisis-speed",
                                Kpi.NET_SENTIMENT,
                                null,
                                effect,
                                "Negative mentions " + Explainer.percent(effect)
                                        + " against answering within the hour: your first statement came after "
                                        + Explainer.hours(crisis.responseHour)
                                        + "; 53% of people expect an answer within an hour, and the story grew in the silence."));
            }
        }
        if (crisis.promotionRunning) {
            double paused = crisis.expectedNegative(
                    Crisis.effectiveness(response, crisis.fit, crisis.speed, crisis.coverage, false),
                    crisis.responseHour,
                    false);
            events.add(
                    new Explanation(
                            "crisis-promotion",
                            Kpi.NET_SENTIMENT,
                            null,
                            Explainer.effect(actual, paused),
                            "Negative mentions " + Explainer.percent(Explainer.effect(actual, paused))
                                    + ": promotional posts and ads kept running during the crisis and looked tone-deaf; pause scheduled promotion when a crisis breaks."));
        }
        if (crisis.coverage < 0.999) {
            double everywhere = crisis.expectedNegative(
                    Crisis.effectiveness(response, crisis.fit, crisis.speed, 1, crisis.promotionRunning),
                    crisis.responseHour,
                    crisis.promotionRunning);
            double effect = Explainer.effect(actual, everywhere);
            if (Math.abs(effect) >= Explainer.THRESHOLD) {
                events.add(new Explanation(
                        "crisis-channels",
                        Kpi.NET_SENTIMENT,
                        null,
                        effect,
                        "Negative mentions " + Explainer.percent(effect) + ": your statement reached only "
                                + Math.round(crisis.coverage * 100)
                                + "% of your followers' platforms; answer where the conversation is."));
            }
        }
        return events;
    }

    private static CrisisResponse idealResponse(ScenarioDefinition scenario) {
        return new CrisisResponse(
                1,
                CrisisStrategy.REBUILD,
                false,
                List.copyOf(scenario.platforms().keySet()),
                "",
                true,
                List.of());
    }

    private static String times(double actual, double ideal) {
        return ideal > 0 ? String.format(Locale.ROOT, "%.1f×", actual / ideal) : "far above";
    }
}
