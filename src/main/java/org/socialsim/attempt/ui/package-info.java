/** The student's views. */
@NullMarked
package org.socialsim.attempt.ui;

import org.jspecify.annotations.NullMarked;
