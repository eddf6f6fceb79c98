package org.socialsim.grading.assessment;

import static org.socialsim.grading.assessment.ContentWords.and;
import static org.socialsim.grading.assessment.ContentWords.name;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.simulation.AudienceModel;
import org.socialsim.simulation.plan.AdCampaign;
import org.socialsim.simulation.plan.CallToAction;
import org.socialsim.simulation.plan.Post;

/**
 * {@code journey_coverage}: posts and campaigns aimed at each stage of the customer journey (awareness, consideration,
 * conversion, loyalty) with calls to action that fit the stage, as the engine's funnel judges fit.
 *
 * <p>Score: {@code 0.65 × coverage² + 0.20 × fit + 0.15 × stages/4}. A stage counts 1 when at least one post with a
 * fitting call to action or one campaign whose objective matches its creative's stage aims at it, and 0.5 when only
 * posts with an unfitting call to action do; coverage is the stages counted over {@code min_stages} (capped at 1),
 * squared so that two stages of three reads as a plan that leans on part of the journey; fit is the share of posts
 * whose call to action fits their stage; stages/4 rewards the whole journey. A plan without posts or campaigns scores
 * 0.
 */
final class JourneyCoverageAssessor implements Assessor {

    static final String MIN_STAGES = "min_stages";
    static final int DEFAULT_MIN_STAGES = 3;

    @Override
    public Assessment assess(Submission submission, AssessorParameters parameters) {
        int minStages = Math.max(1, Math.min(4, parameters.integer(MIN_STAGES, DEFAULT_MIN_STAGES)));
        List<Post> posts = submission.plan().posts();
        List<AdCampaign> campaigns = submission.plan().campaigns();
        if (posts.isEmpty() && campaigns.isEmpty()) {
            return new Assessment(
                    0,
                    List.of(EvidenceLine.gap("No posts or campaigns are planned, so no stage of the customer journey is"
                            + " addressed: plan content for awareness, consideration, conversion and loyalty.")));
        }
        Map<FunnelStage, Integer> postsAt = counts();
        Map<FunnelStage, Integer> fittingAt = counts();
        Map<FunnelStage, Integer> campaignsAt = counts();
        List<Post> unfitting = new ArrayList<>();
        for (Post post : posts) {
            postsAt.merge(post.stage(), 1, Integer::sum);
            if (AudienceModel.callToActionFits(post.callToAction(), post.stage())) {
                fittingAt.merge(post.stage(), 1, Integer::sum);
            } else {
                unfitting.add(post);
            }
        }
        for (AdCampaign campaign : campaigns) {
            if (AudienceModel.objectiveFits(campaign.objective(), campaign.stage())) {
                campaignsAt.merge(campaign.stage(), 1, Integer::sum);
            }
        }
        double counted = 0;
        int reached = 0;
        List<String> missing = new ArrayList<>();
        for (FunnelStage stage : FunnelStage.values()) {
            if (fittingAt.get(stage) > 0 || campaignsAt.get(stage) > 0) {
                counted += 1;
                reached++;
            } else if (postsAt.get(stage) > 0) {
                counted += 0.5;
                reached++;
            } else {
                missing.add(name(stage));
            }
        }
        double coverage = Math.min(1, counted / minStages);
        double fit = posts.isEmpty() ? 0 : 1 - (double) unfitting.size() / posts.size();
        double score = 0.65 * coverage * coverage + 0.20 * fit + 0.15 * reached / 4.0;

        List<EvidenceLine> evidence = new ArrayList<>();
        String aims = "Your plan aims at " + and(stagesWithCounts(postsAt, campaignsAt)) + ".";
        if (counted >= minStages) {
            evidence.add(EvidenceLine.strength(aims));
        } else {
            evidence.add(EvidenceLine.gap(
                    aims + " Cover at least " + minStages + " of the 4 stages with fitting calls to" + " action."));
        }
        if (!missing.isEmpty()) {
            evidence.add(EvidenceLine.gap(
                    "Nothing is aimed at " + ContentWords.or(missing) + ": " + advice(missing.getFirst())));
        }
        if (!unfitting.isEmpty()) {
            Post example = unfitting.getFirst();
            evidence.add(EvidenceLine.gap(unfitting.size() + " of " + posts.size()
                    + " posts ask for something that does not fit their stage, e.g. " + ContentWords.post(example)
                    + " (" + name(example.stage()) + ", asks to " + ask(example.callToAction()) + ")."));
        } else if (!posts.isEmpty()) {
            evidence.add(EvidenceLine.strength("Every post's call to action fits its journey stage."));
        }
        return new Assessment(ContentWords.score(score), evidence);
    }

    private static Map<FunnelStage, Integer> counts() {
        Map<FunnelStage, Integer> counts = new EnumMap<>(FunnelStage.class);
        for (FunnelStage stage : FunnelStage.values()) {
            counts.put(stage, 0);
        }
        return counts;
    }

    /** "awareness (12 posts), conversion (6 posts, 2 campaigns)". */
    private static List<String> stagesWithCounts(Map<FunnelStage, Integer> posts, Map<FunnelStage, Integer> campaigns) {
        List<String> stages = new ArrayList<>();
        for (FunnelStage stage : FunnelStage.values()) {
            List<String> what = new ArrayList<>();
            if (posts.get(stage) > 0) {
                what.add(posts.get(stage) + (posts.get(stage) == 1 ? " post" : " posts"));
            }
            if (campaigns.get(stage) > 0) {
                what.add(campaigns.get(stage) + (campaigns.get(stage) == 1 ? " campaign" : " campaigns"));
            }
            if (!what.isEmpty()) {
                stages.add(name(stage) + " (" + String.join(", ", what) + ")");
            }
        }
        return stages.isEmpty() ? List.of("no stage with a fitting objective") : stages;
    }

    private static String advice(String stage) {
        return switch (stage) {
            case "awareness" -> "add posts that introduce the brand to new people and ask them to follow or share.";
            case "consideration" -> "add posts that help people compare and learn, with a 'learn more' or sign-up.";
            case "conversion" -> "add posts or a campaign that ask people to buy, book or sign up.";
            default -> "add posts for existing customers, such as reposting their photos, asking them to share.";
        };
    }

    private static String ask(CallToAction callToAction) {
        return callToAction == CallToAction.NONE ? "nothing" : name(callToAction);
    }
}
