/**
 * Scenario files: {@link org.socialsim.scenario.io.ScenarioReader} turns YAML into a
 * {@link org.socialsim.scenario.definition.ScenarioDefinition} or every located problem of the file,
 * {@link org.socialsim.scenario.io.ScenarioWriter} turns a definition back into the same format.
 * Plain Java, so the command line and tests use them without Spring.
 */
@NullMarked
package org.socialsim.scenario.io;

import org.jspecify.annotations.NullMarked;
