package org.socialsim.simulation.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything a student decides for a scenario, across all weeks. Weeks are 1-based.
 *
 * @param objectives SMART objectives
 * @param personas buyer personas; posts and campaigns target them by id
 * @param posts the content calendar, organic (optionally boosted) posts
 * @param campaigns paid ad campaigns
 * @param influencers influencer partnerships
 * @param community what to do with inbound messages
 * @param crisis how the brand answers the crisis; {@code null} means it never answers
 */
public record Plan(
        List<SmartObjective> objectives,
        List<Persona> personas,
        List<Post> posts,
        List<AdCampaign> campaigns,
        List<InfluencerPartnership> influencers,
        List<CommunityReply> community,
        @Nullable CrisisResponse crisis) {

    public Plan {
        objectives = List.copyOf(objectives);
        personas = List.copyOf(personas);
        posts = List.copyOf(posts);
        campaigns = List.copyOf(campaigns);
        influencers = List.copyOf(influencers);
        community = List.copyOf(community);
    }

    public static Plan empty() {
        return new Plan(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }
}
