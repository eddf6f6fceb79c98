package org.socialsim.attempt.work;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialsim.simulation.plan.AdCampaign;
import org.socialsim.simulation.plan.InfluencerPartnership;
import org.socialsim.simulation.plan.Persona;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.Post;
import org.socialsim.simulation.plan.SmartObjective;

/**
 * The calendar and ads steps' changes to a plan, one at a time. Plans are immutable values: each edit returns a new
 * plan that the view then saves. Ids are short and readable ({@code w3-p7}, {@code c2}) because they show up in
 * freeze messages, the exported plan file and the engine's explanations.
 */
public final class PlanEdits {

    private static final Pattern POST_ID = Pattern.compile("^w(\\d+)-p(\\d+)$");
    private static final Pattern CAMPAIGN_ID = Pattern.compile("^c(\\d+)$");

    private PlanEdits() {}

    /** A post id for {@code week} that no post of the plan has: {@code w<week>-p<n>}, n one above the week's highest. */
    public static String nextPostId(Plan plan, int week) {
        Set<String> taken = new HashSet<>();
        int highest = 0;
        for (Post post : plan.posts()) {
            taken.add(post.id());
            Matcher matcher = POST_ID.matcher(post.id());
            if (matcher.matches() && Integer.parseInt(matcher.group(1)) == week) {
                highest = Math.max(highest, Integer.parseInt(matcher.group(2)));
            }
        }
        String id;
        do {
            id = "w" + week + "-p" + ++highest;
        } while (taken.contains(id));
        return id;
    }

    /** A campaign id no campaign of the plan has: {@code c<n>}. */
    public static String nextCampaignId(Plan plan) {
        Set<String> taken = new HashSet<>();
        int highest = 0;
        for (AdCampaign campaign : plan.campaigns()) {
            taken.add(campaign.id());
            Matcher matcher = CAMPAIGN_ID.matcher(campaign.id());
            if (matcher.matches()) {
                highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
            }
        }
        String id;
        do {
            id = "c" + ++highest;
        } while (taken.contains(id));
        return id;
    }

    /** The plan with {@code post} in place of the post with its id, or added at the end when it is new. */
    public static Plan withPost(Plan plan, Post post) {
        return withPosts(plan, replaced(plan.posts(), post, Post::id));
    }

    public static Plan withoutPost(Plan plan, String postId) {
        return withPosts(
                plan, plan.posts().stream().filter(p -> !p.id().equals(postId)).toList());
    }

    /** {@code post} under another id on another day: the copy (new id) or the move (same id) of a post. */
    public static Post placed(Post post, String id, int week, DayOfWeek day) {
        return new Post(
                id,
                week,
                day,
                post.hour(),
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

    /** The plan with {@code campaign} in place of the campaign with its id, or added at the end when it is new. */
    public static Plan withCampaign(Plan plan, AdCampaign campaign) {
        List<AdCampaign> campaigns = replaced(plan.campaigns(), campaign, AdCampaign::id);
        return new Plan(
                plan.objectives(),
                plan.personas(),
                plan.posts(),
                campaigns,
                plan.influencers(),
                plan.community(),
                plan.crisis());
    }

    public static Plan withoutCampaign(Plan plan, String campaignId) {
        return new Plan(
                plan.objectives(),
                plan.personas(),
                plan.posts(),
                plan.campaigns().stream()
                        .filter(c -> !c.id().equals(campaignId))
                        .toList(),
                plan.influencers(),
                plan.community(),
                plan.crisis());
    }

    /**
     * The plan with {@code deal} at position {@code index} of its partnerships, or added at the end when {@code index}
     * is -1. Partnerships have no id of their own (an influencer may be booked in several weeks), so the view keeps
     * their position.
     */
    public static Plan withInfluencer(Plan plan, int index, InfluencerPartnership deal) {
        List<InfluencerPartnership> deals = new ArrayList<>(plan.influencers());
        if (index < 0) {
            deals.add(deal);
        } else {
            deals.set(index, deal);
        }
        return withInfluencers(plan, deals);
    }

    public static Plan withoutInfluencer(Plan plan, int index) {
        List<InfluencerPartnership> deals = new ArrayList<>(plan.influencers());
        deals.remove(index);
        return withInfluencers(plan, deals);
    }

    /**
     * Hashtags as a student types them ({@code "#coldbrew, oat milk #coffee"}) as the plan stores them: without the
     * {@code #}, split at spaces, commas and hashes, each once, in the order typed.
     */
    public static List<String> hashtags(String typed) {
        Set<String> tags = new LinkedHashSet<>();
        for (String part : typed.split("[\\s,;#]+")) {
            if (!part.isBlank()) {
                tags.add(part.strip());
            }
        }
        return List.copyOf(tags);
    }

    /** The stored hashtags as a student reads them: {@code #coldbrew #coffee}. */
    public static String hashtagText(List<String> hashtags) {
        return String.join(" ", hashtags.stream().map(tag -> "#" + tag).toList());
    }

    private static Plan withPosts(Plan plan, List<Post> posts) {
        return new Plan(
                plan.objectives(),
                plan.personas(),
                posts,
                plan.campaigns(),
                plan.influencers(),
                plan.community(),
                plan.crisis());
    }

    private static Plan withInfluencers(Plan plan, List<InfluencerPartnership> deals) {
        return new Plan(
                plan.objectives(),
                plan.personas(),
                plan.posts(),
                plan.campaigns(),
                deals,
                plan.community(),
                plan.crisis());
    }

    // --- strategy steps (objectives, personas) ---

    public static Plan withObjectives(Plan plan, List<SmartObjective> objectives) {
        return new Plan(
                objectives,
                plan.personas(),
                plan.posts(),
                plan.campaigns(),
                plan.influencers(),
                plan.community(),
                plan.crisis());
    }

    public static Plan withPersonas(Plan plan, List<Persona> personas) {
        return new Plan(
                plan.objectives(),
                personas,
                plan.posts(),
                plan.campaigns(),
                plan.influencers(),
                plan.community(),
                plan.crisis());
    }

    /** {@code items} with the one whose id is {@code replacement}'s put in its place, or appended when none is. */
    public static <T> List<T> replaced(List<T> items, T replacement, Function<T, String> id) {
        List<T> out = new ArrayList<>(items);
        String wanted = id.apply(replacement);
        for (int i = 0; i < out.size(); i++) {
            if (id.apply(out.get(i)).equals(wanted)) {
                out.set(i, replacement);
                return out;
            }
        }
        out.add(replacement);
        return out;
    }

    /** {@code items} without the one whose id is {@code removed}. */
    public static <T> List<T> without(List<T> items, String removed, Function<T, String> id) {
        return items.stream().filter(item -> !id.apply(item).equals(removed)).toList();
    }

    /**
     * The first of {@code prefix}1, {@code prefix}2, … that no item uses, so ids stay unique even after removals and
     * beside ids a plan file brought in.
     */
    public static String nextId(String prefix, Collection<String> taken) {
        int n = 1;
        while (taken.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }
}
