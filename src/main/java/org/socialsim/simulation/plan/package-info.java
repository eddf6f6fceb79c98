/**
 * A student's decisions — the plan the engine turns into KPIs. Plain values: the app stores them,
 * a tutor downloads them as YAML or JSON, and the command line replays them.
 */
@NullMarked
package org.socialsim.simulation.plan;

import org.jspecify.annotations.NullMarked;
