package org.socialsim.grading.assessment;

import static org.socialsim.grading.assessment.ContentWords.and;
import static org.socialsim.grading.assessment.ContentWords.name;
import static org.socialsim.grading.assessment.ContentWords.percent;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.PlatformDefinition;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.definition.SegmentDefinition;
import org.socialsim.simulation.plan.Post;

/**
 * {@code platform_fit}: formats native to each platform, captions written for each platform rather than copied across
 * them, and posting where the scenario's audience is.
 *
 * <p>Score: {@code 0.55 × format + 0.25 × adaptation + 0.20 × coverage}. Format is the mean credit of the posts, a post
 * earning 1 when its format's reach weight is within 15% of the platform's best (the scenario's {@code formats}), 0 at
 * 40% of the best or less, linearly between; a post on a platform the scenario does not have earns 0. Adaptation is the
 * share of posts whose caption is not repeated word for word on another platform in the same week. Coverage is the
 * share of the audience (the scenario's platform mix) on the platforms the plan posts on. A plan without posts scores
 * 0.
 */
final class PlatformFitAssessor implements Assessor {

    /** A format within 15% of the platform's best is native (the reference plan's rule). */
    static final double NATIVE = 0.85;

    /** At 40% of the best format's reach or less a format earns nothing: the algorithm barely shows it. */
    static final double FOREIGN = 0.40;

    @Override
    public Assessment assess(Submission submission, AssessorParameters parameters) {
        List<Post> posts = submission.plan().posts();
        if (posts.isEmpty()) {
            return new Assessment(
                    0,
                    List.of(EvidenceLine.gap(
                            "The calendar has no posts, so no format or platform can be judged: plan posts in each"
                                    + " platform's strongest formats.")));
        }
        ScenarioDefinition scenario = submission.scenario();
        List<EvidenceLine> evidence = new ArrayList<>();

        double formatCredit = 0;
        Map<Platform, Map<Format, Integer>> weakFormats = new EnumMap<>(Platform.class);
        Map<Platform, Integer> postsOn = new EnumMap<>(Platform.class);
        Set<Platform> elsewhere = new LinkedHashSet<>();
        for (Post post : posts) {
            postsOn.merge(post.platform(), 1, Integer::sum);
            PlatformDefinition platform = scenario.platforms().get(post.platform());
            if (platform == null) {
                elsewhere.add(post.platform());
                continue;
            }
            double credit = formatCredit(platform, post.format());
            formatCredit += credit;
            if (credit < 1) {
                weakFormats
                        .computeIfAbsent(post.platform(), p -> new EnumMap<>(Format.class))
                        .merge(post.format(), 1, Integer::sum);
            }
        }
        double format = formatCredit / posts.size();

        int copied = copiedPosts(posts);
        double adaptation = 1 - (double) copied / posts.size();

        Map<Platform, Double> audience = audienceByPlatform(scenario);
        double coverage = 0;
        List<String> unused = new ArrayList<>();
        for (var entry : audience.entrySet()) {
            if (postsOn.containsKey(entry.getKey())) {
                coverage += entry.getValue();
            } else {
                unused.add(name(entry.getKey()));
            }
        }
        double score = 0.55 * format + 0.25 * adaptation + 0.20 * coverage;

        if (!weakFormats.isEmpty()) {
            int weak = weakFormats.values().stream()
                    .flatMap(m -> m.values().stream())
                    .mapToInt(Integer::intValue)
                    .sum();
            List<String> where = new ArrayList<>();
            weakFormats.forEach((platform, formats) -> {
                Format most = formats.entrySet().stream()
                        .max(Map.Entry.comparingByValue())
                        .orElseThrow()
                        .getKey();
                where.add(formats.get(most) + " " + name(most) + " post" + (formats.get(most) == 1 ? "" : "s") + " on "
                        + name(platform) + " (it favours " + name(best(scenario.platform(platform))) + ")");
            });
            evidence.add(EvidenceLine.gap(weak + " of " + posts.size()
                    + " posts use formats that travel poorly on their platform, e.g. "
                    + and(where.subList(0, Math.min(2, where.size())))
                    + ": use each platform's strongest formats."));
        } else if (elsewhere.isEmpty()) {
            evidence.add(EvidenceLine.strength("Every post uses a format native to its platform, e.g. "
                    + and(postsOn.keySet().stream()
                            .map(p -> name(best(scenario.platform(p))) + " on " + name(p))
                            .toList())
                    + "."));
        }
        if (copied > 0) {
            Post example = copiedExample(posts);
            evidence.add(EvidenceLine.gap(copied + " of " + posts.size()
                    + " posts repeat a caption word for word on another platform in the same week, e.g. '"
                    + quote(example.caption()) + "' in week " + example.week()
                    + ": adapt the words, length and hashtags to each platform's culture."));
        } else {
            evidence.add(EvidenceLine.strength("No caption is copied from one platform to another in the same week."));
        }
        if (!elsewhere.isEmpty()) {
            int count = (int)
                    posts.stream().filter(p -> elsewhere.contains(p.platform())).count();
            evidence.add(EvidenceLine.gap(count + " posts are planned on "
                    + and(elsewhere.stream().map(ContentWords::name).toList())
                    + ", which this brand does not use; move them to "
                    + and(scenario.platforms().keySet().stream()
                            .map(ContentWords::name)
                            .toList()) + "."));
        }
        if (!unused.isEmpty()) {
            evidence.add(EvidenceLine.gap("No posts on " + and(unused) + ", where " + percent(1 - coverage)
                    + " of the brand's audience spends its time."));
        }
        return new Assessment(ContentWords.score(score), evidence);
    }

