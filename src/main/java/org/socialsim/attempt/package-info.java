/** A student's work on an assigned scenario: plan, objectives, personas, responses and rounds (to come, issue 6). */
@NullMarked
package org.socialsim.attempt;

import org.jspecify.annotations.NullMarked;
