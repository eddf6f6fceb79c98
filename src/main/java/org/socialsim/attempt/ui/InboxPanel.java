package org.socialsim.attempt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialsim.attempt.AttemptKeys;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.work.InboxAnswers;
import org.socialsim.attempt.work.ResponseTime;
import org.socialsim.scenario.definition.CommunityAction;
import org.socialsim.simulation.InboundMessage;
import org.socialsim.simulation.plan.CommunityReply;

/**
 * The community inbox of one week: each message with when, where and what it is, and the student's answer (action,
 * reply and the response time they commit to). Only the latest week's inbox can still be answered; earlier inboxes
 * show the answers as given. The brand's voice and general tone tips sit beside it: guidance, never the answers.
 */
final class InboxPanel extends Div {

    private final WeeksView view;
    private final H3 heading = new H3();
    private final Paragraph closed = new Paragraph();
    final Div messages = new Div();
    /** The answer fields per message id, for tests and the journey. */
    final Map<String, MessageAnswer> answers = new HashMap<>();

    InboxPanel(WeeksView view) {
        this.view = view;
        setId("weeks-inbox");
        addClassName("inbox");
        closed.setId("inbox-closed");
        closed.addClassName("frozen-note");
        messages.addClassName("inbox-messages");
        Div columns = new Div(messages, guidance(view.current()));
        columns.addClassName("inbox-columns");
        add(heading, closed, columns);
    }

    /** Shows the inbox of {@code week}. */
    void show(int week) {
        AttemptState state = view.current();
        List<InboundMessage> inbox = view.run().week(week).inbox();
        heading.setText(getTranslation("inbox.title", week, inbox.size()));
        boolean open = view.canEdit() && week == state.weeksRun();
        if (open) {
            closed.setVisible(false);
        } else {
            closed.setVisible(true);
            closed.setText(
                    view.canEdit()
                            ? getTranslation("inbox.closed", week, week + 1)
                            : getTranslation("inbox.read-only"));
        }
        messages.removeAll();
        answers.clear();
        if (inbox.isEmpty()) {
            messages.add(new Paragraph(getTranslation("inbox.empty", week)));
        }
        for (InboundMessage message : inbox) {
            MessageAnswer answer = new MessageAnswer(message, open);
            answers.put(message.id(), answer);
            messages.add(answer);
        }
    }

    private Div guidance(AttemptState state) {
        Div guidance = new Div();
        guidance.setId("inbox-guidance");
        guidance.addClassName("inbox-guidance");
        H4 voiceTitle = new H4(
                getTranslation("inbox.voice.title", state.scenario().brand().name()));
        Paragraph voice = new Paragraph(state.scenario().brand().voice());
        H4 tipsTitle = new H4(getTranslation("inbox.tips.title"));
        UnorderedList tips = new UnorderedList(
                new ListItem(getTranslation("inbox.tips.fast")),
                new ListItem(getTranslation("inbox.tips.personal")),
                new ListItem(getTranslation("inbox.tips.empathy")),
                new ListItem(getTranslation("inbox.tips.private")),
                new ListItem(getTranslation("inbox.tips.no-selling")),
                new ListItem(getTranslation("inbox.tips.trolls")));
        guidance.add(voiceTitle, voice, tipsTitle, tips);
        return guidance;
    }

    /** One message and the student's answer to it. */
    final class MessageAnswer extends Div {

        final InboundMessage message;
        final Select<CommunityAction> action = new Select<>();
        final TextArea reply = new TextArea();
        final Select<ResponseTime> time = new Select<>();
        final Span status = new Span();
        /** The answer as given, shown while the editor is closed. */
        final Paragraph given = new Paragraph();
        /** Opens the editor: editors are built for the messages a student answers, not for the whole week at once. */
        final Button answer = new Button();

        private final Div fields = new Div();
        private boolean editing;

