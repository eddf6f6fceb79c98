package org.socialsim.grading.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.socialsim.attempt.work.Money;
import org.socialsim.scenario.definition.InfluencerDefinition;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.InfluencerPartnership;

/**
 * {@code influencer_compliance}: the creators the student paid and whether every sponsored post was disclosed. Each
 * partnership's choice scores 35% fit (the creator's audience overlap with the brand's real audience over the best
 * creator's, to the power 1.5 so that a poor fit costs more than a near miss), 35% authenticity (0 at 50% real followers,
 * 1 from 90%) and 30% value (real, relevant followers per
 * unit of fee, square root of its share of the best offer); a creator with fewer than half real followers is a trap
 * and halves it. Choices are averaged by the posts bought.
 *
 * <pre>
 * score = 0.2 × disclosed share of sponsored posts + 0.8 × choice
 * </pre>
 *
 * With {@code require_disclosure} (the default) a single undisclosed sponsored post scores 0, as docs/rubric-format.md
 * says. No creator at all scores 0.5 with a note when the scenario offered creators and a budget (nothing wrong, nothing
 * shown), 0.7 when it offered none (the right call); an empty submission (no week run, no creator) scores 0.
 */
final class InfluencerComplianceAssessor implements Assessor {

    static final String REQUIRE_DISCLOSURE = "require_disclosure";
    static final double NO_CREATOR_SCORE = 0.5;
    static final double NOTHING_OFFERED_SCORE = 0.7;
    static final double TRAP_AUTHENTICITY = 0.5;

    @Override
    public Assessment assess(Submission submission, AssessorParameters parameters) {
        boolean requireDisclosure = parameters.flag(REQUIRE_DISCLOSURE, true);
        ScenarioDefinition scenario = submission.scenario();
        List<InfluencerPartnership> partnerships = submission.plan().influencers();
        if (partnerships.isEmpty()) {
            return noCreators(submission);
        }
        List<EvidenceLine> lines = new ArrayList<>();
        long posts = 0;
        long disclosedPosts = 0;
        double choiceSum = 0;
        double fees = 0;
        List<String> undisclosed = new ArrayList<>();
        for (InfluencerPartnership partnership : partnerships) {
            int count = Math.max(1, partnership.posts());
            posts += count;
            fees += Math.max(0, partnership.fee());
            if (partnership.disclosed()) {
                disclosedPosts += count;
            } else {
                undisclosed.add(name(scenario, partnership) + " (week " + partnership.week() + ")");
            }
            Optional<InfluencerDefinition> creator = scenario.influencer(partnership.influencer());
            double choice = creator.filter(c -> scenario.platforms().containsKey(c.platform()))
                    .map(c -> choice(scenario, c))
                    .orElse(0.0);
            choiceSum += count * choice;
            lines.addAll(choiceLines(scenario, partnership, creator.orElse(null)));
        }
        double choice = choiceSum / posts;
        double disclosedShare = (double) disclosedPosts / posts;
        double score = 0.2 * disclosedShare + 0.8 * choice;
        if (!undisclosed.isEmpty()) {
            lines.add(
                    0,
                    EvidenceLine.gap((posts - disclosedPosts) + " of " + posts + " sponsored posts are not disclosed: "
                            + String.join(", ", undisclosed) + ". Label every paid post (#ad, paid partnership);"
                            + " hidden advertising breaks advertising rules and risks a backlash."));
            if (requireDisclosure) {
                score = 0;
            }
        } else {
            lines.add(EvidenceLine.strength(
                    posts == 1
                            ? "The sponsored post is disclosed as paid."
                            : "All " + posts + " sponsored posts are disclosed as paid."));
        }
        if (fees > scenario.budget().influencers() + 0.005) {
            lines.add(
                    EvidenceLine.gap("Your creator fees of " + money(scenario, fees) + " exceed the creator budget of "
                            + money(scenario, scenario.budget().influencers())
                            + "; the engine only pays what the budget holds."));
        }
        return new Assessment(Math.clamp(score, 0.0, 1.0), Excerpt.mostImportantFirst(lines));
    }

