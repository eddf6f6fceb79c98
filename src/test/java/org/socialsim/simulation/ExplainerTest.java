package org.socialsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.Platform;

class ExplainerTest {

    @Test
    void effects_read_as_signed_percentages_and_points() {
        assertThat(Explainer.percent(-0.383)).isEqualTo("−38%");
        assertThat(Explainer.percent(0.131)).isEqualTo("+13%");
        assertThat(Explainer.points(-0.12)).isEqualTo("−12 points");
        assertThat(Explainer.effect(62, 100)).isEqualTo(-0.38, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Explainer.effect(5, 0)).isZero();
    }

    @Test
    void names_read_as_a_person_would_write_them() {
        assertThat(Explainer.name(Platform.TIKTOK)).isEqualTo("TikTok");
        assertThat(Explainer.name(Platform.INSTAGRAM)).isEqualTo("Instagram");
        assertThat(Explainer.name(org.socialsim.scenario.definition.Format.SHORT_VIDEO))
                .isEqualTo("short video");
    }

    @Test
    void the_busiest_hour_is_found_from_the_hidden_segments() {
        ScenarioTables tables = new ScenarioTables(Scenarios.coldBrew());
        assertThat(Explainer.busiestHour(tables, Platform.INSTAGRAM.ordinal())).matches("[A-Z][a-z]+day \\d\\d:00");
    }

    @Test
    void night_posting_is_explained_with_the_count_of_night_posts() {
        var scenario = Scenarios.coldBrew();
        SimulationRun run =
                new SimulationEngine().run(scenario, ReferencePlans.atNight(ReferencePlans.competent(scenario)), 1);
        assertThat(run.explanations("timing"))
                .isNotEmpty()
                .allSatisfy(
                        e -> assertThat(e.sentence()).contains("between 01:00 and 05:00, when your audience sleeps"))
                .allSatisfy(e -> assertThat(e.effect()).isLessThan(-0.3));
    }

    @Test
    void slow_answers_a_mismatched_call_to_action_and_lost_trust_are_named() {
        var scenario = Scenarios.coldBrew();
        var competent = ReferencePlans.competent(scenario);
        var slowReplies = new org.socialsim.simulation.plan.Plan(
                competent.objectives(),
                competent.personas(),
                competent.posts(),
                competent.campaigns(),
                competent.influencers(),
                competent.community().stream()
                        .map(r -> new org.socialsim.simulation.plan.CommunityReply(
                                r.message(), r.action(), r.reply(), 20))
                        .toList(),
                competent.crisis());
        var engine = new SimulationEngine();
        assertThat(engine.run(scenario, slowReplies, 1).explanations("response-time"))
                .singleElement()
                .satisfies(e -> assertThat(e.sentence()).contains("20 hours"));
        var shopNowToStrangers = ReferencePlans.withPosts(
                competent,
                p -> p.link() == null
                        ? p
                        : new org.socialsim.simulation.plan.Post(
                                p.id(),
                                p.week(),
                                p.day(),
                                p.hour(),
                                p.platform(),
                                p.format(),
                                p.pillar(),
                                p.persona(),
                                org.socialsim.scenario.definition.FunnelStage.AWARENESS,
                                org.socialsim.simulation.plan.CallToAction.SHOP_NOW,
                                p.link(),
                                p.caption(),
                                p.hashtags(),
                                p.boost()));
        assertThat(engine.run(scenario, shopNowToStrangers, 1).explanations("call-to-action"))
                .isNotEmpty();
        assertThat(engine.run(scenario, competent, 1).explanations("call-to-action"))
                .isEmpty();
        SimulationRun denied = engine.run(scenario, ReferencePlans.denyingCrisis(competent), 1);
        assertThat(denied.explanations("trust"))
                .singleElement()
                .satisfies(e -> assertThat(e.sentence()).contains("the crisis was not handled well"));
        assertThat(denied.week(5).explanations())
                .extracting(Explanation::factor)
                .contains("trust");
    }
}
