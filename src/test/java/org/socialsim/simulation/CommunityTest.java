package org.socialsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.CommunityAction;
import org.socialsim.scenario.definition.MessageTemplate;
import org.socialsim.scenario.definition.Range;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.CommunityReply;

class CommunityTest {

    private final ScenarioDefinition scenario = Scenarios.coldBrew();
    private final ScenarioTables tables = new ScenarioTables(scenario);
    private final MessageTemplate complaint = scenario.community().get(0);
    private final MessageTemplate troll = scenario.community().get(4);

    @Test
    void each_template_sends_its_weekly_rate_on_average_with_stable_ids() {
        Community community = new Community(tables, List.of());
        double complaints = 0;
        for (long seed = 0; seed < 2000; seed++) {
            for (InboundMessage m : community.arrivals(new RandomStreams(seed), 2)) {
                if (m.template().equals(complaint.id())) {
                    complaints++;
                }
            }
        }
        assertThat(complaints / 2000).isCloseTo(complaint.perWeek(), within(0.15));
        List<InboundMessage> week = community.arrivals(new RandomStreams(9), 3);
        assertThat(week).isEqualTo(community.arrivals(new RandomStreams(9), 3));
        assertThat(week).allSatisfy(m -> assertThat(m.id()).startsWith(m.template() + "-w3-"));
        assertThat(week)
                .isSortedAccordingTo((a, b) -> Integer.compare(
                        a.day().ordinal() * 24 + a.hour(), b.day().ordinal() * 24 + b.hour()));
    }

    @Test
    void a_template_limited_to_some_weeks_is_silent_in_the_others() {
        MessageTemplate late = new MessageTemplate(
                "late",
                complaint.kind(),
                complaint.channel(),
                null,
                20,
                new Range(5, 6),
                "A",
                "text",
                complaint.goodActions(),
                complaint.goodReply());
        ScenarioDefinition limited = new ScenarioDefinition(
                scenario.id(),
                scenario.title(),
                scenario.brief(),
                scenario.brand(),
                scenario.weeks(),
                scenario.currency(),
                scenario.conversion(),
                scenario.budget(),
                scenario.businessObjectives(),
                scenario.platforms(),
                scenario.segments(),
                scenario.competitors(),
                scenario.influencers(),
                List.of(late),
                scenario.crisis());
        Community community = new Community(new ScenarioTables(limited), List.of());
        assertThat(community.arrivals(new RandomStreams(1), 2)).isEmpty();
        assertThat(community.arrivals(new RandomStreams(1), 5)).isNotEmpty();
    }

    @Test
    void a_fast_personal_fitting_reply_scores_best_and_ignoring_a_complaint_scores_nothing() {
        String good = ReferencePlans.replyText(complaint);
        double fast = Community.quality(
                complaint, new CommunityReply(complaint.id(), CommunityAction.REPLY_THEN_DM, good, 0.5));
        double slow = Community.quality(
                complaint, new CommunityReply(complaint.id(), CommunityAction.REPLY_THEN_DM, good, 30));
        double wrongAction = Community.quality(
                complaint, new CommunityReply(complaint.id(), CommunityAction.REPLY_PUBLIC, good, 0.5));
        double curt = Community.quality(
                complaint, new CommunityReply(complaint.id(), CommunityAction.REPLY_THEN_DM, "ok", 0.5));
        assertThat(fast).isGreaterThan(0.9);
        assertThat(fast).isGreaterThan(slow).isGreaterThan(0);
        assertThat(fast).isGreaterThan(wrongAction);
        assertThat(fast).isGreaterThan(curt);
        assertThat(Community.quality(complaint, null)).isZero();
        assertThat(Community.quality(complaint, new CommunityReply(complaint.id(), CommunityAction.HIDE, "", 0)))
                .isZero();
    }

    @Test
    void hiding_a_troll_is_right_and_feeding_it_is_not() {
        assertThat(Community.quality(troll, new CommunityReply(troll.id(), CommunityAction.HIDE, "", 1)))
                .isEqualTo(1);
        assertThat(Community.quality(
                        troll, new CommunityReply(troll.id(), CommunityAction.REPLY_PUBLIC, "You are wrong!!", 1)))
                .isLessThan(0.3);
        assertThat(Community.needsAnswer(troll)).isFalse();
        assertThat(Community.needsAnswer(complaint)).isTrue();
    }

    @Test
    void a_reply_to_a_message_id_wins_over_a_reply_to_its_template() {
        CommunityReply toTemplate = new CommunityReply(complaint.id(), CommunityAction.REPLY_THEN_DM, "Sorry Sam", 1);
        CommunityReply toMessage =
                new CommunityReply(complaint.id() + "-w1-1", CommunityAction.ESCALATE, "Escalated", 2);
        Community community = new Community(tables, List.of(toTemplate, toMessage));
        InboundMessage first = new InboundMessage(
                complaint.id() + "-w1-1",
                complaint.id(),
                complaint.kind(),
                complaint.channel(),
                org.socialsim.scenario.definition.Platform.INSTAGRAM,
                1,
                java.time.DayOfWeek.MONDAY,
                9,
                "Sam",
                "late");
        InboundMessage second = new InboundMessage(
                complaint.id() + "-w1-2",
                complaint.id(),
                complaint.kind(),
                complaint.channel(),
                org.socialsim.scenario.definition.Platform.INSTAGRAM,
                1,
                java.time.DayOfWeek.MONDAY,
                10,
                "Sam",
                "late");
        assertThat(community.replyTo(first)).isEqualTo(toMessage);
        assertThat(community.replyTo(second)).isEqualTo(toTemplate);
    }

    @Test
    void timeliness_halves_after_about_seven_hours() {
        assertThat(Community.timeliness(0.5)).isEqualTo(1);
        assertThat(Community.timeliness(7)).isCloseTo(0.5, within(1e-12));
        assertThat(Community.timeliness(25)).isLessThan(0.25);
    }
}
