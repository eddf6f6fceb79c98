package org.socialsim.grading.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.socialsim.attempt.work.InboxAnswers;
import org.socialsim.scenario.definition.CommunityAction;
import org.socialsim.scenario.definition.MessageKind;
import org.socialsim.scenario.definition.MessageTemplate;
import org.socialsim.scenario.definition.ReplyQuality;
import org.socialsim.simulation.InboundMessage;
import org.socialsim.simulation.InboxRules;
import org.socialsim.simulation.WeekResult;
import org.socialsim.simulation.plan.CommunityReply;

/**
 * {@code community_management}: how the inbox of the weeks run was handled. Every message that arrived is scored in
 * [0, 1] and the score is their weighted mean (messages that need an answer count 1, spam and trolls ½):
 *
 * <ul>
 *   <li>a message that needs an answer (questions, complaints, leads, praise, misinformation; {@link
 *       InboxRules#needsAnswer}) and got none scores 0; answered, it scores fit × (25% time + 45% text + 30% tone),
 *       where fit is 1 for an action the scenario lists as right and 0.6 for an answer in the wrong channel (a complaint
 *       answered in public), time is 1 up to {@code target_response_hours} and falls as 1 / (1 + overrun / (2 ×
 *       target)), text is the engine's own reply score ({@link InboxRules#replyTextScore}: what the message needs,
 *       personal, empathetic, no hard sell), and tone is the mean of three checks the rubric names: addressed to the
 *       person by name and not one canned text for every kind of message (a canned text also keeps only 60% of its
 *       text score), empathy in replies to complaints, and no
 *       selling or links in them;
 *   <li>spam and trolls score 1 for a right action (hide spam, leave a troll or answer it calmly), 0.3 when answered
 *       against advice (it feeds them) and 0 when left up.
 * </ul>
 */
final class CommunityManagementAssessor implements Assessor {

    static final String TARGET_RESPONSE_HOURS = "target_response_hours";
    static final double DEFAULT_TARGET_HOURS = 4;

    /** A reply text used for this many different kinds of message reads as canned. */
    static final int CANNED_TEMPLATES = 3;

    /** The share of the engine's text score a canned reply keeps. */
    static final double CANNED_TEXT_CREDIT = 0.6;

    @Override
    public Assessment assess(Submission submission, AssessorParameters parameters) {
        double target = parameters.number(TARGET_RESPONSE_HOURS, DEFAULT_TARGET_HOURS);
        if (submission.results() == null) {
            return new Assessment(
                    0,
                    List.of(EvidenceLine.gap(
                            "No week has been run, so no message reached your inbox and there is nothing to judge."
                                    + " Run the weeks and answer the messages that arrive.")));
        }
        Map<String, MessageTemplate> templates = new HashMap<>();
        submission.scenario().community().forEach(t -> templates.put(t.id(), t));
        List<Handled> handled = new ArrayList<>();
        for (WeekResult week : submission.results().weeks()) {
            for (InboundMessage message : week.inbox()) {
                MessageTemplate template = templates.get(message.template());
                if (template != null) {
                    handled.add(new Handled(
                            message,
                            template,
                            InboxAnswers.answerTo(submission.plan(), message).orElse(null)));
                }
            }
        }
        if (handled.isEmpty()) {
            return new Assessment(
                    0.5,
                    List.of(EvidenceLine.note("No message arrived in the weeks run, so the inbox cannot be judged.")));
        }
        Set<String> canned = cannedTexts(handled);
        double sum = 0;
        double weights = 0;
        for (Handled h : handled) {
            double weight = h.needsAnswer() ? 1 : 0.5;
            sum += weight * score(h, target, canned);
            weights += weight;
        }
        double score = Math.clamp(sum / weights, 0.0, 1.0);
        return new Assessment(score, evidence(handled, target, canned));
    }

    static double score(Handled h, double target, Set<String> canned) {
        CommunityAction action = h.action();
        boolean good = h.template.goodActions().contains(action);
        if (!h.needsAnswer()) {
            if (good) {
                return h.answered() ? 0.5 + 0.5 * InboxRules.replyTextScore(h.text(), h.template) : 1;
            }
            return InboxRules.isAnswer(action) ? 0.3 : 0;
        }
        if (!h.answered()) {
            return 0;
        }
        double fit = good ? 1 : 0.6;
        double text = InboxRules.replyTextScore(h.text(), h.template);
        if (canned.contains(normalised(h.text()))) {
            // The engine credits a canned "thanks for your message" for thanking; it answers nobody in particular.
            text *= CANNED_TEXT_CREDIT;
        }
        return fit * (0.25 * timeliness(h.hours(), target) + 0.45 * text + 0.30 * tone(h, canned));
    }

