package org.socialsim.simulation;

import org.socialsim.scenario.definition.ResponsibilityCluster;
import org.socialsim.simulation.plan.CrisisStrategy;

/** The engine's crisis rules (SCCT, Coombs) that the crisis room and the grading need to agree with. */
public final class CrisisRules {

    private CrisisRules() {}

    /** The cluster the public attributes: a history of similar crises raises it one step. */
    public static ResponsibilityCluster attributed(ResponsibilityCluster cluster, boolean priorIncidents) {
        return Crisis.attributed(cluster, priorIncidents);
    }

    /** How well {@code strategy} fits {@code cluster}, in [−1, 1]; negative when it backfires (denial when to blame). */
    public static double strategyFit(ResponsibilityCluster cluster, CrisisStrategy strategy) {
        return Crisis.strategyFit(cluster, strategy);
    }

    /** The fit of the best strategy for {@code cluster}. */
    public static double bestFit(ResponsibilityCluster cluster) {
        return Crisis.bestFit(cluster);
    }
}
