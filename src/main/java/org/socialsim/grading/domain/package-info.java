/** Stored suggestions, mark sheets, the marking decision log and the comment bank. */
@NullMarked
package org.socialsim.grading.domain;

import org.jspecify.annotations.NullMarked;