    private static Assessment noCreators(Submission submission) {
        ScenarioDefinition scenario = submission.scenario();
        if (submission.weeksRun() == 0) {
            return new Assessment(
                    0,
                    List.of(EvidenceLine.gap("No creator partnership was planned and no week was run,"
                            + " so there is no creator choice to judge.")));
        }
        if (scenario.influencers().isEmpty() || scenario.budget().influencers() <= 0) {
            return new Assessment(
                    NOTHING_OFFERED_SCORE,
                    List.of(EvidenceLine.note(
                            "The scenario offered no creators to pay, so there was no creator choice to make.")));
        }
        return new Assessment(
                NO_CREATOR_SCORE,
                List.of(EvidenceLine.note("You worked with no creator, although the scenario offered "
                        + scenario.influencers().size() + " and a creator budget of "
                        + money(scenario, scenario.budget().influencers())
                        + ". Nothing was wrong, but nothing showed how you would choose and disclose one.")));
    }

    /** How well paying {@code creator} serves the brand, in [0, 1]. */
    static double choice(ScenarioDefinition scenario, InfluencerDefinition creator) {
        double bestOverlap = scenario.influencers().stream()
                .filter(c -> scenario.platforms().containsKey(c.platform()))
                .mapToDouble(InfluencerDefinition::overlap)
                .max()
                .orElse(creator.overlap());
        double bestValue = scenario.influencers().stream()
                .filter(c -> scenario.platforms().containsKey(c.platform()))
                .mapToDouble(InfluencerComplianceAssessor::value)
                .max()
                .orElse(value(creator));
        double fit = bestOverlap > 0 ? Math.pow(creator.overlap() / bestOverlap, 1.5) : 0;
        double authenticity = Math.clamp((creator.authenticity() - 0.5) / 0.4, 0.0, 1.0);
        double value = bestValue > 0 ? Math.sqrt(value(creator) / bestValue) : 0;
        double choice = 0.35 * fit + 0.35 * authenticity + 0.30 * value;
        return creator.authenticity() < TRAP_AUTHENTICITY ? choice / 2 : choice;
    }

    /** Real followers inside the brand's audience per unit of fee. */
    static double value(InfluencerDefinition creator) {
        return creator.audience() * creator.authenticity() * creator.overlap() / Math.max(1, creator.fee());
    }

    private static List<EvidenceLine> choiceLines(
            ScenarioDefinition scenario, InfluencerPartnership partnership, @Nullable InfluencerDefinition creator) {
        if (creator == null) {
            return List.of(EvidenceLine.gap("Your partnership names a creator the scenario does not offer ('"
                    + partnership.influencer() + "'); choose one of the scenario's creators."));
        }
        if (!scenario.platforms().containsKey(creator.platform())) {
            return List.of(EvidenceLine.gap(creator.name() + " posts on a platform the brand does not use."));
        }
        String real = Math.round(100 * creator.authenticity()) + "%";
        String overlap = Math.round(100 * creator.overlap()) + "%";
        if (creator.authenticity() < TRAP_AUTHENTICITY) {
            return List.of(EvidenceLine.gap(creator.name() + " has a large audience, but only " + real
                    + " of it is real and " + overlap + " of it is in your audience; choose a smaller creator"
                    + " whose followers are real and match your personas."));
        }
        double bestOverlap = scenario.influencers().stream()
                .filter(c -> scenario.platforms().containsKey(c.platform()))
                .mapToDouble(InfluencerDefinition::overlap)
                .max()
                .orElse(creator.overlap());
        if (choice(scenario, creator) >= 0.8) {
            return List.of(EvidenceLine.strength(creator.name() + " fits: " + overlap + " of the audience is yours and "
                    + real + " of it is real, at " + money(scenario, creator.fee()) + " a post."));
        }
        if (creator.overlap() < 0.6 * bestOverlap) {
            return List.of(EvidenceLine.gap("Only " + overlap + " of " + creator.name()
                    + "'s audience is in your audience, where other creators offered up to "
                    + Math.round(100 * bestOverlap) + "%; pick creators by audience fit, not size."));
        }
        return List.of(EvidenceLine.gap(creator.name() + " costs " + money(scenario, creator.fee())
                + " a post for a modest reach into your audience; compare creators by the real followers in your"
                + " audience each one reaches for the fee."));
    }

    private static String name(ScenarioDefinition scenario, InfluencerPartnership partnership) {
        return scenario.influencer(partnership.influencer())
                .map(InfluencerDefinition::name)
                .orElse(partnership.influencer());
    }

    private static String money(ScenarioDefinition scenario, double amount) {
        return Money.format(amount, scenario.currency(), java.util.Locale.UK);
    }
}
