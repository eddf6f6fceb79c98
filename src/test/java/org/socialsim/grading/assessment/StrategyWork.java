package org.socialsim.grading.assessment;

import java.util.Map;
import org.socialsim.attempt.work.Evaluation;
import org.socialsim.attempt.work.SituationalAnalysis;

/** Hand-written analyses of BrewHaven at the levels the strategy assessors must tell apart. */
final class StrategyWork {

    private StrategyWork() {}

    /** What a competent student writes: every part, the brief's and the panel's figures, and what they mean. */
    static SituationalAnalysis decentAnalysis() {
        return new SituationalAnalysis(
                "A loyal café following and 4,200 Instagram followers; brewing how-tos and customers' photos did"
                        + " best, so we will build the calendar on them.",
                "Posting has been irregular, some weeks five posts and some none, which means the algorithm has"
                        + " little reason to show us; we will post 4 times a week.",
                "Ready-to-drink coffee is growing and one TikTok video reached 40,000 views: short how-to videos"
                        + " can reach far beyond our 1,800 TikTok followers.",
                "Bean There has 86,000 Instagram followers and a chain's budget; Nitro North is loud on TikTok."
                        + " We cannot outspend them, so we will compete on taste and craft.",
                Map.of(
                        "Bean There",
                        "86,000 Instagram followers but only 0.35% engagement and 3% growth a month: big and"
                                + " tired, so we can out-engage it.",
                        "Nitro North",
                        "41,000 TikTok followers, 4.1% engagement and 10 posts a week; growing 9% a month."),
                "Commuters and students who want proper coffee at home: orders peak on weekday mornings and Sunday"
                        + " evenings, so we will post at 8am and on Sunday evening.");
    }

    /** A typical weak analysis: every box touched, adjectives instead of figures, no conclusions. */
    static SituationalAnalysis descriptiveAnalysis() {
        return new SituationalAnalysis(
                "Good quality coffee and a nice brand that people like.",
                "Not very well known and not many followers yet.",
                "Cold brew is popular and social media is growing a lot.",
                "There are big competitors that are more famous than the brand.",
                Map.of("Bean There", "A big chain with lots of followers on social media."),
                "Young people who like coffee and use Instagram and TikTok every day.");
    }

    static Evaluation recommendations(String recommendations) {
        return new Evaluation("", "", recommendations, Map.of());
    }
}
