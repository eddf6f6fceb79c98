package org.socialsim.attempt.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialsim.base.io.ReadResult;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.io.ScenarioReader;
import org.socialsim.simulation.plan.Plan;

class PlanChecksTest {

    private static ScenarioDefinition brewhaven;

    @BeforeAll
    static void readScenario() throws IOException {
        Path file = Path.of("scenarios/brewhaven-cold-brew.yaml");
        brewhaven = ((ReadResult.Valid<ScenarioDefinition>)
                        new ScenarioReader().read(file.toString(), Files.readAllBytes(file)))
                .definition();
    }

    private static List<String> problems(String yaml) {
        ReadResult<Plan> read = new PlanCodec().read("plan.yaml", yaml.getBytes(StandardCharsets.UTF_8), brewhaven);
        return read.problems().stream().map(Object::toString).toList();
    }

    @Test
    void a_post_outside_the_scenario_is_reported_at_each_wrong_key() {
        assertThat(problems("""
                        personas: []
                        posts:
                          - id: p1
                            week: 7
                            day: monday
                            hour: 24
                            platform: instagram
                            format: short_video
                            pillar: educational
                            persona: chloe
                            stage: awareness
                            call_to_action: none
                            caption: hello
                            hashtags: []
                            boost: -1
                        """))
                .containsExactly(
                        "plan.yaml:4:5: posts[0].week: week 7 is outside 1..6 of brewhaven-cold-brew",
                        "plan.yaml:6:5: posts[0].hour: hour 24 is outside 0..23",
                        "plan.yaml:8:5: posts[0].format: short_video cannot be posted on instagram;"
                                + " expected one of: image, carousel, reel, story, live",
                        "plan.yaml:10:5: posts[0].persona: no persona 'chloe': the plan has no personas",
                        "plan.yaml:15:5: posts[0].boost: must be 0 or more, not -1.0");
    }

    @Test
    void campaigns_creators_replies_and_the_crisis_are_checked_against_the_scenario() {
        assertThat(problems("""
                        campaigns:
                          - { id: c1, name: c, platform: youtube, objective: leads, personas: [], format: reel,
                              stage: awareness, budget: 100, bid_strategy: bid_cap, from_week: 3, to_week: 2 }
                        influencers:
                          - { influencer: nobody, week: 1, posts: 0, format: reel, fee: 10, disclosed: true }
                        community:
                          - { message: late-delivery-w2-1, action: reply_then_dm, reply: Sorry!, response_hours: 1 }
                          - { message: unknown-template, action: ignore, reply: '', response_hours: 0 }
                        crisis: { first_response_hours: 1, strategy: rebuild, bolster: false, channels: [x],
                                  holding_statement: sorry, pause_promotion: true, follow_ups: [] }
                        """))
                .containsExactly(
                        "plan.yaml:2:24: campaigns[0].platform: youtube is not a platform of brewhaven-cold-brew;"
                                + " expected one of: instagram, tiktok",
                        "plan.yaml:3:75: campaigns[0].to_week: to_week 2 is before from_week 3",
                        "plan.yaml:2:5: campaigns[0].bid_cap: a bid_cap campaign needs a bid_cap above 0",
                        "plan.yaml:5:36: influencers[0].posts: posts must be at least 1, not 0",
                        "plan.yaml:5:7: influencers[0].influencer: no influencer 'nobody' in brewhaven-cold-brew;"
                                + " expected one of: latte-art-lucy, study-break-zara, gym-fuel-gabe,"
                                + " morning-routine-tom, luxe-life-mia",
                        "plan.yaml:8:7: community[1].message: 'unknown-template' is neither a message template of"
                                + " brewhaven-cold-brew nor a message from one (template-wWEEK-N)",
                        "plan.yaml:9:82: crisis.channels[0]: x is not a platform of brewhaven-cold-brew;"
                                + " expected one of: instagram, tiktok");
    }

    @Test
    void duplicate_ids_and_unknown_business_objectives_are_reported() {
        List<String> problems = problems("""
                objectives:
                  - { id: o1, statement: a, baseline: 0, target: 1, deadline_week: 9, business_objective: fame }
                  - { id: o1, statement: b, baseline: 0, target: 1 }
                """);

        assertThat(problems)
                .contains("plan.yaml:3:7: objectives[1].id: id 'o1' is used twice")
                .anyMatch(p -> p.contains("objectives[0].deadline_week: week 9 is outside 1..6"))
                .anyMatch(p -> p.contains("objectives[0].business_objective: no business objective 'fame'"));
    }

    @Test
    void an_objective_on_a_platform_the_scenario_lacks_and_a_message_answered_twice_are_reported() {
        List<String> problems = problems("""
                objectives:
                  - { id: o1, statement: a, kpi: reach, platform: linkedin, baseline: 0, target: 1 }
                community:
                  - { message: where-to-buy-w1-1, action: reply_public, reply: "Sorry!", response_hours: 1 }
                  - { message: where-to-buy-w1-1, action: ignore, reply: "", response_hours: 0 }
                """);

        assertThat(problems)
                .anyMatch(p -> p.contains("objectives[0].platform: linkedin is not a platform of brewhaven-cold-brew"))
                .anyMatch(p -> p.contains("community[1].message: message 'where-to-buy-w1-1' is used twice"));
    }

    @Test
    void a_plan_that_fits_the_scenario_has_no_problems() {
        assertThat(problems(new PlanCodec().writeYaml(Plan.empty()))).isEmpty();
    }
}
