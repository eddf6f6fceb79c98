/** The marking queue, the marking view, moderation, reports and the student feedback. */
@NullMarked
package org.socialsim.grading.ui;

import org.jspecify.annotations.NullMarked;
