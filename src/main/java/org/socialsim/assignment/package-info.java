/**
 * Assignments: a tutor sets a scenario version and a rubric version for a cohort they teach, with an opening time and
 * a deadline. The versions are pinned, so later edits of the scenario or rubric never change what students work on.
 */
@NullMarked
package org.socialsim.assignment;

import org.jspecify.annotations.NullMarked;
