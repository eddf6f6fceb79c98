/** Stored assignments: a cohort, the scenario and rubric versions it is pinned to, and its dates. */
@NullMarked
package org.socialsim.assignment.domain;

import org.jspecify.annotations.NullMarked;
