package org.socialsim.grading.assessment;

import java.time.DayOfWeek;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.plan.AdCampaign;
import org.socialsim.simulation.plan.CallToAction;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.Post;

/** Edits of a plan for the content assessors' tests: the classic mistakes of a content calendar and a paid plan. */
final class ContentPlans {

    private ContentPlans() {}

    static Plan posts(Plan plan, UnaryOperator<Post> edit) {
        return withPosts(plan, plan.posts().stream().map(edit).toList());
    }

    static Plan postsWhere(Plan plan, Predicate<Post> which, UnaryOperator<Post> edit) {
        return posts(plan, p -> which.test(p) ? edit.apply(p) : p);
    }

    static Plan keepPosts(Plan plan, Predicate<Post> which) {
        return withPosts(plan, plan.posts().stream().filter(which).toList());
    }

    static Plan withPosts(Plan plan, List<Post> posts) {
        return new Plan(
                plan.objectives(),
                plan.personas(),
                posts,
                plan.campaigns(),
                plan.influencers(),
                plan.community(),
                plan.crisis());
    }

    static Plan campaigns(Plan plan, List<AdCampaign> campaigns) {
        return new Plan(
                plan.objectives(),
                plan.personas(),
                plan.posts(),
                campaigns,
                plan.influencers(),
                plan.community(),
                plan.crisis());
    }

    static Plan campaigns(Plan plan, UnaryOperator<AdCampaign> edit) {
        return campaigns(plan, plan.campaigns().stream().map(edit).toList());
    }

    static Plan noPaid(Plan plan) {
        return campaigns(posts(plan, p -> boosted(p, 0)), List.of());
    }

    static Post at(Post p, int hour) {
        return copy(
                p,
                p.week(),
                p.day(),
                hour,
                p.platform(),
                p.format(),
                p.pillar(),
                p.stage(),
                p.callToAction(),
                p.caption());
    }

    static Post as(Post p, Format format) {
        return copy(
                p,
                p.week(),
                p.day(),
                p.hour(),
                p.platform(),
                format,
                p.pillar(),
                p.stage(),
                p.callToAction(),
                p.caption());
    }

    static Post on(Post p, Platform platform) {
        return copy(
                p,
                p.week(),
                p.day(),
                p.hour(),
                platform,
                p.format(),
                p.pillar(),
                p.stage(),
                p.callToAction(),
                p.caption());
    }

    static Post pillar(Post p, Pillar pillar) {
        return copy(
                p,
                p.week(),
                p.day(),
                p.hour(),
                p.platform(),
                p.format(),
                pillar,
                p.stage(),
                p.callToAction(),
                p.caption());
    }

    /** A promotional post aimed at conversion with a "shop now": what an all-selling calendar is made of. */
    static Post selling(Post p) {
        return copy(
                p,
                p.week(),
                p.day(),
                p.hour(),
                p.platform(),
                p.format(),
                Pillar.PROMOTIONAL,
                FunnelStage.CONVERSION,
                CallToAction.SHOP_NOW,
                p.caption());
    }

    static Post aimed(Post p, FunnelStage stage, CallToAction callToAction) {
        return copy(
                p, p.week(), p.day(), p.hour(), p.platform(), p.format(), p.pillar(), stage, callToAction, p.caption());
    }

    static Post captioned(Post p, String caption) {
        return copy(
                p,
                p.week(),
                p.day(),
                p.hour(),
                p.platform(),
                p.format(),
                p.pillar(),
                p.stage(),
                p.callToAction(),
                caption);
    }

    /** Each post's own caption: the post id in words, so no two posts share one. */
    static Post ownCaption(Post p) {
        return captioned(p, "Fresh idea for " + p.id());
    }

    static Post boosted(Post p, double boost) {
        return new Post(
                p.id(),
                p.week(),
                p.day(),
                p.hour(),
                p.platform(),
                p.format(),
                p.pillar(),
                p.persona(),
                p.stage(),
                p.callToAction(),
                p.link(),
                p.caption(),
                p.hashtags(),
                boost);
    }

    static Post copy(
            Post p,
            int week,
            DayOfWeek day,
            int hour,
            Platform platform,
            Format format,
            Pillar pillar,
            FunnelStage stage,
            CallToAction callToAction,
            String caption) {
        @Nullable String link = p.link();
        return new Post(
                p.id(),
                week,
                day,
                hour,
                platform,
                format,
                pillar,
                p.persona(),
                stage,
                callToAction,
                link,
                caption,
                p.hashtags(),
                p.boost());
    }

    static AdCampaign budget(AdCampaign c, double budget) {
        return new AdCampaign(
                c.id(),
                c.name(),
                c.platform(),
                c.objective(),
                c.personas(),
                c.format(),
                c.stage(),
                budget,
                c.bidStrategy(),
                c.bidCap(),
                c.fromWeek(),
                c.toWeek());
    }
}
