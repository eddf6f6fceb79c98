/** The rubric editor and preview, for tutors and administrators; rubrics are listed in the content library. */
@NullMarked
package org.socialsim.rubric.ui;

import org.jspecify.annotations.NullMarked;
