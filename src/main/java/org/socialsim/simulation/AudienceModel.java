package org.socialsim.simulation;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.AdObjective;
import org.socialsim.simulation.plan.CallToAction;

/**
 * The engine's picture of a scenario's audience, read-only, for judging a plan against the same model that produced
 * its results (the grading assessors): when each platform's audience is online, what it wants to see, and which calls
 * to action and campaign objectives the funnel treats as fitting a journey stage. It exposes the hidden segments only
 * as per-platform mixtures, never by name.
 */
public final class AudienceModel {

    private final ScenarioTables tables;

    private AudienceModel(ScenarioTables tables) {
        this.tables = tables;
    }

    public static AudienceModel of(ScenarioDefinition scenario) {
        return new AudienceModel(new ScenarioTables(scenario));
    }

    /**
     * How many of the platform's audience are online at that hour, relative to the busiest hour of the week (1); 0 for
     * a platform the scenario does not have.
     */
    public double activity(Platform platform, DayOfWeek day, int hour) {
        return tables.activity[platform.ordinal()][day.getValue() - 1][Math.floorMod(hour, 24)];
    }

    /** The activity of the busiest hour of that day: what a well-timed post on that day would meet. */
    public double bestOfDay(Platform platform, DayOfWeek day) {
        return tables.bestOfDay[platform.ordinal()][day.getValue() - 1];
    }

    /** The platform audience's appetite per content pillar, summing to 1 (empty for a platform the scenario lacks). */
    public Map<Pillar, Double> interests(Platform platform) {
        Map<Pillar, Double> interests = new EnumMap<>(Pillar.class);
        if (tables.present[platform.ordinal()]) {
            for (Pillar pillar : Pillar.values()) {
                interests.put(pillar, tables.interest[platform.ordinal()][pillar.ordinal()]);
            }
        }
        return interests;
    }

    /** The day and hour the platform's audience is most active, e.g. "Tuesday 21:00", as the engine's explanations say it. */
    public String busiestHour(Platform platform) {
        return Explainer.busiestHour(tables, platform.ordinal());
    }

    /** Whether the funnel treats a call to action as suiting a journey stage (a "shop now" to strangers does not). */
    public static boolean callToActionFits(CallToAction callToAction, FunnelStage stage) {
        return Funnel.fits(callToAction, stage);
    }

    /** Whether the ad auction treats a campaign objective as matching the stage its creative speaks to. */
    public static boolean objectiveFits(AdObjective objective, FunnelStage stage) {
        return PaidAds.matches(objective, stage);
    }

    /** A platform, format or pillar as the engine's explanations write it: "TikTok", "short video", "educational". */
    public static String name(Enum<?> value) {
        return Explainer.name(value);
    }
}
