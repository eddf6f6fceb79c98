package org.socialsim.grading.assessment;

import static org.socialsim.grading.assessment.ContentWords.and;
import static org.socialsim.grading.assessment.ContentWords.name;
import static org.socialsim.grading.assessment.ContentWords.percent;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.socialsim.attempt.work.HourRanges;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.Range;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.AudienceModel;
import org.socialsim.simulation.Explanation;
import org.socialsim.simulation.plan.Post;

/**
 * {@code scheduling}: posting times against when each platform's audience is online, and posting frequency against
 * each platform's sweet spot, without quiet weeks.
 *
 * <p>Score: {@code 0.65 × timing + 0.35 × frequency}. Timing is the mean, over posts, of the audience online at the
 * post's hour relative to the busiest hour of that day on its platform (the engine's own activity model of the hidden
 * segments, so a post at the peak earns 1 and one at 03:00 next to nothing). Frequency is the mean, over every week of
 * the scenario on every platform the plan uses, of 1 inside the platform's {@code posts_per_week} sweet spot, posts ÷
 * minimum below it (0 for a quiet week) and maximum ÷ posts above it. Posts on a platform the scenario does not have
 * earn no timing credit. A plan without posts scores 0.
 *
 * <p>Ceilings on the content-plan criterion. The guidance credits "a calendar that a social media team could run on
 * Monday", and the level descriptors presuppose one that covers the campaign: Excellent is "fully integrated", Very
 * good "well-organised", Good "workable", and even Adequate is "a basic calendar that fills the weeks", while
 * Insufficient is "an incomplete … plan". Frequency alone cannot say so: a silent week costs one cell of the
 * frequency mean, which is 0.35 of this assessor, which is one assessor of five, so a calendar that stops halfway
 * kept Excellent on the strength of the posts it does have. So, counting the campaign's weeks (the scenario's
 * weeks, run or not: the submitted plan is the plan) in which no organic post goes out on any of the brand's
 * platforms:
 *
 * <ul>
 *   <li>a third of the weeks or more (2 of 6) empty: the calendar does not fill the weeks, so the criterion is capped
 *       at Adequate, the highest level an incomplete plan can take on a best-fit reading (well-made posts keep it
 *       from Insufficient, which also describes content unsuited to its platforms);
 *   <li>any week empty, fewer than a third: a silent week in the campaign is neither well-organised nor fully
 *       integrated, so the criterion is capped at Good ("a workable plan").
 * </ul>
 *
 * A week with ads but no organic post still counts as empty: the calendar is the organic plan. Posting at night is
 * the third ceiling (below): when most posts go out when few of their audience are online, at most Good.
 */
final class SchedulingAssessor implements Assessor {

    /** A post meeting less than this share of the day's best audience went out at a poor hour. */
    static final double POOR_TIMING = 0.6;

