/** The simulation engine: plain Java with Commons RNG and Commons Math only, no framework imports, so any run can be replayed anywhere from (scenario version, decisions, seed). Kept so by {@code ArchitectureTest}. */
@NullMarked
package org.socialsim.simulation;

import org.jspecify.annotations.NullMarked;
