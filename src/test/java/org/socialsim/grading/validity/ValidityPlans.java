package org.socialsim.grading.validity;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.socialsim.scenario.definition.CommunityAction;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.ReferencePlans;
import org.socialsim.simulation.plan.AdCampaign;
import org.socialsim.simulation.plan.CallToAction;
import org.socialsim.simulation.plan.CommunityReply;
import org.socialsim.simulation.plan.CrisisFollowUp;
import org.socialsim.simulation.plan.CrisisResponse;
import org.socialsim.simulation.plan.CrisisStrategy;
import org.socialsim.simulation.plan.InfluencerPartnership;
import org.socialsim.simulation.plan.Persona;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.Post;
import org.socialsim.simulation.plan.SmartObjective;

/**
 * Building blocks of the validity samples' plans on BrewHaven: the reference competent calendar with captions a
 * student would write, a well-run inbox and crisis room written by hand, and small named edits (a worse inbox, posts
 * at night, everything promotional, ...). Each sample in {@link ValiditySamples} says which blocks it uses and why.
 */
final class ValidityPlans {

    private ValidityPlans() {}

    /**
     * The reference competent calendar, ads and creator of {@code scenario}, with captions written per platform and
     * pillar (the reference plan's are all "A post"), the given objectives and personas, the well-run inbox and the
     * fast rebuild crisis response. Posts keep the reference plan's persona ids, so the personas passed in use the ids
     * {@code p-commuters}, {@code p-students}, {@code p-home-baristas} and {@code p-gym-goers} where posts need them.
     */
    static Plan competent(ScenarioDefinition scenario, List<SmartObjective> objectives, List<Persona> personas) {
        Plan reference = ReferencePlans.competent(scenario);
        Plan plan = new Plan(
                objectives,
                personas,
                reference.posts(),
                reference.campaigns(),
                reference.influencers(),
                goodInbox(),
                rebuildCrisis(0.75));
        return captioned(plan);
    }

    // ---- Posts ----

    /** Every post with a caption that fits its platform and pillar; weeks differ so no caption repeats verbatim. */
    static Plan captioned(Plan plan) {
        return posts(plan, p -> withCaption(p, caption(p)));
    }

    static String caption(Post post) {
        boolean tiktok = post.platform() == Platform.TIKTOK;
        String text = switch (post.pillar()) {
            case EDUCATIONAL ->
                tiktok
                        ? "3 things nobody tells you about cold brew (no. 2 is the 16-hour steep)"
                        : "Why cold brew tastes smoother: 16 hours, cold water, no heat. Swipe for our ratio.";
            case ENTERTAINING ->
                tiktok
                        ? "POV: it's 9pm, the essay is due at 9am, and the fridge has one can left"
                        : "The 8:14 is late again. At least the coffee in your bag isn't.";
            case USER_GENERATED ->
                tiktok
                        ? "Duet this with your cold brew set-up, best one gets a four-pack"
                        : "Your cold brew moments of the week. Tag @brewhaven to be featured next.";
            case PROMOTIONAL ->
                tiktok
                        ? "Oat Cold Brew four-packs, £11, link in bio. Yes it ships to halls."
                        : "Oat Cold Brew, £11 a four-pack, delivered in two days. Link in bio.";
        };
        return text + " (week " + post.week() + ")";
    }

    static Post withCaption(Post post, String caption) {
        return new Post(
                post.id(),
                post.week(),
                post.day(),
                post.hour(),
                post.platform(),
                post.format(),
                post.pillar(),
                post.persona(),
                post.stage(),
                post.callToAction(),
                post.link(),
                caption,
                post.hashtags(),
                post.boost());
    }

    static Post at(Post post, DayOfWeek day, int hour) {
        return new Post(
                post.id(),
                post.week(),
                day,
                hour,
                post.platform(),
                post.format(),
                post.pillar(),
                post.persona(),
                post.stage(),
                post.callToAction(),
                post.link(),
                post.caption(),
                post.hashtags(),
                post.boost());
    }