    @Override
    public Assessment assess(Submission submission, AssessorParameters parameters) {
        List<Post> posts = submission.plan().posts();
        if (posts.isEmpty()) {
            return new Assessment(
                    0,
                    List.of(EvidenceLine.gap("The calendar has no posts, so nothing is scheduled: post when your"
                            + " audience is online, within each platform's usual weekly rhythm.")));
        }
        ScenarioDefinition scenario = submission.scenario();
        AudienceModel audience = AudienceModel.of(scenario);
        double timingSum = 0;
        List<Post> poor = new ArrayList<>();
        for (Post post : posts) {
            double timing = timing(scenario, audience, post);
            timingSum += timing;
            if (timing < POOR_TIMING) {
                poor.add(post);
            }
        }
        double timing = timingSum / posts.size();

        Map<Platform, int[]> perWeek = new EnumMap<>(Platform.class);
        for (Post post : posts) {
            if (scenario.platforms().containsKey(post.platform())
                    && post.week() >= 1
                    && post.week() <= scenario.weeks()) {
                perWeek.computeIfAbsent(post.platform(), p -> new int[scenario.weeks()])[post.week() - 1]++;
            }
        }
        double frequencySum = 0;
        int cells = 0;
        List<String> quiet = new ArrayList<>();
        List<String> over = new ArrayList<>();
        List<String> under = new ArrayList<>();
        List<String> within = new ArrayList<>();
        for (var entry : perWeek.entrySet()) {
            Range sweetSpot = scenario.platform(entry.getKey()).postsPerWeek();
            int[] counts = entry.getValue();
            List<Integer> quietWeeks = new ArrayList<>();
            int overWeeks = 0;
            int underWeeks = 0;
            int most = 0;
            for (int w = 0; w < counts.length; w++) {
                frequencySum += frequency(counts[w], sweetSpot);
                cells++;
                most = Math.max(most, counts[w]);
                if (counts[w] == 0) {
                    quietWeeks.add(w + 1);
                } else if (counts[w] < sweetSpot.min()) {
                    underWeeks++;
                } else if (counts[w] > sweetSpot.max()) {
                    overWeeks++;
                }
            }
            String platform = name(entry.getKey());
            String spot = (int) sweetSpot.min() + "–" + (int) sweetSpot.max();
            if (!quietWeeks.isEmpty()) {
                quiet.add(platform + " in week" + (quietWeeks.size() == 1 ? " " : "s ")
                        + and(quietWeeks.stream().map(String::valueOf).toList()));
            }
            if (overWeeks > 0) {
                over.add(platform + " (up to " + most + " a week against a sweet spot of " + spot + ")");
            }
            if (underWeeks > 0) {
                under.add(
                        platform + " (" + underWeeks + " week" + (underWeeks == 1 ? "" : "s") + " below " + spot + ")");
            }
            if (quietWeeks.isEmpty() && overWeeks == 0 && underWeeks == 0) {
                within.add(platform + " (" + spot + " a week)");
            }
        }
        double frequency = cells == 0 ? 0 : frequencySum / cells;
        double score = 0.65 * timing + 0.35 * frequency;

        List<Integer> emptyWeeks = emptyWeeks(perWeek, scenario.weeks());
        double ceiling = emptyWeeksCeiling(emptyWeeks.size(), scenario.weeks());
        List<EvidenceLine> evidence = new ArrayList<>();
        if (ceiling < Assessment.NO_CEILING) {
            evidence.add(EvidenceLine.gap(emptyWeeksLine(emptyWeeks, scenario.weeks(), ceiling)));
        }
        if (poor.isEmpty()) {
            evidence.add(EvidenceLine.strength("Every post goes out when most of its platform's audience is online."));
        } else {
            Post example = poor.stream()
                    .min(Comparator.comparingDouble(p -> timing(scenario, audience, p)))
                    .orElseThrow();
            String peak = scenario.platforms().containsKey(example.platform())
                    ? " Your " + name(example.platform()) + " audience is most active around "
                            + peakHours(audience, example.platform(), example.day()) + " on " + name(example.day())
                            + "s."
                    : "";
            evidence.add(EvidenceLine.gap(poor.size() + " of " + posts.size()
                    + " posts go out when few of their audience are online, e.g. " + ContentWords.post(example) + "."
                    + peak));
        }
        if (submission.results() != null) {
            submission.results().explanations().stream()
                    .filter(e -> e.effect() < 0 && e.factor().equals("timing") && e.platform() != null)
                    .min(Comparator.comparingDouble(Explanation::effect))
                    .ifPresent(e -> evidence.add(EvidenceLine.note("In the simulation, timing cost "
                            + percent(-e.effect()) + " of your " + name(e.platform()) + " reach against well-timed"
                            + " posts.")));
        }
        if (!quiet.isEmpty()) {
            evidence.add(EvidenceLine.gap("No posts on " + and(quiet)
                    + ": quiet weeks make the algorithm show your next posts to fewer people."));
        }
        if (!over.isEmpty()) {
            evidence.add(EvidenceLine.gap(
                    "Too many posts on " + and(over) + ": extra posts compete with each other and tire followers."));
        }
        if (!under.isEmpty()) {
            evidence.add(EvidenceLine.gap("Too few posts on " + and(under) + ": keep a steady weekly rhythm."));
        }
        if (!within.isEmpty() && quiet.isEmpty() && over.isEmpty() && under.isEmpty()) {
            evidence.add(EvidenceLine.strength(
                    "Posting frequency stays in each platform's sweet spot every week: " + and(within) + "."));
        }
        if (submission.results() != null) {
            submission.results().explanations().stream()
                    .filter(e -> e.effect() < 0
                            && (e.factor().equals("frequency") || e.factor().equals("quiet")))
                    .min(Comparator.comparingDouble(Explanation::effect))
                    .ifPresent(e -> evidence.add(EvidenceLine.note("In the simulation: " + e.sentence())));
        }
        if (poor.size() * 2 > posts.size()) {
            // Rubric guidance: a plan "that posts at night to an audience that sleeps should not reach Very good".
            evidence.add(EvidenceLine.gap("Most of your posts go out when your audience is not online, so this"
                    + " plan cannot be rated above Good however well it is made."));
            ceiling = Math.min(ceiling, Assessment.AT_MOST_GOOD);
        }
        return new Assessment(ContentWords.score(score), evidence).cappedAt(ceiling);
    }

