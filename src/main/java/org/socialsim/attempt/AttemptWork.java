package org.socialsim.attempt;

import org.jspecify.annotations.Nullable;
import org.socialsim.simulation.SimulationRun;

/**
 * An attempt with its results, read in one go for marking.
 *
 * @param state the attempt as its pages show it
 * @param results the run of the weeks run so far, or null before week 1
 */
public record AttemptWork(AttemptState state, @Nullable SimulationRun results) {}
