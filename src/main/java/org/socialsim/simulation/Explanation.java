package org.socialsim.simulation;

import org.jspecify.annotations.Nullable;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.plan.Kpi;

/**
 * One reason a KPI came out as it did: the engine's teaching voice. The sentence is plain English;
 * the app may show a translation keyed by {@code factor}.
 *
 * @param factor a stable id of the cause ({@code timing}, {@code format}, {@code crisis-strategy}…)
 * @param kpi the KPI it moved
 * @param platform the platform, or {@code null} for the brand as a whole
 * @param effect the relative change it caused against a competent counterpart, e.g. −0.38 for −38%
 * @param sentence what happened and why, for the student
 */
public record Explanation(String factor, Kpi kpi, @Nullable Platform platform, double effect, String sentence) {}
