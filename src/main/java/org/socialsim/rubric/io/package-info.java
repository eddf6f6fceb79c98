/**
 * Rubric files: {@link org.socialsim.rubric.io.RubricReader} turns YAML into a
 * {@link org.socialsim.rubric.definition.RubricDefinition} or every located problem of the file,
 * {@link org.socialsim.rubric.io.RubricWriter} turns a definition back into the same format. Plain
 * Java, so the command line and tests use them without Spring.
 */
@NullMarked
package org.socialsim.rubric.io;

import org.jspecify.annotations.NullMarked;
