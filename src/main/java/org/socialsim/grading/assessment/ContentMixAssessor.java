package org.socialsim.grading.assessment;

import static org.socialsim.grading.assessment.ContentWords.and;
import static org.socialsim.grading.assessment.ContentWords.name;
import static org.socialsim.grading.assessment.ContentWords.or;
import static org.socialsim.grading.assessment.ContentWords.percent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.definition.SegmentDefinition;
import org.socialsim.simulation.AudienceModel;
import org.socialsim.simulation.Explanation;
import org.socialsim.simulation.plan.Post;

/**
 * {@code content_mix}: the balance of content pillars (educational, entertaining, promotional, user-generated) against
 * what the audience on each platform actually wants, and whether promotion stays within the rubric's limit.
 *
 * <p>Score: {@code min(0.75 × balance + 0.25 × variety, promotion cap)}, where balance is one minus the total
 * variation distance between the plan's pillar shares and the audience's appetite (each post weighted by its
 * platform's audience), variety is the pillars used out of three (capped at 1), and the promotion cap is 1 up to
 * {@code max_promotional_share} and falls by 0.03 per percentage point above it, never below 0.2 (the rule of thirds and
 * the 80/20 rule both keep selling to a third or a fifth). A plan without posts scores 0.
 */
final class ContentMixAssessor implements Assessor {

    static final String MAX_PROMOTIONAL_SHARE = "max_promotional_share";
    static final double DEFAULT_MAX_PROMOTIONAL_SHARE = 0.30;

    /** Each percentage point of promotion over the limit costs this much of the cap. */
    private static final double CAP_FALL = 3.0;

    private static final double CAP_FLOOR = 0.2;

    /** "Mostly promotional" in the rubric's guidance: more than half of the posts. */
    static final double MOSTLY = 0.5;

    /** Balance above this reads as suiting the audience. */
    private static final double GOOD_BALANCE = 0.75;

    @Override
    public Assessment assess(Submission submission, AssessorParameters parameters) {
        double limit = parameters.number(MAX_PROMOTIONAL_SHARE, DEFAULT_MAX_PROMOTIONAL_SHARE);
        List<Post> posts = submission.plan().posts();
        if (posts.isEmpty()) {
            return new Assessment(
                    0,
                    List.of(EvidenceLine.gap(
                            "The calendar has no posts, so there is no content mix to judge: plan educational,"
                                    + " entertaining, user-generated and some promotional posts.")));
        }
        ScenarioDefinition scenario = submission.scenario();
        AudienceModel audience = AudienceModel.of(scenario);
        Map<Pillar, Double> planShares = new EnumMap<>(Pillar.class);
        Map<Pillar, Double> wanted = new EnumMap<>(Pillar.class);
        Map<Pillar, Integer> counts = new EnumMap<>(Pillar.class);
        for (Pillar pillar : Pillar.values()) {
            planShares.put(pillar, 0.0);
            wanted.put(pillar, 0.0);
            counts.put(pillar, 0);
        }
        for (Post post : posts) {
            counts.merge(post.pillar(), 1, Integer::sum);
            planShares.merge(post.pillar(), 1.0 / posts.size(), Double::sum);
            Map<Pillar, Double> interests = audience.interests(post.platform());
            if (interests.isEmpty()) {
                interests = brandWide(scenario);
            }
            interests.forEach((pillar, share) -> wanted.merge(pillar, share / posts.size(), Double::sum));
        }
        double distance = 0;
        for (Pillar pillar : Pillar.values()) {
            distance += Math.abs(planShares.get(pillar) - wanted.get(pillar)) / 2;
        }
        double balance = 1 - distance;
        long used = counts.values().stream().filter(n -> n > 0).count();
        double variety = Math.min(1, used / 3.0);
        double promotional = planShares.get(Pillar.PROMOTIONAL);
        double cap = promotional <= limit ? 1 : Math.max(CAP_FLOOR, 1 - CAP_FALL * (promotional - limit));
        double score = Math.min(0.75 * balance + 0.25 * variety, cap);

        List<EvidenceLine> evidence = new ArrayList<>();
        int promotionalPosts = counts.get(Pillar.PROMOTIONAL);
        String promotionShare =
                promotionalPosts + " of " + posts.size() + " posts (" + percent(promotional) + ") are promotional";
        if (promotional > limit) {
            evidence.add(EvidenceLine.gap(promotionShare + ", above the " + percent(limit)
                    + " this assignment allows: swap some for educational, entertaining or customers' own content."));
        } else {
            evidence.add(EvidenceLine.strength(promotionShare + ", within the " + percent(limit) + " limit."));
        }
        List<Pillar> byAppetite = new ArrayList<>(List.of(Pillar.values()));
        byAppetite.sort(Comparator.comparingDouble((Pillar p) -> -wanted.get(p)));
        String mix = "Your mix is " + describe(planShares) + "; your audience responds most to "
                + name(byAppetite.get(0)) + ", then " + name(byAppetite.get(1)) + " content.";
        if (balance >= GOOD_BALANCE) {
            evidence.add(EvidenceLine.strength(mix));
        } else {
            Pillar under = byAppetite.stream()
                    .max(Comparator.comparingDouble((Pillar p) -> wanted.get(p) - planShares.get(p)))
                    .orElseThrow();
            evidence.add(EvidenceLine.gap(mix + " Move posts towards " + name(under) + " content."));
        }
        List<String> missing = new ArrayList<>();
        for (Pillar pillar : Pillar.values()) {
            if (counts.get(pillar) == 0 && pillar != Pillar.PROMOTIONAL) {
                missing.add(name(pillar));
            }
        }
        if (!missing.isEmpty()) {
            evidence.add(EvidenceLine.gap("No " + or(missing) + " posts: "
                    + (missing.contains(name(Pillar.USER_GENERATED))
                            ? "reposting customers' photos and reviews earns trust a brand cannot buy."
                            : "a mix of purposes keeps the audience following.")));
        }
        if (submission.results() != null) {
            submission.results().explanations().stream()
                    .filter(e -> e.effect() < 0
                            && (e.factor().equals("pillar-mix") || e.factor().equals("over-promotion")))
                    .min(Comparator.comparingDouble(Explanation::effect))
                    .ifPresent(e -> evidence.add(EvidenceLine.note("In the simulation: " + e.sentence())));
        }
        Assessment assessment = new Assessment(ContentWords.score(score), evidence);
        if (promotional > MOSTLY) {
            // Rubric guidance: "A plan that is mostly promotional ... should not reach Very good however polished".
            evidence.add(
                    1,
                    EvidenceLine.gap("More than half of your posts sell, so this plan cannot be rated above"
                            + " Good however well it is made: give most posts another purpose."));
            assessment = new Assessment(assessment.score(), evidence).cappedAt(Assessment.AT_MOST_GOOD);
        }
        return assessment;
    }

    /** The brand's whole audience's appetite, for posts on a platform the scenario does not have. */
    private static Map<Pillar, Double> brandWide(ScenarioDefinition scenario) {
        Map<Pillar, Double> interests = new EnumMap<>(Pillar.class);
        for (SegmentDefinition segment : scenario.segments()) {
            segment.interests()
                    .forEach((pillar, share) -> interests.merge(pillar, share * segment.share(), Double::sum));
        }
        return interests;
    }

    /** "50% entertaining, 20% educational, 20% user generated and 10% promotional", largest first. */
    private static String describe(Map<Pillar, Double> shares) {
        return and(shares.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<Pillar, Double>comparingByValue().reversed())
                .map(e -> percent(e.getValue()) + " " + name(e.getKey()))
                .toList());
    }
}
