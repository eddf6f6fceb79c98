package org.socialsim.simulation.plan;

import org.socialsim.scenario.definition.Format;

/**
 * Paying an influencer from the scenario's pool to post.
 *
 * @param influencer the influencer's id in the scenario
 * @param week the week the posts go out
 * @param posts number of sponsored posts (deliverables), at least 1
 * @param format the format of the posts
 * @param fee total fee agreed, in the scenario's currency, from the influencer budget
 * @param disclosed whether the posts are labelled as paid partnership (#ad); undisclosed posts
 *     risk a backlash
 */
public record InfluencerPartnership(
        String influencer, int week, int posts, Format format, double fee, boolean disclosed) {}