    /** The weeks 1..{@code weeks} in which no post goes out on any of the scenario's platforms, in order. */
    static List<Integer> emptyWeeks(Map<Platform, int[]> perWeek, int weeks) {
        List<Integer> empty = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            int week = w;
            if (perWeek.values().stream().allMatch(counts -> counts[week] == 0)) {
                empty.add(w + 1);
            }
        }
        return empty;
    }

    /**
     * The ceiling an incomplete calendar puts on the content-plan criterion: at most Adequate when a third of the
     * campaign's weeks or more have no post, at most Good when any week has none, else none (see the class comment).
     */
    static double emptyWeeksCeiling(int emptyWeeks, int weeks) {
        if (emptyWeeks == 0) {
            return Assessment.NO_CEILING;
        }
        return emptyWeeks * 3 >= weeks ? Assessment.AT_MOST_ADEQUATE : Assessment.AT_MOST_GOOD;
    }

    private static String emptyWeeksLine(List<Integer> emptyWeeks, int weeks, double ceiling) {
        String which = "Your calendar has no posts in week" + (emptyWeeks.size() == 1 ? " " : "s ")
                + and(emptyWeeks.stream().map(String::valueOf).toList()) + " of " + weeks;
        return ceiling <= Assessment.AT_MOST_ADEQUATE
                ? which + ", so it does not fill the campaign and this criterion cannot be rated above Adequate;"
                        + " plan posts for every week."
                : which + ", so this criterion cannot be rated above Good; plan posts for every week of the"
                        + " campaign.";
    }

    /** The audience online at the post's hour against the best hour that day on its platform, in [0, 1]. */
    static double timing(ScenarioDefinition scenario, AudienceModel audience, Post post) {
        if (!scenario.platforms().containsKey(post.platform())) {
            return 0;
        }
        double best = audience.bestOfDay(post.platform(), post.day());
        return best > 0 ? ContentWords.clamp(audience.activity(post.platform(), post.day(), post.hour()) / best) : 0;
    }

    static double frequency(int posts, Range sweetSpot) {
        if (posts < sweetSpot.min()) {
            return sweetSpot.min() > 0 ? posts / sweetSpot.min() : 1;
        }
        return posts > sweetSpot.max() ? sweetSpot.max() / posts : 1;
    }

    /** The hours that day when the platform's audience is at 80% of its best or more: "10:00–13:00, 20:00–21:00". */
    private static String peakHours(AudienceModel audience, Platform platform, DayOfWeek day) {
        double best = audience.bestOfDay(platform, day);
        List<Integer> hours = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            if (audience.activity(platform, day, hour) >= 0.8 * best) {
                hours.add(hour);
            }
        }
        return HourRanges.format(hours);
    }
}
