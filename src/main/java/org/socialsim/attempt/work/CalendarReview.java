package org.socialsim.attempt.work;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.PlatformDefinition;
import org.socialsim.scenario.definition.Range;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.Persona;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.Post;
import org.socialsim.simulation.plan.SmartObjective;

/**
 * A week of the content calendar at a glance, and the obvious mistakes in it, while the student plans. It uses only
 * what the student may see: the scenario's platforms and their posting sweet spots, the budget, and the student's own
 * objectives and personas; never the hidden audience segments, so it warns about craft (posting at night, only
 * selling, nobody in mind) rather than giving away the answer.
 */
public final class CalendarReview {

    /** Posts before 06:00 go out while almost everyone sleeps (the "03:00 post" of the course). */
    public static final int NIGHT_ENDS = 6;

    /**
     * More than half the posts selling is over-promotion: the course's rule of thirds (educate, entertain, promote)
     * and the 80/20 rule both keep promotion to a third or a fifth.
     */
    static final double PROMOTION_HEAVY_SHARE = 0.5;

    private CalendarReview() {}

    /** How a platform's posts in the week compare with its posting sweet spot. */
    public enum Load {
        BELOW,
        WITHIN,
        ABOVE
    }

    /** Posts on one platform in the week against the platform's sweet spot ({@code posts_per_week}). */
    public record PlatformLoad(Platform platform, int posts, Range sweetSpot) {

        public Load load() {
            if (posts < sweetSpot.min()) {
                return Load.BELOW;
            }
            return posts > sweetSpot.max() ? Load.ABOVE : Load.WITHIN;
        }
    }

    /** The kinds of mistake; each has its own message in the view. */
    public enum Kind {
        /** Nothing at all planned in the week: the algorithm penalises accounts that go quiet. */
        EMPTY_WEEK,
        /** An objective names a platform that has no posts this week; {@code count} objectives depend on it. */
        OBJECTIVE_PLATFORM_EMPTY,
        /** Every post of the week is promotional. */
        ALL_PROMOTIONAL,
        /** More than half of the week's posts are promotional; {@code count} of them. */
        MOSTLY_PROMOTIONAL,
        /** {@code count} posts go out between 00:00 and 05:59. */
        NIGHT_POSTS,
        /** {@code count} posts target no persona (or one that no longer exists). */
        NO_PERSONA,
        /** The boosts of all weeks together are more than the whole ads budget. */
        BOOSTS_OVER_BUDGET,
        /** Boosts and campaigns together are more than the ads budget. */
        ADS_OVER_BUDGET
    }

    /**
     * One mistake.
     *
     * @param platform the platform it is about, for {@link Kind#OBJECTIVE_PLATFORM_EMPTY}
     * @param count how many posts or objectives it concerns
     * @param postIds the posts it concerns, so the view can point at them
     */
    public record Warning(Kind kind, @Nullable Platform platform, int count, List<String> postIds) {

        public Warning {
            postIds = List.copyOf(postIds);
        }

        static Warning of(Kind kind, int count) {
            return new Warning(kind, null, count, List.of());
        }
    }

    /**
     * The review of one week.
     *
     * @param platforms one per scenario platform, in the scenario's order
     * @param pillars posts per pillar, every pillar present
     * @param stages posts per funnel stage, every stage present
     * @param boosts boost money of the week's posts
     */
    public record WeekReview(
            int week,
            int posts,
            List<PlatformLoad> platforms,
            Map<Pillar, Integer> pillars,
            Map<FunnelStage, Integer> stages,
            double boosts,
            List<Warning> warnings) {

        public WeekReview {
            platforms = List.copyOf(platforms);
            pillars = Map.copyOf(pillars);
            stages = Map.copyOf(stages);
            warnings = List.copyOf(warnings);
        }

        /** Funnel stages no post of the week speaks to, in journey order. */
        public List<FunnelStage> missingStages() {
            return stages.entrySet().stream()
                    .filter(e -> e.getValue() == 0)
                    .map(Map.Entry::getKey)
                    .sorted()
                    .toList();
        }

        public boolean has(Kind kind) {
            return warnings.stream().anyMatch(w -> w.kind() == kind);
        }
    }

    /** The posts of {@code week} in calendar order: by day, then hour, then id. */
    public static List<Post> postsOf(Plan plan, int week) {
        return plan.posts().stream()
                .filter(post -> post.week() == week)
                .sorted(Comparator.comparing(Post::day)
                        .thenComparingInt(Post::hour)
                        .thenComparing(Post::id))
                .toList();
    }

