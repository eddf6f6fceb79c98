package org.socialsim.grading;

/**
 * A marker's decision on one criterion.
 *
 * @param level the label of the chosen level
 * @param mark a mark inside that level's range
 * @param comment feedback for the student on this criterion (may be empty)
 * @param followsSuggestion whether the level and mark are the assessors' suggestion, accepted as it was
 */
public record CriterionMark(String level, int mark, String comment, boolean followsSuggestion) {}
