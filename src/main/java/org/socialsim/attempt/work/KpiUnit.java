package org.socialsim.attempt.work;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.socialsim.simulation.plan.Kpi;

/**
 * The unit a KPI is read in. The plan stores rates as fractions (0.02 = 2%) because the engine computes with them;
 * people think in percentages, so the objective builder shows and takes percentages and converts here, in one place.
 */
public enum KpiUnit {
    /** Whole things: people reached, clicks, followers. */
    COUNT,
    /** A fraction stored, a percentage shown. */
    PERCENT,
    /** An amount in the scenario's currency. */
    MONEY,
    /** A multiple, e.g. return on ad spend 3.2×. */
    RATIO,
    /** A duration in hours. */
    HOURS;

    private static final Set<Kpi> RATES = EnumSet.of(
            Kpi.ENGAGEMENT_RATE,
            Kpi.FOLLOWER_GROWTH,
            Kpi.CTR,
            Kpi.CONVERSION_RATE,
            Kpi.SHARE_OF_VOICE,
            Kpi.NET_SENTIMENT,
            Kpi.RESPONSE_RATE);

    private static final Set<Kpi> COSTS = EnumSet.of(Kpi.CPM, Kpi.CPC, Kpi.CPA, Kpi.MEDIAN_RESPONSE_HOURS);

    public static KpiUnit of(Kpi kpi) {
        if (RATES.contains(kpi)) {
            return PERCENT;
        }
        return switch (kpi) {
            case REVENUE, SPEND, CPM, CPC, CPA -> MONEY;
            case ROAS -> RATIO;
            case MEDIAN_RESPONSE_HOURS -> HOURS;
            default -> COUNT;
        };
    }

    /**
     * The value as a person reads it: a fraction becomes a percentage. Shifted in decimal, not multiplied in binary, so
     * 0.0047 shows as 0.47 and not 0.47000000000000003.
     */
    public double toShown(double stored) {
        return this == PERCENT && Double.isFinite(stored)
                ? BigDecimal.valueOf(stored).movePointRight(2).doubleValue()
                : stored;
    }

    /** The value as the plan stores it: a percentage becomes a fraction (0.47 → 0.0047 exactly as typed). */
    public double toStored(double shown) {
        return this == PERCENT && Double.isFinite(shown)
                ? BigDecimal.valueOf(shown).movePointLeft(2).doubleValue()
                : shown;
    }

    /** Costs and response times improve by going down; the engine counts them met when not exceeded. */
    public static boolean lowerIsBetter(Kpi kpi) {
        return COSTS.contains(kpi);
    }

    /**
     * Shares of a whole that cannot pass 100%: engagement, click, conversion and response rates, share of voice and
     * net sentiment (which runs from −100% to +100%). Follower growth can pass 100% (a doubling), so it is not here.
     */
    public static boolean boundedByWhole(Kpi kpi) {
        return RATES.contains(kpi) && kpi != Kpi.FOLLOWER_GROWTH;
    }

    /** Only net sentiment and follower growth (a shrinking audience) can be below zero. */
    public static boolean mayBeNegative(Kpi kpi) {
        return kpi == Kpi.NET_SENTIMENT || kpi == Kpi.FOLLOWER_GROWTH;
    }
}