    static Post as(Post post, Format format) {
        return new Post(
                post.id(),
                post.week(),
                post.day(),
                post.hour(),
                post.platform(),
                format,
                post.pillar(),
                post.persona(),
                post.stage(),
                post.callToAction(),
                post.link(),
                post.caption(),
                post.hashtags(),
                post.boost());
    }

    /** The post made a hard sell: promotional pillar, conversion stage, shop-now with a link. */
    static Post promotional(Post post, String caption) {
        return new Post(
                post.id(),
                post.week(),
                post.day(),
                post.hour(),
                post.platform(),
                post.format(),
                Pillar.PROMOTIONAL,
                post.persona(),
                FunnelStage.CONVERSION,
                CallToAction.SHOP_NOW,
                "https://brewhaven.example/cold-brew",
                caption,
                post.hashtags(),
                post.boost());
    }

    static Post post(
            String id,
            int week,
            DayOfWeek day,
            int hour,
            Platform platform,
            Format format,
            Pillar pillar,
            @Nullable String persona,
            FunnelStage stage,
            CallToAction cta,
            String caption) {
        return new Post(
                id,
                week,
                day,
                hour,
                platform,
                format,
                pillar,
                persona,
                stage,
                cta,
                cta == CallToAction.SHOP_NOW ? "https://brewhaven.example/cold-brew" : null,
                caption,
                List.of("coldbrew", "brewhaven"),
                0);
    }

    static Plan posts(Plan plan, UnaryOperator<Post> edit) {
        return withPosts(plan, plan.posts().stream().map(edit).toList());
    }

    static Plan postsWhere(Plan plan, Predicate<Post> which, UnaryOperator<Post> edit) {
        return posts(plan, p -> which.test(p) ? edit.apply(p) : p);
    }

    static Plan withoutPosts(Plan plan, Predicate<Post> which) {
        return withPosts(plan, plan.posts().stream().filter(which.negate()).toList());
    }

    // ---- Whole-plan replacements ----

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