    static double formatCredit(PlatformDefinition platform, Format format) {
        double best = platform.formats().values().stream()
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(1);
        double weight = platform.formats().getOrDefault(format, 0.0);
        double ratio = best > 0 ? weight / best : 0;
        return ContentWords.clamp((ratio - FOREIGN) / (NATIVE - FOREIGN));
    }

    private static Format best(PlatformDefinition platform) {
        return platform.formats().entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }

    /** The brand's audience per platform: each segment's share times its share of time on the platform. */
    private static Map<Platform, Double> audienceByPlatform(ScenarioDefinition scenario) {
        Map<Platform, Double> audience = new LinkedHashMap<>();
        double total = 0;
        for (Platform platform : scenario.platforms().keySet()) {
            double share = 0;
            for (SegmentDefinition segment : scenario.segments()) {
                share += segment.share() * segment.platforms().getOrDefault(platform, 0.0);
            }
            audience.put(platform, share);
            total += share;
        }
        if (total <= 0) {
            audience.replaceAll((p, share) -> 1.0 / scenario.platforms().size());
        } else {
            final double sum = total;
            audience.replaceAll((p, share) -> share / sum);
        }
        return audience;
    }

    /** Posts whose caption appears word for word on a different platform in the same week. */
    private static int copiedPosts(List<Post> posts) {
        Map<String, Set<Platform>> platforms = captionPlatforms(posts);
        return (int) posts.stream()
                .filter(p -> !key(p).isEmpty() && platforms.get(key(p)).size() > 1)
                .count();
    }

    private static Post copiedExample(List<Post> posts) {
        Map<String, Set<Platform>> platforms = captionPlatforms(posts);
        return posts.stream()
                .filter(p -> !key(p).isEmpty() && platforms.get(key(p)).size() > 1)
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, Set<Platform>> captionPlatforms(List<Post> posts) {
        Map<String, Set<Platform>> platforms = new LinkedHashMap<>();
        for (Post post : posts) {
            if (!key(post).isEmpty()) {
                platforms.computeIfAbsent(key(post), k -> new LinkedHashSet<>()).add(post.platform());
            }
        }
        return platforms;
    }

    /** The week and the caption as a reader compares them: case and spacing ignored. */
    private static String key(Post post) {
        String caption = post.caption().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return caption.isEmpty() ? "" : post.week() + "|" + caption;
    }

    private static String quote(String caption) {
        String text = caption.strip().replaceAll("\\s+", " ");
        return text.length() > 40 ? text.substring(0, 39).strip() + "…" : text;
    }
}
