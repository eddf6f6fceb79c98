/**
 * Grading (issue 7): the assessors' suggested marks ({@code grading.assessment}), tutors' mark sheets with every
 * decision recorded, blind second marking and moderation, release to students, and the comment bank. The root holds
 * the service and the records the views show.
 */
@NullMarked
package org.socialsim.grading;

import org.jspecify.annotations.NullMarked;