    static Plan withCampaigns(Plan plan, List<AdCampaign> campaigns) {
        return new Plan(
                plan.objectives(),
                plan.personas(),
                plan.posts(),
                campaigns,
                plan.influencers(),
                plan.community(),
                plan.crisis());
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

    static Plan withCommunity(Plan plan, List<CommunityReply> community) {
        return new Plan(
                plan.objectives(),
                plan.personas(),
                plan.posts(),
                plan.campaigns(),
                plan.influencers(),
                community,
                plan.crisis());
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

    // ---- Inbox and crisis ----

    /** Every template answered within a few hours with the action it needs, personally and in the brand's voice. */
    static List<CommunityReply> goodInbox() {
        return List.of(
                reply(
                        "where-to-buy",
                        CommunityAction.REPLY_PUBLIC,
                        "Thank you Hannah! Right now it's online only, with two-day delivery to Manchester:"
                                + " brewhaven.example/cold-brew — Ellie",
                        2),
                reply(
                        "oat-allergy",
                        CommunityAction.REPLY_THEN_DM,
                        "Thank you for asking, Priya. I've messaged you our allergen sheet and the details of the"
                                + " line it's made on so you can check it for your son. — Ellie",
                        1),
                reply(
                        "caffeine-content",
                        CommunityAction.REPLY_PUBLIC,
                        "Good question Rory: one 250 ml can has about 150 mg of caffeine, a little more than a double"
                                + " espresso. Enjoy the run!",
                        2),
                reply(
                        "late-delivery",
                        CommunityAction.REPLY_THEN_DM,
                        "Dan, I'm really sorry, six days is not OK and I understand the frustration. I've sent you a"
                                + " DM to sort a replacement today. — Ellie",
                        1),
                reply(
                        "dented-can",
                        CommunityAction.REPLY_THEN_DM,
                        "Sorry Katie, and thanks for telling us. We'll send replacements; check your DMs for the"
                                + " details. — Ellie",
                        2),
                reply(
                        "too-sweet",
                        CommunityAction.REPLY_PUBLIC,
                        "Thanks for trying it, Fiona, and for the honest note. We hear you: an unsweetened version"
                                + " is being tested now.",
                        3),
                reply(
                        "love-it",
                        CommunityAction.REPLY_PUBLIC,
                        "Thank you Joe! An office fridge full of cold brew is the dream. Share a photo and we'll"
                                + " feature it.",
                        3),
                reply(
                        "tagged-photo",
                        CommunityAction.REPLY_PUBLIC,
                        "Thank you Sam, that looks like the perfect picnic. Mind if we share your photo on our page?",
                        4),
                reply(
                        "cafe-stockist",
                        CommunityAction.REPLY_THEN_DM,
                        "Thank you for getting in touch! We'd love to talk about your two cafés; I've messaged you"
                                + " our trade price list and who to contact.",
                        2),
                reply(
                        "office-order",
                        CommunityAction.REPLY_THEN_DM,
                        "Thanks Laura! We do office orders for teams of 60; I've sent you a DM with bulk prices and"
                                + " delivery options.",
                        2),
                reply("overpriced-troll", CommunityAction.IGNORE, "", 0),
                reply("crypto-spam", CommunityAction.HIDE, "", 1),
                reply("fake-giveaway", CommunityAction.ESCALATE, "", 1),
                reply(
                        "cold-brew-acid-myth",
                        CommunityAction.REPLY_PUBLIC,
                        "To be clear, that's not right: a can has about as much caffeine as a double espresso, and"
                                + " cold brew is less acidic than hot coffee. The facts are on our FAQ page.",
                        3),
                reply(
                        "batch-worry",
                        CommunityAction.REPLY_THEN_DM,
                        "Sam, we're so sorry for the worry. Please don't drink batch 0419; we've sent you a DM to"
                                + " arrange a full refund. Details on our recall page.",
                        1),
                reply(
                        "refund-request",
                        CommunityAction.REPLY_THEN_DM,
                        "Meera, we're very sorry. Please don't drink them; we've messaged you to arrange a full"
                                + " refund and a voucher.",
                        1),
                reply(
                        "poison-rumour",
                        CommunityAction.REPLY_PUBLIC,
                        "To be clear, that is not true: no illness has been reported. We recalled batch 0419 as a"
                                + " precaution; the facts are on our recall page.",
                        1),
                reply(
                        "loyal-support",
                        CommunityAction.REPLY_PUBLIC,
                        "Thank you, that means a lot to the whole team. See you at the roastery soon!",
                        4));
    }

    static CommunityReply reply(String message, CommunityAction action, String text, double hours) {
        return new CommunityReply(message, action, text, hours);
    }

    /** The inbox answered by template with {@code edit} applied to every reply. */
    static List<CommunityReply> inbox(List<CommunityReply> replies, UnaryOperator<CommunityReply> edit) {
        List<CommunityReply> edited = new ArrayList<>();
        for (CommunityReply reply : replies) {
            edited.add(edit.apply(reply));
        }
        return edited;
    }

    static List<CommunityReply> without(List<CommunityReply> replies, String... messages) {
        List<String> dropped = List.of(messages);
        return replies.stream().filter(r -> !dropped.contains(r.message())).toList();
    }

    /** Apology, recall and refunds, promotion paused, follow-ups until the story closes. */
    static CrisisResponse rebuildCrisis(double firstResponseHours) {
        return new CrisisResponse(
                firstResponseHours,
                CrisisStrategy.REBUILD,
                true,
                List.of(Platform.INSTAGRAM, Platform.TIKTOK),
                "We're sorry. Some cans from batch 0419 were not heat-treated properly. Please don't drink them: we"
                        + " are recalling the batch and will refund every can. Details and updates on our recall page.",
                true,
                List.of(
                        new CrisisFollowUp(
                                4,
                                "Recall notice filed with the Food Standards Agency; refunds are open on our recall"
                                        + " page. No illness has been reported."),
                        new CrisisFollowUp(
                                24,
                                "What went wrong and what we've changed: the pasteuriser's safety alarm can no longer"
                                        + " be overridden, and every batch is now held until QC signs it off."),
                        new CrisisFollowUp(
                                72,
                                "Update: 870 of the 900 cans sold are accounted for and refunded. Thank you for your"
                                        + " patience and your honesty with us.")));
    }
}
