package org.socialsim.attempt.work;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialsim.simulation.plan.AdCampaign;
import org.socialsim.simulation.plan.CommunityReply;
import org.socialsim.simulation.plan.InfluencerPartnership;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.Post;

/**
 * Which parts of a plan a student may no longer change once weeks have run. A week that has run is history: its posts
 * went out, its campaigns and creators were paid, and replaying the attempt must give the same numbers. The strategy
 * (objectives, personas) is fixed once the first week runs, because personas steer every later post's audience fit.
 * The inbox and crisis of the latest week stay open until the next week runs: the student answers them after seeing
 * them arrive.
 */
public final class PlanFreeze {

    /** Inbound message ids are {@code <template>-w<week>-<n>} (the engine's Community). */
    private static final Pattern MESSAGE_WEEK = Pattern.compile("-w(\\d+)-\\d+$");

    private PlanFreeze() {}

    /** The parts of a plan that freeze. */
    public enum Part {
        OBJECTIVES,
        PERSONAS,
        POSTS,
        CAMPAIGNS,
        INFLUENCERS,
        COMMUNITY,
        CRISIS
    }

    /** A frozen part that changed; {@code id} names the entry (empty for objectives, personas and the crisis). */
    public record Violation(Part part, String id) {}

    /**
     * The frozen parts {@code after} changed compared with {@code before}, given that weeks {@code 1..weeksRun} have
     * run and the crisis breaks in {@code crisisWeek}; empty when the change is allowed.
     */
    public static List<Violation> violations(Plan before, Plan after, int weeksRun, int crisisWeek) {
        List<Violation> violations = new ArrayList<>();
        if (weeksRun < 1) {
            return violations;
        }
        if (!before.objectives().equals(after.objectives())) {
            violations.add(new Violation(Part.OBJECTIVES, ""));
        }
        if (!before.personas().equals(after.personas())) {
            violations.add(new Violation(Part.PERSONAS, ""));
        }
        compare(Part.POSTS, before.posts(), after.posts(), post -> post.week() <= weeksRun, Post::id, violations);
        compare(
                Part.CAMPAIGNS,
                before.campaigns(),
                after.campaigns(),
                campaign -> campaign.fromWeek() <= weeksRun,
                AdCampaign::id,
                violations);
        compare(
                Part.INFLUENCERS,
                before.influencers(),
                after.influencers(),
                deal -> deal.week() <= weeksRun,
                PlanFreeze::influencerKey,
                violations);
        compare(
                Part.COMMUNITY,
                before.community(),
                after.community(),
                reply -> weekOf(reply) < weeksRun,
                CommunityReply::message,
                violations);
        if (weeksRun > crisisWeek && !Objects.equals(before.crisis(), after.crisis())) {
            violations.add(new Violation(Part.CRISIS, ""));
        }
        return violations;
    }

    /**
     * The week an answer belongs to: the week of the message it answers, or 0 for an answer to a whole template
     * (which reaches every week, so it is frozen from the first week on).
     */
    public static int weekOf(CommunityReply reply) {
        Matcher matcher = MESSAGE_WEEK.matcher(reply.message());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private static String influencerKey(InfluencerPartnership deal) {
        return deal.influencer() + "@" + deal.week();
    }

    private static <T> void compare(
            Part part,
            List<T> before,
            List<T> after,
            Predicate<T> frozen,
            Function<T, String> id,
            List<Violation> violations) {
        List<T> frozenBefore = sorted(before, frozen, id);
        List<T> frozenAfter = sorted(after, frozen, id);
        if (frozenBefore.equals(frozenAfter)) {
            return;
        }
        // Name the first entry that differs, so the message can point at it.
        for (int i = 0; i < Math.max(frozenBefore.size(), frozenAfter.size()); i++) {
            T was = i < frozenBefore.size() ? frozenBefore.get(i) : null;
            T now = i < frozenAfter.size() ? frozenAfter.get(i) : null;
            if (!Objects.equals(was, now)) {
                violations.add(new Violation(part, id.apply(was != null ? was : Objects.requireNonNull(now))));
                return;
            }
        }
    }

    private static <T> List<T> sorted(List<T> items, Predicate<T> frozen, Function<T, String> id) {
        return items.stream().filter(frozen).sorted(Comparator.comparing(id)).toList();
    }
}
