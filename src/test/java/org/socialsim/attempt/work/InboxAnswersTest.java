package org.socialsim.attempt.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.Channel;
import org.socialsim.scenario.definition.CommunityAction;
import org.socialsim.scenario.definition.MessageKind;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.InboundMessage;
import org.socialsim.simulation.plan.CommunityReply;
import org.socialsim.simulation.plan.Plan;

class InboxAnswersTest {

    private static final InboundMessage LATE = new InboundMessage(
            "late-delivery-w2-1",
            "late-delivery",
            MessageKind.COMPLAINT,
            Channel.DM,
            Platform.INSTAGRAM,
            2,
            DayOfWeek.TUESDAY,
            9,
            "Sam",
            "My order is late");

    @Test
    void an_answer_to_the_message_itself_wins_over_an_answer_to_its_template() {
        CommunityReply all = new CommunityReply("late-delivery", CommunityAction.REPLY_THEN_DM, "Sorry!", 4);
        CommunityReply own = new CommunityReply(LATE.id(), CommunityAction.REPLY_PUBLIC, "Sorry, Sam!", 1);
        Plan plan = withReplies(List.of(all));

        assertThat(InboxAnswers.answerTo(plan, LATE)).contains(all);
        assertThat(InboxAnswers.answerTo(withReplies(List.of(all, own)), LATE)).contains(own);
        assertThat(InboxAnswers.answerTo(Plan.empty(), LATE)).isEmpty();
    }

    @Test
    void answering_again_replaces_the_earlier_answer_and_keeps_the_others() {
        CommunityReply other = new CommunityReply("praise-w2-1", CommunityAction.REPLY_PUBLIC, "Thanks!", 1);
        Plan plan = InboxAnswers.withAnswer(
                withReplies(List.of(other)), new CommunityReply(LATE.id(), CommunityAction.IGNORE, "", 48));
        plan = InboxAnswers.withAnswer(plan, new CommunityReply(LATE.id(), CommunityAction.REPLY_THEN_DM, "Hi Sam", 1));

        assertThat(plan.community())
                .containsExactly(other, new CommunityReply(LATE.id(), CommunityAction.REPLY_THEN_DM, "Hi Sam", 1));
        assertThat(InboxAnswers.answered(plan, List.of(LATE))).isEqualTo(1);
    }

    @Test
    void the_response_time_closest_to_a_saved_number_of_hours_is_shown() {
        assertThat(ResponseTime.nearest(0.5)).isEqualTo(ResponseTime.WITHIN_AN_HOUR);
        assertThat(ResponseTime.nearest(3)).isEqualTo(ResponseTime.WITHIN_FOUR_HOURS);
        assertThat(ResponseTime.nearest(20)).isEqualTo(ResponseTime.NEXT_DAY);
        assertThat(ResponseTime.nearest(100)).isEqualTo(ResponseTime.TWO_DAYS);
    }

    private static Plan withReplies(List<CommunityReply> replies) {
        return new Plan(List.of(), List.of(), List.of(), List.of(), List.of(), replies, null);
    }
}
