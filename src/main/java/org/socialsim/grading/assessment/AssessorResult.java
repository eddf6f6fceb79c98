package org.socialsim.grading.assessment;

import org.socialsim.rubric.definition.AssessorName;

/** One assessor's part in a criterion's suggestion: its weight in the criterion and what it found. */
public record AssessorResult(AssessorName assessor, double weight, Assessment assessment) {}
