/** Scenario definitions read from versioned YAML files (to come, issue 4). */
@NullMarked
package org.socialsim.scenario;

import org.jspecify.annotations.NullMarked;
