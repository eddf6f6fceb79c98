/**
 * What a rubric file says, as immutable records. Plain Java, because the (pure) assessors read it.
 * Units and ranges are on each component; {@code docs/rubric-format.md} documents them for authors.
 */
@NullMarked
package org.socialsim.rubric.definition;

import org.jspecify.annotations.NullMarked;