    /** The posts of {@code day} in {@code week}, by hour. */
    public static List<Post> postsOn(Plan plan, int week, DayOfWeek day) {
        return postsOf(plan, week).stream().filter(post -> post.day() == day).toList();
    }

    public static WeekReview week(ScenarioDefinition scenario, Plan plan, int week) {
        List<Post> posts = postsOf(plan, week);
        List<PlatformLoad> platforms = new ArrayList<>();
        for (Map.Entry<Platform, PlatformDefinition> entry :
                scenario.platforms().entrySet()) {
            int count = (int) posts.stream()
                    .filter(post -> post.platform() == entry.getKey())
                    .count();
            platforms.add(
                    new PlatformLoad(entry.getKey(), count, entry.getValue().postsPerWeek()));
        }
        Map<Pillar, Integer> pillars = new EnumMap<>(Pillar.class);
        for (Pillar pillar : Pillar.values()) {
            pillars.put(pillar, (int)
                    posts.stream().filter(p -> p.pillar() == pillar).count());
        }
        Map<FunnelStage, Integer> stages = new EnumMap<>(FunnelStage.class);
        for (FunnelStage stage : FunnelStage.values()) {
            stages.put(
                    stage, (int) posts.stream().filter(p -> p.stage() == stage).count());
        }
        double boosts = posts.stream().mapToDouble(Post::boost).sum();
        return new WeekReview(
                week,
                posts.size(),
                platforms,
                pillars,
                stages,
                boosts,
                warnings(scenario, plan, week, posts, platforms));
    }

    private static List<Warning> warnings(
            ScenarioDefinition scenario, Plan plan, int week, List<Post> posts, List<PlatformLoad> platforms) {
        List<Warning> warnings = new ArrayList<>();
        if (posts.isEmpty()) {
            warnings.add(Warning.of(Kind.EMPTY_WEEK, 0));
        } else {
            for (PlatformLoad load : platforms) {
                int objectives = objectivesOn(plan, load.platform(), week);
                if (load.posts() == 0 && objectives > 0) {
                    warnings.add(new Warning(Kind.OBJECTIVE_PLATFORM_EMPTY, load.platform(), objectives, List.of()));
                }
            }
            List<String> promotional = ids(posts, post -> post.pillar() == Pillar.PROMOTIONAL);
            if (promotional.size() == posts.size()) {
                warnings.add(new Warning(Kind.ALL_PROMOTIONAL, null, promotional.size(), promotional));
            } else if (promotional.size() > PROMOTION_HEAVY_SHARE * posts.size()) {
                warnings.add(new Warning(Kind.MOSTLY_PROMOTIONAL, null, promotional.size(), promotional));
            }
            List<String> night = ids(posts, post -> post.hour() < NIGHT_ENDS);
            if (!night.isEmpty()) {
                warnings.add(new Warning(Kind.NIGHT_POSTS, null, night.size(), night));
            }
            Set<String> personas = plan.personas().stream().map(Persona::id).collect(Collectors.toSet());
            List<String> nobody = ids(posts, post -> post.persona() == null || !personas.contains(post.persona()));
            if (!nobody.isEmpty()) {
                warnings.add(new Warning(Kind.NO_PERSONA, null, nobody.size(), nobody));
            }
        }
        BudgetSummary budget = BudgetSummary.of(scenario.budget(), plan);
        if (budget.boostsOver()) {
            warnings.add(Warning.of(Kind.BOOSTS_OVER_BUDGET, 0));
        } else if (budget.adsOver()) {
            warnings.add(Warning.of(Kind.ADS_OVER_BUDGET, 0));
        }
        return warnings;
    }

    /**
     * Objectives that depend on {@code platform} in {@code week}: they name it and their deadline has not passed (an
     * objective without a deadline counts in every week).
     */
    private static int objectivesOn(Plan plan, Platform platform, int week) {
        int count = 0;
        for (SmartObjective objective : plan.objectives()) {
            Integer deadline = objective.deadlineWeek();
            if (objective.platform() == platform && (deadline == null || deadline >= week)) {
                count++;
            }
        }
        return count;
    }

    private static List<String> ids(List<Post> posts, Predicate<Post> which) {
        return posts.stream().filter(which).map(Post::id).toList();
    }

    /** Posts by the number of the week they are in, every week of the scenario present; for the week selector. */
    public static Map<Integer, Integer> postsPerWeek(ScenarioDefinition scenario, Plan plan) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (int week = 1; week <= scenario.weeks(); week++) {
            counts.put(week, 0);
        }
        for (Post post : plan.posts()) {
            counts.computeIfPresent(post.week(), (w, n) -> n + 1);
        }
        return counts;
    }
}
