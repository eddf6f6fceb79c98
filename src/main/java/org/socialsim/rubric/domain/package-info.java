/** Stored rubric versions: immutable rows, one per distinct text of a rubric id. */
@NullMarked
package org.socialsim.rubric.domain;

import org.jspecify.annotations.NullMarked;
