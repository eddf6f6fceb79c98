package org.socialsim.simulation;

import org.jspecify.annotations.Nullable;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.plan.Kpi;

/**
 * How far a SMART objective has come. Flow KPIs (reach, clicks, conversions, revenue…) count
 * from week 1 to the deadline (or the last week run); rates and followers are read over that span.
 *
 * @param objective the objective's id in the plan
 * @param kpi what it measures; {@code null} when the student named no KPI
 * @param platform where; {@code null} for all platforms
 * @param baseline the student's baseline
 * @param target the student's target
 * @param measuredThroughWeek the last week measured: the deadline or the last week run
 * @param actual the KPI's value over that span (0 when there is no KPI)
 * @param progress {@code (actual − baseline) / (target − baseline)}; 1 means on target, may exceed 1
 *     or be negative; 0 when target equals baseline
 * @param met whether the target is reached (for cost KPIs and response hours: not exceeded)
 * @param deadlinePassed whether the weeks run include the deadline
 */
public record ObjectiveProgress(
        String objective,
        @Nullable Kpi kpi,
        @Nullable Platform platform,
        double baseline,
        double target,
        int measuredThroughWeek,
        double actual,
        double progress,
        boolean met,
        boolean deadlinePassed) {}
