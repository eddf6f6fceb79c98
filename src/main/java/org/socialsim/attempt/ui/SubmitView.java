package org.socialsim.attempt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.socialsim.attempt.AttemptKeys;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.work.SubmissionChecklist;
import org.socialsim.attempt.work.SubmissionChecklist.Gap;

/**
 * Step 9: what the attempt still lacks (what blocks a submission first, each with a link to the step that fixes it),
 * then the submission itself, confirmed because it cannot be undone. Late submissions are allowed and say so.
 */
@Route(value = AttemptStep.PREFIX + "submit", layout = AttemptLayout.class)
@RolesAllowed({"STUDENT", "TUTOR", "ADMIN"})
public final class SubmitView extends AttemptStepView {

    private final Clock clock;
    private final DateTimeFormatter dates;
    Button submit = new Button();
    UnorderedList checklist = new UnorderedList();

    SubmitView(AttemptService attempts, Clock clock) {
        super(attempts, AttemptStep.SUBMIT);
        this.clock = clock;
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(clock.getZone());
    }

    @Override
    protected void render(AttemptState state) {
        submit = new Button();
        checklist = new UnorderedList();
        Instant submittedAt = state.submittedAt();
        if (submittedAt != null) {
            add(confirmation(state, submittedAt));
            return;
        }
        List<Gap> gaps = attempts.submissionGaps(state.attemptId());
        boolean blocked = gaps.stream().anyMatch(Gap::blocking);

        Section check = new Section(new H3(getTranslation("submit.checklist")));
        check.addClassNames("card", "submit-checklist");
        if (gaps.isEmpty()) {
            Paragraph complete = new Paragraph(getTranslation("submit.complete"));
            complete.addClassName("gap-none");
            check.add(complete);
        } else {
            Paragraph intro = new Paragraph(
                    blocked ? getTranslation("submit.intro.blocked") : getTranslation("submit.intro.advice"));
            intro.addClassName("muted");
            checklist.setId("submit-checklist");
            checklist.addClassName("gap-list");
            gaps.forEach(gap -> checklist.add(gapItem(state, gap)));
            check.add(intro, checklist);
        }
        add(check);

        if (!editable()) {
            return;
        }
        Section hand = new Section(new H3(getTranslation("submit.title")));
        hand.addClassNames("card", "submit-action");
        boolean late = clock.instant().isAfter(state.dueAt());
        Paragraph deadline = new Paragraph(
                late
                        ? getTranslation("submit.deadline.passed", dates.format(state.dueAt()))
                        : getTranslation("submit.deadline", dates.format(state.dueAt())));
        deadline.setId("submit-deadline");
        deadline.addClassName(late ? "late" : "muted");
        submit.setText(late ? getTranslation("submit.button.late") : getTranslation("submit.button"));
        submit.setIcon(VaadinIcon.PAPERPLANE.create());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit-attempt");
        submit.setEnabled(!blocked);
        submit.addClickListener(click -> confirm(late));
        hand.add(deadline, submit);
        if (blocked) {
            Paragraph why = new Paragraph(getTranslation("submit.blocked"));
            why.addClassName("muted");
            hand.add(why);
        }
        add(hand);
    }

    private ListItem gapItem(AttemptState state, Gap gap) {
        Icon icon = gap.blocking() ? VaadinIcon.BAN.create() : VaadinIcon.INFO_CIRCLE_O.create();
        icon.addClassName("gap-icon");
        Span kind =
                new Span(gap.blocking() ? getTranslation("submit.gap.blocking") : getTranslation("submit.gap.advice"));
        kind.getElement().getThemeList().add(gap.blocking() ? "badge error" : "badge contrast");
        kind.addClassName("gap-kind");
        Span message = new Span(getTranslation(
                "attempt.gap." + AttemptKeys.kebab(gap.kind()), gap.arguments().toArray()));
        message.addClassName("gap-message");
        AttemptStep step = stepThatFixes(gap.kind());
        Anchor fix = new Anchor(
                step.path(state.attemptId()), getTranslation("submit.gap.fix", getTranslation(step.titleKey())));
        fix.getElement().setAttribute("router-link", true);
        fix.addClassName("gap-fix");
        ListItem item = new ListItem(icon, kind, message, fix);
        item.addClassNames("gap", gap.blocking() ? "gap-blocking" : "gap-advice");
        return item;
    }

    /** Where a student goes to close a gap. */
    static AttemptStep stepThatFixes(SubmissionChecklist.Kind kind) {
        return switch (kind) {
            case WEEKS_NOT_RUN, UNANSWERED_MESSAGES, CRISIS_UNANSWERED -> AttemptStep.WEEKS;
            case SWOT_INCOMPLETE -> AttemptStep.ANALYSIS;
            case NO_OBJECTIVES, OBJECTIVES_WITHOUT_DEADLINE, OBJECTIVES_WITHOUT_KPI -> AttemptStep.OBJECTIVES;
            case TOO_FEW_PERSONAS -> AttemptStep.PERSONAS;
            case NO_POSTS -> AttemptStep.CALENDAR;
            case EVALUATION_INCOMPLETE, NO_SEVEN_PS -> AttemptStep.EVALUATION;
        };
    }

    private void confirm(boolean late) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("submit.confirm.title"));
        dialog.setText(late ? getTranslation("submit.confirm.text.late") : getTranslation("submit.confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("submit.confirm.cancel"));
        dialog.setConfirmText(getTranslation("submit.confirm.ok"));
        dialog.addConfirmListener(confirmed -> {
            if (save((attemptId, version) -> attempts.submit(attemptId, version))) {
                removeAll();
                render(state());
            }
        });
        dialog.open();
    }

    private Section confirmation(AttemptState state, Instant submittedAt) {
        Icon done = VaadinIcon.CHECK_CIRCLE.create();
        done.addClassName("submitted-icon");
        H3 heading = new H3(getTranslation("submit.done.title"));
        Paragraph when = new Paragraph(getTranslation("submit.done.at", dates.format(submittedAt)));
        when.setId("submit-submitted-at");
        Div body = new Div(heading, when);
        if (submittedAt.isAfter(state.dueAt())) {
            Span late = new Span(getTranslation("submit.done.late", dates.format(state.dueAt())));
            late.getElement().getThemeList().add("badge error");
            late.addClassName("late-label");
            late.setId("submit-late");
            body.add(late);
        }
        Paragraph next = new Paragraph(getTranslation("submit.done.next"));
        next.addClassName("muted");
        body.add(next);
        Section section = new Section(done, body);
        section.addClassNames("card", "submitted-confirmation");
        return section;
    }
}
