/** The rubric library: marking rubrics stored as immutable versions, authored by tutors and administrators. */
@NullMarked
package org.socialsim.rubric;

import org.jspecify.annotations.NullMarked;
