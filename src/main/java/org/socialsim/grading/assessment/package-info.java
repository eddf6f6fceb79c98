/**
 * The assessors and the suggested marks: plain Java (records, the simulation's results, Commons Math), no Spring, JPA
 * or Vaadin, so a suggestion is a pure function of (rubric version, scenario version, the student's work, the seed)
 * that any JVM can replay. Kept so by {@code ArchitectureTest}.
 */
@NullMarked
package org.socialsim.grading.assessment;

import org.jspecify.annotations.NullMarked;
