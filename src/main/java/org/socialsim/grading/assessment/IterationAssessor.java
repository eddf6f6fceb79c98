package org.socialsim.grading.assessment;

import static org.socialsim.grading.assessment.ContentWords.clock;
import static org.socialsim.grading.assessment.ContentWords.name;
import static org.socialsim.grading.assessment.ContentWords.percent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.AudienceModel;
import org.socialsim.simulation.Explanation;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.plan.AdCampaign;
import org.socialsim.simulation.plan.BidStrategy;
import org.socialsim.simulation.plan.Post;

/**
 * {@code iteration}: later weeks changed in response to the data. For each week {@code w} from 2 up to the week after
 * the last one run, every weakness the engine flagged in week {@code w − 1} (a negative explanation about timing,
 * formats, frequency, a quiet week, the pillar mix, over-promotion, calls to action, or a campaign's bid cap or
 * relevance) is compared with week {@code w}'s posts and campaigns on the same platform; a data-driven change is one
 * that moves the flagged figure the right way (posts moved towards the audience's hours, formats closer to the
 * platform's best, the weekly count back towards the sweet spot, less promotion, fitting calls to action, a campaign
 * started in week {@code w} on that platform that drops the cap or adds persona targeting). Each (week, platform,
 * weakness) counts once.
 *
 * <p>Score: {@code 0.15 + 0.85 × min(1, changes / min_changes)} when the engine flagged at least one weakness; 0.5 when
 * the weeks run flagged nothing to answer (the data asked for no change, so the plan is neither credited nor blamed);
 * 0 when nothing is planned or no week has run; 1 when {@code min_changes} is 0.
 *
 * <p>Limitation: an attempt stores only its final plan, not its history, so a change is read from the difference
 * between consecutive weeks. A plan written entirely up front whose weeks happen to differ in the right way after a
 * flagged week looks iterative; a student who changed the plan in ways that do not show in consecutive weeks (e.g.
 * rewrote a persona) gets no credit here. Markers should read the evaluation for the student's own account.
 */
final class IterationAssessor implements Assessor {

    static final String MIN_CHANGES = "min_changes";
    static final int DEFAULT_MIN_CHANGES = 2;

    /** A mean timing or format credit must rise at least this much to count as a change. */
    private static final double MOVE = 0.15;

    /** A promotional share must fall, or the mix come this much closer to the audience, to count. */
    private static final double SHIFT = 0.10;

    /** One data-driven change, as the student reads it. */
    record Change(int week, Platform platform, String factor, String text) {}

