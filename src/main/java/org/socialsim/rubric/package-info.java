/** Marking rubrics read from versioned YAML files (to come, issue 4). */
@NullMarked
package org.socialsim.rubric;

import org.jspecify.annotations.NullMarked;
