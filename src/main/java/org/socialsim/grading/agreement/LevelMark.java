package org.socialsim.grading.agreement;

/**
 * One marker's (or the suggestion's) decision on one criterion, as moderation and the reports compare them.
 *
 * @param level the label of the level, as the rubric names it
 * @param mark the mark inside that level's range
 */
public record LevelMark(String level, int mark) {}