    @Override
    public Assessment assess(Submission submission, AssessorParameters parameters) {
        int minChanges = Math.max(0, parameters.integer(MIN_CHANGES, DEFAULT_MIN_CHANGES));
        if (submission.plan().posts().isEmpty() && submission.plan().campaigns().isEmpty()) {
            return new Assessment(
                    0,
                    List.of(EvidenceLine.gap(
                            "Nothing is planned, so no week could change in response to the results.")));
        }
        SimulationRun results = submission.results();
        if (results == null) {
            return new Assessment(
                    0,
                    List.of(EvidenceLine.gap("No week has been run, so the plan has not yet met any data to respond to:"
                            + " run a week, read the dashboard's explanations, then adjust the next week.")));
        }
        ScenarioDefinition scenario = submission.scenario();
        AudienceModel audience = AudienceModel.of(scenario);
        List<Change> changes = new ArrayList<>();
        List<Change> ignored = new ArrayList<>();
        int flagged = 0;
        int lastWeek = Math.min(scenario.weeks(), results.weeksRun() + 1);
        for (int week = 2; week <= lastWeek; week++) {
            Map<String, Explanation> weaknesses = new LinkedHashMap<>();
            for (Explanation explanation : results.week(week - 1).explanations()) {
                if (explanation.effect() < 0 && explanation.platform() != null && handled(explanation.factor())) {
                    weaknesses.putIfAbsent(explanation.factor() + "|" + explanation.platform(), explanation);
                }
            }
            flagged += weaknesses.size();
            for (Explanation weakness : weaknesses.values()) {
                Optional<String> change = answer(submission, audience, week, weakness);
                if (change.isPresent()) {
                    changes.add(new Change(
                            week, Objects.requireNonNull(weakness.platform()), weakness.factor(), change.get()));
                } else if (week <= results.weeksRun()) {
                    Platform platform = Objects.requireNonNull(weakness.platform());
                    ignored.add(new Change(
                            week,
                            platform,
                            weakness.factor(),
                            "Week " + (week - 1) + "'s " + what(weakness) + " on " + name(platform) + " cost "
                                    + cost(weakness) + ", and no later week changed that."));
                }
            }
        }

        List<EvidenceLine> evidence = new ArrayList<>();
        double score;
        if (minChanges == 0) {
            score = 1;
        } else if (flagged == 0) {
            score = 0.5;
        } else {
            score = 0.15 + 0.85 * Math.min(1, (double) changes.size() / minChanges);
        }
        if (flagged == 0) {
            evidence.add(EvidenceLine.note(
                    results.weeksRun() == 1 && scenario.weeks() > 1
                            ? "Only week 1 has run and the simulation flagged no weakness in it, so nothing yet asked for a change."
                            : "The simulation flagged no weakness in the weeks run, so there was nothing the data asked you to"
                                    + " change; say so in your evaluation."));
        } else if (changes.isEmpty()) {
            evidence.add(EvidenceLine.gap("The simulation flagged " + flagged + " weakness" + (flagged == 1 ? "" : "es")
                    + " in the weeks run, but no later week changed to answer them: after each week, adjust the next one"
                    + " where the dashboard's explanations show a cost."));
        } else {
            evidence.add(
                    (changes.size() >= minChanges ? EvidenceLine.Kind.STRENGTH : EvidenceLine.Kind.GAP)
                                    == EvidenceLine.Kind.STRENGTH
                            ? EvidenceLine.strength(
                                    changes.size() + " data-driven change" + (changes.size() == 1 ? "" : "s")
                                            + " between weeks, " + minChanges + " needed for full credit.")
                            : EvidenceLine.gap(
                                    "Only " + changes.size() + " data-driven change" + (changes.size() == 1 ? "" : "s")
                                            + " between weeks, " + minChanges
                                            + " needed for full credit: answer more of what the"
                                            + " dashboard flagged."));
        }
        for (Change change : changes.subList(0, Math.min(3, changes.size()))) {
            evidence.add(EvidenceLine.strength(change.text()));
        }
        // A weakness answered later is not held against the student; one never answered is, once.
        ignored.stream()
                .filter(i -> changes.stream()
                        .noneMatch(
                                c -> c.platform() == i.platform() && c.factor().equals(i.factor())))
                .filter(distinctBy(i -> i.platform() + i.factor()))
                .limit(2)
                .forEach(i -> evidence.add(EvidenceLine.gap(i.text())));
        return new Assessment(ContentWords.score(score), evidence);
    }

