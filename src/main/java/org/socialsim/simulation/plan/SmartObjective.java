package org.socialsim.simulation.plan;

import org.jspecify.annotations.Nullable;
import org.socialsim.scenario.definition.Platform;

/**
 * A SMART objective as the student set it. Fields may be missing: the grading says what is missing.
 *
 * @param id unique within the plan
 * @param statement the objective in the student's words
 * @param kpi what it measures; {@code null} when the student named none (not Measurable)
 * @param platform where; {@code null} for all platforms together
 * @param baseline the value at the start (a fraction for rates: 0.02 = 2%)
 * @param target the value to reach by the deadline
 * @param deadlineWeek the week by which; {@code null} when none (not Time-bound)
 * @param businessObjective id of the scenario's business objective it serves; {@code null} when none
 */
public record SmartObjective(
        String id,
        String statement,
        @Nullable Kpi kpi,
        @Nullable Platform platform,
        double baseline,
        double target,
        @Nullable Integer deadlineWeek,
        @Nullable String businessObjective) {}
