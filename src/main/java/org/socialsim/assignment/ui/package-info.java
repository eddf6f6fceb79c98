/** The tutor's assignments page: set a scenario and rubric version for a cohort, and list what is set. */
@NullMarked
package org.socialsim.assignment.ui;

import org.jspecify.annotations.NullMarked;