    private static <T> java.util.function.Predicate<T> distinctBy(Function<T, String> key) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return item -> seen.add(key.apply(item));
    }

    private static boolean handled(String factor) {
        return switch (factor) {
            case "timing",
                    "format",
                    "frequency",
                    "quiet",
                    "pillar-mix",
                    "over-promotion",
                    "call-to-action",
                    "bid-cap",
                    "ad-relevance" -> true;
            default -> false;
        };
    }

    /** What week {@code week} changed on the weakness's platform that answers it, as a sentence; empty when nothing did. */
    private static Optional<String> answer(
            Submission submission, AudienceModel audience, int week, Explanation weakness) {
        ScenarioDefinition scenario = submission.scenario();
        Platform platform = Objects.requireNonNull(weakness.platform());
        List<Post> before = posts(submission, week - 1, platform);
        List<Post> after = posts(submission, week, platform);
        String since = " after week " + (week - 1) + "'s " + what(weakness) + " cost " + cost(weakness) + ".";
        String on = name(platform);
        return switch (weakness.factor()) {
            case "timing" -> {
                if (before.isEmpty() || after.isEmpty()) {
                    yield Optional.empty();
                }
                double was = mean(before, p -> SchedulingAssessor.timing(scenario, audience, p));
                double now = mean(after, p -> SchedulingAssessor.timing(scenario, audience, p));
                yield now - was >= MOVE
                        ? Optional.of("Week " + week + " moved " + on + " posts from " + clock(mode(before, Post::hour))
                                + " to " + clock(mode(after, Post::hour)) + since)
                        : Optional.empty();
            }
            case "format" -> {
                if (before.isEmpty() || after.isEmpty() || !scenario.platforms().containsKey(platform)) {
                    yield Optional.empty();
                }
                var definition = scenario.platform(platform);
                double was = mean(before, p -> PlatformFitAssessor.formatCredit(definition, p.format()));
                double now = mean(after, p -> PlatformFitAssessor.formatCredit(definition, p.format()));
                Format from = mode(before, Post::format);
                Format to = mode(after, Post::format);
                yield now - was >= MOVE
                        ? Optional.of("Week " + week + " switched " + on + " posts "
                                + (from == to ? "to stronger formats" : "from " + name(from) + " to " + name(to))
                                + since)
                        : Optional.empty();
            }
            case "frequency" ->
                after.size() < before.size() && !after.isEmpty()
                        ? Optional.of("Week " + week + " cut " + on + " posts from " + before.size() + " to "
                                + after.size() + since)
                        : Optional.empty();
            case "quiet" ->
                after.size() > before.size()
                        ? Optional.of("Week " + week + " posted " + after.size() + " times on " + on + " ("
                                + before.size() + " the week before)" + since)
                        : Optional.empty();
            case "pillar-mix" -> {
                if (before.isEmpty() || after.isEmpty()) {
                    yield Optional.empty();
                }
                Map<Pillar, Double> wanted = audience.interests(platform);
                double was = distance(before, wanted);
                double now = distance(after, wanted);
                Pillar favourite = wanted.entrySet().stream()
                        .max(Map.Entry.comparingByValue())
                        .map(Map.Entry::getKey)
                        .orElse(Pillar.EDUCATIONAL);
                yield was - now >= SHIFT
                        ? Optional.of("Week " + week + " shifted the " + on + " mix towards what the audience wants ("
                                + count(after, favourite) + " of " + after.size() + " posts " + name(favourite) + ")"
                                + since)
                        : Optional.empty();
            }
            case "over-promotion" -> {
                if (before.isEmpty() || after.isEmpty()) {
                    yield Optional.empty();
                }
                double was = (double) count(before, Pillar.PROMOTIONAL) / before.size();
                double now = (double) count(after, Pillar.PROMOTIONAL) / after.size();
                yield was - now >= SHIFT
                        ? Optional.of("Week " + week + " cut promotional posts on " + on + " from "
                                + count(before, Pillar.PROMOTIONAL) + " of " + before.size() + " to "
                                + count(after, Pillar.PROMOTIONAL) + " of " + after.size() + since)
                        : Optional.empty();
            }
            case "call-to-action" -> {
                List<Post> linkedBefore = linked(before);
                List<Post> linkedAfter = linked(after);
                if (linkedBefore.isEmpty() || linkedAfter.isEmpty()) {
                    yield Optional.empty();
                }
                double was = mean(linkedBefore, IterationAssessor::fits);
                double now = mean(linkedAfter, IterationAssessor::fits);
                yield now - was >= MOVE
                        ? Optional.of("Week " + week + " matched the calls to action of " + on
                                + " posts to their journey stage" + since)
                        : Optional.empty();
            }
            case "bid-cap", "ad-relevance" -> {
                AdCampaign earlier = campaignNamed(submission, weakness);
                yield submission.plan().campaigns().stream()
                        .filter(c -> c.platform() == platform && c.fromWeek() == week)
                        .filter(c -> weakness.factor().equals("bid-cap")
                                ? c.bidStrategy() == BidStrategy.LOWEST_COST
                                        || earlier != null
                                                && c.bidCap() != null
                                                && earlier.bidCap() != null
                                                && c.bidCap() > earlier.bidCap()
                                : !c.personas().isEmpty()
                                        && (earlier == null
                                                || c.personas().size()
                                                        > earlier.personas().size()
                                                || c.format() != earlier.format()))
                        .findFirst()
                        .map(c -> "Week " + week + " started campaign '" + c.name() + "' on " + on
                                + (weakness.factor().equals("bid-cap")
                                        ? " with a bid the market accepts"
                                        : " aimed at your personas")
                                + " after week " + (week - 1) + "'s " + what(weakness) + ".");
            }
            default -> Optional.empty();
        };
    }

    private static @Nullable AdCampaign campaignNamed(Submission submission, Explanation weakness) {
        return submission.plan().campaigns().stream()
                .filter(c -> weakness.sentence().startsWith("Campaign " + c.name() + " "))
                .findFirst()
                .orElse(null);
    }

    /** The weakness in the course's words: "timing", "formats", "over-posting". */
    private static String what(Explanation weakness) {
        return switch (weakness.factor()) {
            case "timing" -> "timing";
            case "format" -> "formats";
            case "frequency" -> "over-posting";
            case "quiet" -> "quiet spell";
            case "pillar-mix" -> "content mix";
            case "over-promotion" -> "over-promotion";
            case "call-to-action" -> "mismatched calls to action";
            case "bid-cap" -> "bid cap left budget unspent";
            default -> "poorly targeted campaign";
        };
    }

    /** What the weakness cost: "31% reach", "about 40 followers". */
    private static String cost(Explanation weakness) {
        return switch (weakness.factor()) {
            case "over-promotion" -> "followers";
            case "pillar-mix" -> percent(-weakness.effect()) + " engagement";
            case "call-to-action" -> percent(-weakness.effect()) + " of link clicks";
            case "bid-cap" -> percent(-weakness.effect()) + " of its budget";
            case "ad-relevance" -> "more per 1,000 impressions";
            default -> percent(-weakness.effect()) + " reach";
        };
    }

    private static List<Post> posts(Submission submission, int week, Platform platform) {
        return submission.plan().posts().stream()
                .filter(p -> p.week() == week && p.platform() == platform)
                .toList();
    }

    private static List<Post> linked(List<Post> posts) {
        return posts.stream()
                .filter(p -> p.link() != null && !p.link().isBlank())
                .toList();
    }

    private static double fits(Post post) {
        return AudienceModel.callToActionFits(post.callToAction(), post.stage()) ? 1 : 0;
    }

    private static double mean(List<Post> posts, java.util.function.ToDoubleFunction<Post> value) {
        return posts.stream().mapToDouble(value).average().orElse(0);
    }

    private static int count(List<Post> posts, Pillar pillar) {
        return (int) posts.stream().filter(p -> p.pillar() == pillar).count();
    }

    /** The total variation distance between the posts' pillar shares and the audience's appetite. */
    private static double distance(List<Post> posts, Map<Pillar, Double> wanted) {
        Map<Pillar, Double> shares = new EnumMap<>(Pillar.class);
        for (Post post : posts) {
            shares.merge(post.pillar(), 1.0 / posts.size(), Double::sum);
        }
        double distance = 0;
        for (Pillar pillar : Pillar.values()) {
            distance += Math.abs(shares.getOrDefault(pillar, 0.0) - wanted.getOrDefault(pillar, 0.0)) / 2;
        }
        return distance;
    }

    /** The most common value, the smallest on a tie, so the sentence is the same on every run. */
    private static <T extends Comparable<T>> T mode(List<Post> posts, Function<Post, T> value) {
        Map<T, Integer> counts = new java.util.TreeMap<>();
        for (Post post : posts) {
            counts.merge(value.apply(post), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Comparator.comparingInt(Map.Entry<T, Integer>::getValue))
                .orElseThrow()
                .getKey();
    }
}
