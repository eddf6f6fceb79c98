/** Persistence of attempts: one row per student and assignment, the work stored as JSON documents. */
@NullMarked
package org.socialsim.attempt.domain;

import org.jspecify.annotations.NullMarked;
