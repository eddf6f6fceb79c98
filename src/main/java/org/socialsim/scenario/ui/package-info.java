/** The scenario library, editor and student-eye preview, for tutors and administrators. */
@NullMarked
package org.socialsim.scenario.ui;

import org.jspecify.annotations.NullMarked;
