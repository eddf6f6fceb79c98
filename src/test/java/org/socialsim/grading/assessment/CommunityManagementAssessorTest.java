package org.socialsim.grading.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.CommunityAction;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.InboxRules;
import org.socialsim.simulation.plan.CommunityReply;
import org.socialsim.simulation.plan.Plan;

class CommunityManagementAssessorTest {

    private static final ScenarioDefinition BREWHAVEN = Submissions.brewhaven();
    private static final CommunityManagementAssessor ASSESSOR = new CommunityManagementAssessor();

    private static Assessment assess(java.util.function.UnaryOperator<Plan> edit) {
        return assess(edit, AssessorParameters.NONE);
    }

    private static Assessment assess(java.util.function.UnaryOperator<Plan> edit, AssessorParameters parameters) {
        return ASSESSOR.assess(Submissions.competentPlan(BREWHAVEN, edit), parameters);
    }

    private static CommunityReply replacing(
            CommunityReply reply, String template, CommunityAction action, String text) {
        return reply.message().equals(template)
                ? new CommunityReply(reply.message(), action, text, reply.responseHours())
                : reply;
    }

    @Test
    void the_reference_competent_inbox_reaches_excellent() {
        Assessment assessment = ASSESSOR.assess(Submissions.competentPlan(BREWHAVEN), AssessorParameters.NONE);

        assertThat(assessment.score()).isGreaterThanOrEqualTo(0.7);
        assertThat(assessment.evidence())
                .contains(EvidenceLine.strength("Every answer came within 4 h, the response time people expect."));
    }

    @Test
    void an_empty_submission_scores_zero() {
        Assessment assessment = ASSESSOR.assess(Submissions.empty(BREWHAVEN), AssessorParameters.NONE);

        assertThat(assessment.score()).isZero();
        assertThat(assessment.evidence().get(0).kind()).isEqualTo(EvidenceLine.Kind.GAP);
    }

    @Test
    void an_ignored_inbox_scores_near_zero_and_says_how_many_went_unanswered() {
        Assessment assessment = assess(plan -> CommunityPlanEdits.withReplies(plan, List.of()));

        assertThat(assessment.score()).isLessThan(0.1);
        assertThat(assessment.evidence().get(0).text())
                .contains("messages that needed an answer got none (response rate 0%)")
                .contains("Answer every question, complaint and lead.");
    }

    @Test
    void answering_more_of_the_inbox_scores_higher() {
        List<String> answering = BREWHAVEN.community().stream()
                .filter(InboxRules::needsAnswer)
                .map(t -> t.id())
                .toList();
        double previous = -1;
        for (int answered = 0; answered <= answering.size(); answered += 3) {
            List<String> kept = answering.subList(0, answered);
            double score = assess(plan -> CommunityPlanEdits.withReplies(
                            plan,
                            plan.community().stream()
                                    .filter(r -> !answering.contains(r.message()) || kept.contains(r.message()))
                                    .toList()))
                    .score();
            assertThat(score).as("%d kinds answered", answered).isGreaterThan(previous);
            previous = score;
        }
    }

    @Test
    void slow_replies_score_lower_and_a_longer_target_forgives_them() {
        java.util.function.UnaryOperator<Plan> nextDay = plan ->
                CommunityPlanEdits.editReplies(plan, r -> new CommunityReply(r.message(), r.action(), r.reply(), 24));

        double fast = ASSESSOR.assess(Submissions.competentPlan(BREWHAVEN), AssessorParameters.NONE)
                .score();
        Assessment slow = assess(nextDay);
        double forgiven = assess(nextDay, AssessorParameters.of("target_response_hours", 24.0))
                .score();

        assertThat(slow.score()).isLessThan(fast);
        assertThat(forgiven).isGreaterThan(slow.score());
        assertThat(slow.evidence())
                .extracting(EvidenceLine::text)
                .anySatisfy(text -> assertThat(text).contains("answers came later than 4 h, the slowest after 24 h"));
    }

    @Test
    void a_discount_code_in_a_reply_to_a_complaint_is_flagged_as_selling() {
        Assessment assessment = assess(plan -> CommunityPlanEdits.editReplies(
                plan,
                r -> replacing(
                        r,
                        "late-delivery",
                        CommunityAction.REPLY_THEN_DM,
                        "Hi Dan, sorry! Use code SAVE20 for 20% off your next order, shop now.")));

        assertThat(assessment.evidence())
                .extracting(EvidenceLine::text)
                .anySatisfy(text -> assertThat(text)
                        .containsPattern("^\\d+ replies sell instead of helping, e.g. to Dan Whitfield: 'Hi Dan,"
                                + " sorry! Use code SAVE20")
                        .endsWith("Leave discount codes and links out of complaints and solve the problem first."));
    }

    @Test
    void a_private_complaint_answered_in_public_is_the_wrong_channel() {
        Assessment assessment = assess(plan -> CommunityPlanEdits.editReplies(
                plan,
                r -> replacing(
                        r,
                        "late-delivery",
                        CommunityAction.REPLY_PUBLIC,
                        "Hi Dan, we're so sorry about this, we understand. We'll send a replacement today.")));

        assertThat(assessment.score())
                .isLessThan(ASSESSOR.assess(Submissions.competentPlan(BREWHAVEN), AssessorParameters.NONE)
                        .score());
        assertThat(assessment.evidence())
                .extracting(EvidenceLine::text)
                .anySatisfy(text -> assertThat(text)
                        .contains("used the wrong channel: you chose a public reply for Dan Whitfield's complaint")
                        .endsWith("which needs a reply that moves to a private message."));
    }

    @Test
    void one_canned_reply_for_every_kind_of_message_scores_as_weak_work() {
        Assessment assessment = assess(plan -> CommunityPlanEdits.editReplies(
                plan,
                r -> InboxRules.isAnswer(r.action())
                        ? new CommunityReply(r.message(), r.action(), "Thanks for your message!", 12)
                        : r));

        assertThat(assessment.score()).isBetween(0.3, 0.55);
        assertThat(assessment.evidence())
                .extracting(EvidenceLine::text)
                .anySatisfy(text -> assertThat(text).startsWith("The same reply 'Thanks for your message!' went to"));
    }

    @Test
    void replying_to_spam_instead_of_hiding_it_costs_credit() {
        Assessment assessment = assess(plan -> CommunityPlanEdits.editReplies(
                plan,
                r -> replacing(r, "crypto-spam", CommunityAction.REPLY_PUBLIC, "Please stop posting this here.")));

        assertThat(assessment.evidence())
                .extracting(EvidenceLine::text)
                .anySatisfy(text -> assertThat(text).contains("got a public reply, where hiding it suits it."));
    }

    @Test
    void the_same_submission_always_gets_the_same_assessment() {
        Submission submission = Submissions.competentPlan(
                BREWHAVEN,
                plan -> CommunityPlanEdits.editReplies(
                        plan, r -> new CommunityReply(r.message(), r.action(), r.reply(), 6)));

        assertThat(ASSESSOR.assess(submission, AssessorParameters.NONE))
                .isEqualTo(ASSESSOR.assess(submission, AssessorParameters.NONE));
    }
}
