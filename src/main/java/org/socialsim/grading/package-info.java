/** Assessors, suggested marks, tutor marking and moderation (to come, issue 7). */
@NullMarked
package org.socialsim.grading;

import org.jspecify.annotations.NullMarked;