    /** 1 up to the target, then falling: half at three times the target. */
    static double timeliness(double hours, double target) {
        return hours <= target ? 1 : 1 / (1 + (hours - target) / (2 * target));
    }

    static double tone(Handled h, Set<String> canned) {
        double personal = personal(h, canned) ? 1 : 0;
        double empathy = !h.isComplaint() || empathetic(h) ? 1 : 0;
        double restraint = promotional(h) ? 0 : 1;
        return (personal + empathy + restraint) / 3;
    }

    static boolean personal(Handled h, Set<String> canned) {
        return namesAuthor(h.text(), h.template.author()) && !canned.contains(normalised(h.text()));
    }

    static boolean empathetic(Handled h) {
        return InboxRules.replyShows(h.text(), ReplyQuality.EMPATHISE, h.template)
                || InboxRules.replyShows(h.text(), ReplyQuality.APOLOGISE, h.template);
    }

    /** Selling anywhere in a reply, and links in a reply to a complaint, read as an advert. */
    static boolean promotional(Handled h) {
        return InboxRules.overPromotes(h.text())
                || (h.isComplaint() && Excerpt.any(h.text(), "http", "www.", ".com", ".co.uk", "link in bio"));
    }

    /** Whether the reply uses the author's first name or handle ("@hannah.k" → "hannah"). */
    static boolean namesAuthor(String reply, String author) {
        String lower = reply.toLowerCase(Locale.ROOT);
        String name = author.strip().toLowerCase(Locale.ROOT).replace("@", "");
        String first = name.split("[\\s._]")[0];
        return (first.length() >= 3 && lower.contains(first)) || (!name.isBlank() && lower.contains(name));
    }

    /** Reply texts the student used for {@link #CANNED_TEMPLATES} or more kinds of message. */
    static Set<String> cannedTexts(List<Handled> handled) {
        Map<String, Set<String>> templatesByText = new HashMap<>();
        for (Handled h : handled) {
            if (h.answered() && !h.text().isBlank()) {
                templatesByText
                        .computeIfAbsent(normalised(h.text()), k -> new HashSet<>())
                        .add(h.template.id());
            }
        }
        Set<String> canned = new HashSet<>();
        templatesByText.forEach((text, ids) -> {
            if (ids.size() >= CANNED_TEMPLATES) {
                canned.add(text);
            }
        });
        return canned;
    }