        MessageAnswer(InboundMessage message, boolean open) {
            this.message = message;
            setId("inbox-" + message.id());
            addClassName("inbox-message");
            Div meta = new Div(
                    new Span(getTranslation(
                            "inbox.stamp",
                            message.week(),
                            getTranslation(AttemptKeys.label(message.day())),
                            String.format(Locale.ROOT, "%02d:00", message.hour()))),
                    badge(getTranslation(AttemptKeys.label(message.platform()))),
                    badge(getTranslation(AttemptKeys.label(message.channel()))),
                    badge(getTranslation(AttemptKeys.label(message.kind()))));
            meta.addClassName("inbox-meta");
            Span author = new Span(message.author());
            author.addClassName("inbox-author");
            Paragraph text = new Paragraph(message.text());
            text.addClassName("inbox-text");

            action.setLabel(getTranslation("inbox.action"));
            action.setItems(CommunityAction.values());
            action.setItemLabelGenerator(value -> getTranslation(AttemptKeys.label(value)));
            action.setPlaceholder(getTranslation("inbox.action.placeholder"));
            reply.setLabel(getTranslation("inbox.reply"));
            reply.setPlaceholder(getTranslation("inbox.reply.placeholder"));
            reply.setValueChangeMode(ValueChangeMode.TIMEOUT);
            reply.setValueChangeTimeout(1000);
            reply.setMaxLength(2000);
            reply.addClassName("inbox-reply");
            time.setLabel(getTranslation("inbox.time"));
            time.setItems(ResponseTime.values());
            time.setItemLabelGenerator(InboxPanel.this::timeLabel);
            time.setPlaceholder(getTranslation("inbox.time.placeholder"));
            status.addClassName("inbox-status");

            InboxAnswers.answerTo(view.current().plan(), message).ifPresent(given -> {
                action.setValue(given.action());
                reply.setValue(given.reply());
                time.setValue(ResponseTime.nearest(given.responseHours()));
            });
            updateStatus();
            enableReply();
            action.setReadOnly(!open);
            reply.setReadOnly(!open);
            time.setReadOnly(!open);
            if (open) {
                action.addValueChangeListener(change -> {
                    enableReply();
                    saveAnswer();
                });
                reply.addValueChangeListener(change -> saveAnswer());
                time.addValueChangeListener(change -> saveAnswer());
            }
            fields.add(action, time, reply);
            fields.addClassName("inbox-fields");
            given.addClassName("inbox-given");
            showGiven();
            add(meta, author, text, given, status);
            if (open) {
                answer.setText(
                        action.getValue() == null
                                ? getTranslation("inbox.answer")
                                : getTranslation("inbox.answer.change"));
                answer.getElement().setAttribute("aria-label", getTranslation("inbox.answer.label", message.author()));
                answer.addThemeVariants(ButtonVariant.LUMO_SMALL);
                answer.addClickListener(click -> openEditor());
                add(answer);
            }
        }

        /** Shows the answer fields in place of the summary. */
        void openEditor() {
            editing = true;
            given.setVisible(false);
            answer.setVisible(false);
            addComponentAtIndex(getComponentCount() - 2, fields);
            action.focus();
        }

        private void showGiven() {
            CommunityAction chosen = action.getValue();
            ResponseTime when = time.getValue();
            if (chosen == null || when == null) {
                given.setText("");
                given.setVisible(false);
                return;
            }
            String summary = getTranslation(AttemptKeys.label(chosen)) + " · " + timeLabel(when);
            given.setText(reply.getValue().isBlank() ? summary : summary + " · “" + reply.getValue() + "”");
            given.setVisible(!editing);
        }

        private void enableReply() {
            CommunityAction chosen = action.getValue();
            reply.setEnabled(chosen != CommunityAction.HIDE && chosen != CommunityAction.IGNORE);
        }

        private void saveAnswer() {
            CommunityAction chosen = action.getValue();
            ResponseTime when = time.getValue();
            if (chosen == null || when == null) {
                updateStatus();
                return;
            }
            String text = reply.isEnabled() ? reply.getValue() : "";
            CommunityReply chosenAnswer = new CommunityReply(message.id(), chosen, text, when.hours());
            view.savePlan(plan -> InboxAnswers.withAnswer(plan, chosenAnswer));
            updateStatus();
            showGiven();
        }

        private void updateStatus() {
            var given = InboxAnswers.answerTo(view.current().plan(), message);
            if (given.isEmpty()) {
                status.setText(
                        action.getValue() == null && time.getValue() == null
                                ? getTranslation("inbox.status.unanswered")
                                : getTranslation("inbox.status.incomplete"));
                status.getElement().setAttribute("data-answered", "false");
            } else if (!given.get().message().equals(message.id())) {
                status.setText(getTranslation("inbox.status.template"));
                status.getElement().setAttribute("data-answered", "true");
            } else {
                status.setText(getTranslation("inbox.status.answered"));
                status.getElement().setAttribute("data-answered", "true");
            }
        }
    }

    private String timeLabel(ResponseTime time) {
        return switch (time) {
            case WITHIN_AN_HOUR -> getTranslation("inbox.time.within-an-hour");
            case WITHIN_FOUR_HOURS -> getTranslation("inbox.time.within-four-hours");
            case SAME_DAY -> getTranslation("inbox.time.same-day");
            case NEXT_DAY -> getTranslation("inbox.time.next-day");
            case TWO_DAYS -> getTranslation("inbox.time.two-days");
        };
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("inbox-badge");
        return badge;
    }
}
