/**
 * What a scenario file says, as immutable records: the shared vocabulary of the scenario reader, the
 * simulation engine and the student's views. Plain Java (an architecture test keeps it so), because
 * the engine depends on it.
 *
 * <p>Units and ranges are stated on each component; the reader enforces them and
 * {@code docs/scenario-format.md} documents them for authors. YAML keys are the component names in
 * snake_case; enum values are their names in lower case.
 */
@NullMarked
package org.socialsim.scenario.definition;

import org.jspecify.annotations.NullMarked;
