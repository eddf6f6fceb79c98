/**
 * A student's written work beside the plan (situational analysis, evaluation) and the pure rules of an attempt: which
 * parts of a plan are frozen once weeks have run, and what a submission still lacks. Plain Java, no Spring or JPA, so
 * the grading (issue 7) can read the same records.
 */
@NullMarked
package org.socialsim.attempt.work;

import org.jspecify.annotations.NullMarked;
