/**
 * Agreement between markers, and between tutors and the suggested marks, and the distribution of a cohort's marks:
 * plain Java over Commons Math (no Spring, JPA or Vaadin), so every number in a moderation or cohort report can be
 * checked by hand and is tested here. Kept so by {@code ArchitectureTest}.
 */
@NullMarked
package org.socialsim.grading.agreement;

import org.jspecify.annotations.NullMarked;
