package org.socialsim.grading.assessment;

import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.socialsim.simulation.plan.CommunityReply;
import org.socialsim.simulation.plan.CrisisResponse;
import org.socialsim.simulation.plan.InfluencerPartnership;
import org.socialsim.simulation.plan.Plan;

/** Edits of a plan's inbox answers, crisis response and creators, for the community assessors' tests. */
final class CommunityPlanEdits {

    private CommunityPlanEdits() {}

    static Plan withReplies(Plan plan, List<CommunityReply> replies) {
        return new Plan(
                plan.objectives(),
                plan.personas(),
                plan.posts(),
                plan.campaigns(),
                plan.influencers(),
                replies,
                plan.crisis());
    }

    static Plan editReplies(Plan plan, UnaryOperator<CommunityReply> edit) {
        return withReplies(plan, plan.community().stream().map(edit).toList());
    }

    static Plan withCrisis(Plan plan, @Nullable CrisisResponse crisis) {
        return new Plan(
                plan.objectives(),
                plan.personas(),
                plan.posts(),
                plan.campaigns(),
                plan.influencers(),
                plan.community(),
                crisis);
    }

    static Plan withInfluencers(Plan plan, List<InfluencerPartnership> influencers) {
        return new Plan(
                plan.objectives(),
                plan.personas(),
                plan.posts(),
                plan.campaigns(),
                influencers,
                plan.community(),
                plan.crisis());
    }
}