    private static String normalised(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static List<EvidenceLine> evidence(List<Handled> handled, double target, Set<String> canned) {
        List<Handled> needing = handled.stream().filter(Handled::needsAnswer).toList();
        List<Handled> answered = needing.stream().filter(Handled::answered).toList();
        List<EvidenceLine> lines = new ArrayList<>();

        List<Handled> unanswered = needing.stream().filter(h -> !h.answered()).toList();
        if (needing.isEmpty()) {
            lines.add(EvidenceLine.note("None of the messages in the weeks run needed an answer."));
        } else if (unanswered.isEmpty()) {
            lines.add(EvidenceLine.strength("You answered all " + needing.size() + " messages that needed an answer."));
        } else {
            lines.add(EvidenceLine.gap(unanswered.size() + " of " + needing.size()
                    + " messages that needed an answer got none (response rate "
                    + Excerpt.percent(answered.size(), needing.size()) + "), for example " + examples(unanswered)
                    + ". Answer every question, complaint and lead."));
        }

        List<Handled> wrongChannel = answered.stream()
                .filter(h -> !h.template.goodActions().contains(h.action()))
                .toList();
        if (!wrongChannel.isEmpty()) {
            Handled first = wrongChannel.get(0);
            lines.add(EvidenceLine.gap(
                    Excerpt.count(wrongChannel.size(), "answer", "answers") + " used the wrong channel: you chose "
                            + actionName(first.action()) + " for " + example(first) + ", which needs "
                            + actionName(first.template.goodActions().get(0)) + "."));
        }
        List<Handled> leftUp = handled.stream()
                .filter(h -> !h.needsAnswer() && !h.template.goodActions().contains(h.action()))
                .toList();
        if (!leftUp.isEmpty()) {
            Handled first = leftUp.get(0);
            lines.add(EvidenceLine.gap(
                    Excerpt.count(leftUp.size(), "spam or troll message was", "spam or troll messages were")
                            + " mishandled: "
                            + example(first) + " got " + actionName(first.action()) + ", where "
                            + actionName(first.template.goodActions().get(0)) + " suits it."));
        }

        List<Handled> selling = answered.stream()
                .filter(CommunityManagementAssessor::promotional)
                .toList();
        if (!selling.isEmpty()) {
            Handled first = selling.get(0);
            lines.add(EvidenceLine.gap(selling.size() + " repl" + (selling.size() == 1 ? "y sells" : "ies sell")
                    + " instead of helping, e.g. to " + first.message.author() + ": '" + Excerpt.quote(first.text(), 70)
                    + "'. Leave discount codes and links out of complaints and solve the problem first."));
        }

        if (!answered.isEmpty()) {
            List<Handled> late =
                    answered.stream().filter(h -> h.hours() > target).toList();
            if (late.isEmpty()) {
                lines.add(EvidenceLine.strength(
                        "Every answer came within " + Excerpt.hours(target) + ", the response time people expect."));
            } else {
                Handled slowest = late.stream()
                        .max((a, b) -> Double.compare(a.hours(), b.hours()))
                        .orElseThrow();
                lines.add(EvidenceLine.gap(late.size() + " of " + answered.size() + " answers came later than "
                        + Excerpt.hours(target) + ", the slowest after " + Excerpt.hours(slowest.hours()) + " ("
                        + example(slowest) + "). Plan inbox checks so replies come within " + Excerpt.hours(target)
                        + "."));
            }
        }

        List<Handled> cold =
                answered.stream().filter(h -> h.isComplaint() && !empathetic(h)).toList();
        if (!cold.isEmpty()) {
            Handled first = cold.get(0);
            lines.add(EvidenceLine.gap(cold.size() + " repl" + (cold.size() == 1 ? "y" : "ies")
                    + " to complaints show no empathy, e.g. to " + first.message.author() + ": '"
                    + Excerpt.quote(first.text(), 60) + "'. Say you are sorry or understand before you fix it."));
        }
        List<Handled> cannedReplies = answered.stream()
                .filter(h -> canned.contains(normalised(h.text())))
                .toList();
        List<Handled> impersonal = answered.stream()
                .filter(h -> !namesAuthor(h.text(), h.template.author()))
                .toList();
        if (!cannedReplies.isEmpty()) {
            lines.add(EvidenceLine.gap("The same reply '"
                    + Excerpt.quote(cannedReplies.get(0).text(), 60)
                    + "' went to " + cannedReplies.size() + " messages of different kinds. Answer what each person"
                    + " actually wrote."));
        } else if (!impersonal.isEmpty()) {
            lines.add(EvidenceLine.gap(impersonal.size() + " of " + answered.size()
                    + " answers do not use the person's name, e.g. to "
                    + impersonal.get(0).message.author() + ": '"
                    + Excerpt.quote(impersonal.get(0).text(), 60) + "'. Address people by name."));
        } else if (!answered.isEmpty() && cold.isEmpty() && selling.isEmpty()) {
            lines.add(EvidenceLine.strength(
                    "Your replies address people by name, show empathy to complaints and" + " do not sell."));
        }
        return Excerpt.mostImportantFirst(lines);
    }

    private static String examples(List<Handled> messages) {
        Map<String, Handled> byTemplate = new LinkedHashMap<>();
        messages.forEach(h -> byTemplate.putIfAbsent(h.template.id(), h));
        return byTemplate.values().stream()
                .limit(2)
                .map(CommunityManagementAssessor::example)
                .reduce((a, b) -> a + " and " + b)
                .orElse("");
    }

    private static String example(Handled h) {
        return h.message.author() + "'s " + kindName(h.template.kind()) + " '" + Excerpt.quote(h.message.text(), 45)
                + "' (week " + h.message.week() + ")";
    }

    private static String kindName(MessageKind kind) {
        return switch (kind) {
            case QUESTION -> "question";
            case COMPLAINT -> "complaint";
            case PRAISE -> "praise";
            case LEAD -> "enquiry";
            case TROLL -> "troll comment";
            case SPAM -> "spam";
            case MISINFORMATION -> "false claim";
        };
    }

    static String actionName(CommunityAction action) {
        return switch (action) {
            case REPLY_PUBLIC -> "a public reply";
            case REPLY_THEN_DM -> "a reply that moves to a private message";
            case ESCALATE -> "escalating it to the team";
            case HIDE -> "hiding it";
            case IGNORE -> "no action";
        };
    }

    /** One message that arrived, its template and the student's answer to it (null: none). */
    record Handled(
            InboundMessage message,
            MessageTemplate template,
            @Nullable CommunityReply reply) {

        CommunityAction action() {
            return reply == null ? CommunityAction.IGNORE : reply.action();
        }

        boolean needsAnswer() {
            return InboxRules.needsAnswer(template);
        }

        boolean answered() {
            return InboxRules.isAnswer(action());
        }

        boolean isComplaint() {
            return template.kind() == MessageKind.COMPLAINT;
        }

        String text() {
            return reply == null ? "" : reply.reply();
        }

        double hours() {
            if (reply == null || Double.isNaN(reply.responseHours())) {
                return 72;
            }
            return Math.max(0, reply.responseHours());
        }
    }
}
