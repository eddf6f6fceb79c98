package org.socialsim.scenario.definition;

/**
 * The brand students run.
 *
 * @param name the brand's name (1..80 characters)
 * @param industry its industry, in a few words (1..80 characters)
 * @param voice its tone of voice, guidance for replies and captions (1..500 characters)
 * @param mentionsPerWeek organic mentions of the brand per week before the campaign, an integer in
 *     [0, 10,000,000]; the baseline for share of voice
 */
public record Brand(String name, String industry, String voice, int mentionsPerWeek) {}
