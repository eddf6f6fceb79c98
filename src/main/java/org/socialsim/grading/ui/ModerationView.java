package org.socialsim.grading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.socialsim.base.UserFacingException;
import org.socialsim.base.ui.MainLayout;
import org.socialsim.base.ui.Notifications;
import org.socialsim.grading.CriterionMark;
import org.socialsim.grading.GradingService;
import org.socialsim.grading.MarkingSheet;
import org.socialsim.grading.Moderation;
import org.socialsim.grading.ModerationService;
import org.socialsim.grading.SheetStatus;
import org.socialsim.grading.agreement.LevelMark;
import org.socialsim.grading.agreement.MarkerComparison;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.LevelDefinition;
import org.springframework.security.access.AccessDeniedException;

/**
 * Moderation of one double-marked attempt: per criterion, the first and second markers' level and mark side by side
 * with the suggestion and how far apart they are, the large differences flagged; the cohort's tutor agrees a final
 * level and mark per criterion, with a reason where the markers differed, then makes them final. Before both markers
 * are complete it shows only how far each has got.
 */
@Route(value = "tutor/attempts/:attemptId(\\d+)/moderation", layout = MainLayout.class)
@RolesAllowed({"TUTOR", "ADMIN"})
public final class ModerationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final H2 heading = new H2();
    final Paragraph assignment = new Paragraph();
    final Paragraph markers = new Paragraph();
    final Paragraph status = new Paragraph();
    final Div comparison = new Div();
    final Paragraph toAgree = new Paragraph();
    final Button complete = new Button();
    final Paragraph completed = new Paragraph();
    /** The agree forms by criterion id, for tests and the end-to-end journey. */
    final Map<String, AgreeForm> forms = new HashMap<>();

    private final ModerationService moderation;
    private final Anchor queue = new Anchor();
    private final Anchor report = new Anchor();
    private @Nullable Moderation shown;

    ModerationView(ModerationService moderation) {
        this.moderation = moderation;
        addClassName("report-view");
        addClassName("moderation-view");
        queue.setText(getTranslation("moderation.back.queue"));
        queue.getElement().setAttribute("router-link", true);
        queue.setId("moderation-queue-link");
        report.setText(getTranslation("moderation.back"));
        report.getElement().setAttribute("router-link", true);
        report.setId("moderation-report-link");
        Div links = new Div(queue, report);
        links.addClassName("report-links");
        assignment.addClassName("muted");
        markers.setId("moderation-markers");
        status.setId("moderation-status");
        comparison.setId("moderation-comparison");
        toAgree.setId("moderation-to-agree");
        complete.setText(getTranslation("moderation.complete"));
        complete.setId("moderation-complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.addClickListener(click -> completeAgreement());
        completed.setId("moderation-completed");
        completed.addClassName("moderation-completed");
        add(links, heading, assignment, markers, status, comparison, toAgree, complete, completed);
    }

    /** The moderation of an attempt. */
    static String path(long attemptId) {
        return "tutor/attempts/" + attemptId + "/moderation";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long attemptId = event.getRouteParameters().getLong("attemptId").orElse(-1L);
        try {
            show(moderation.moderation(attemptId));
        } catch (AccessDeniedException e) {
            // Another tutor's attempt, or a second marker's before both are complete, looks like a missing page.
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        }
    }

    private void show(Moderation loaded) {
        shown = loaded;
        queue.setHref(MarkingLinks.queue(loaded.assignmentId()));
        report.setHref(AgreementReportView.path(loaded.assignmentId()));
        heading.setText(getTranslation("moderation.heading", loaded.studentName()));
        assignment.setText(loaded.assignmentTitle());
        markers.setText(getTranslation(
                "moderation.markers",
                name(loaded.firstMarker()),
                statusText(loaded.firstStatus()),
                name(loaded.secondMarker()),
                statusText(loaded.secondStatus())));
        comparison.removeAll();
        forms.clear();
        @Nullable MarkerComparison compared = loaded.comparison();
        boolean ready = compared != null;
        if (loaded.secondMarker() == null) {
            status.setText(getTranslation("moderation.no-second-marker"));
        } else if (compared == null) {
            status.setText(getTranslation("moderation.waiting"));
        } else {
            status.setText(getTranslation(
                            "moderation.totals",
                            compared.firstTotal(),
                            compared.secondTotal(),
                            compared.totalsApart(),
                            compared.threshold())
                    + " "
                    + (compared.totalFlagged()
                            ? getTranslation("moderation.totals.flagged", compared.threshold())
                            : getTranslation("moderation.flagged-count", compared.flaggedCriteria())));
            status.setClassName("flagged", compared.totalFlagged());
            for (MarkerComparison.Row row : compared.rows()) {
                comparison.add(criterion(loaded, row));
            }
        }
        @Nullable MarkingSheet agreed = loaded.agreed();
        boolean done = agreed != null && agreed.status() == SheetStatus.COMPLETE;
        long missing = agreed == null
                ? loaded.rubric().criteria().size()
                : loaded.rubric().criteria().stream()
                        .filter(criterion -> !agreed.marks().containsKey(criterion.id()))
                        .count();
        toAgree.setText(getTranslation("moderation.to-agree", missing));
        toAgree.setVisible(ready && loaded.mayAgree());
        complete.setVisible(ready && loaded.mayAgree());
        complete.setEnabled(missing == 0);
        completed.setVisible(done);
        if (done) {
            completed.setText(getTranslation(
                    "moderation.completed", agreed.total(), loaded.rubric().marks(), agreed.band()));
        }
    }

    private Section criterion(Moderation loaded, MarkerComparison.Row row) {
        Section section = new Section();
        section.setId("moderation-criterion-" + row.criterion());
        section.addClassName("moderation-criterion");
        H3 title = new H3(getTranslation("moderation.criterion.heading", row.title(), row.maxMarks()));
        section.add(title);
        if (row.flagged()) {
            section.addClassName("flagged");
            Span flag = new Span(getTranslation("moderation.flagged"));
            flag.getElement().getThemeList().add("badge error");
            flag.setId("moderation-flag-" + row.criterion());
            title.add(new Span(" "), flag);
        }
        ReportTable table = new ReportTable(
                "moderation-table-" + row.criterion(),
                row.title(),
                List.of(
                        getTranslation("moderation.column.who"),
                        getTranslation("moderation.column.level"),
                        getTranslation("moderation.column.mark")));
        table.row(getTranslation("moderation.first") + " (" + name(loaded.firstMarker()) + ")", cells(row.first()));
        table.row(getTranslation("moderation.second") + " (" + name(loaded.secondMarker()) + ")", cells(row.second()));
        if (row.suggested() != null) {
            table.row(getTranslation("moderation.suggestion"), cells(row.suggested()));
        }
        @Nullable MarkingSheet agreed = loaded.agreed();
        @Nullable
        CriterionMark agreedMark = agreed == null ? null : agreed.marks().get(row.criterion());
        if (agreedMark != null) {
            table.row(
                            getTranslation("moderation.agreed"),
                            List.of(agreedMark.level(), Integer.toString(agreedMark.mark())))
                    .addClassName("agreed-row");
        }
        section.add(table);
        if (row.levelsApart().isPresent() && row.marksApart().isPresent()) {
            Paragraph difference = new Paragraph(getTranslation(
                    "moderation.difference",
                    row.levelsApart().getAsInt(),
                    row.marksApart().getAsInt()));
            difference.setId("moderation-difference-" + row.criterion());
            difference.addClassName("muted");
            section.add(difference);
        }
        String reason = loaded.reasons().get(row.criterion());
        if (reason != null) {
            Paragraph recorded = new Paragraph(getTranslation("moderation.reason.recorded", reason));
            recorded.setId("moderation-reason-recorded-" + row.criterion());
            section.add(recorded);
        }
        if (loaded.mayAgree() && agreed != null) {
            CriterionDefinition definition = loaded.rubric().criteria().stream()
                    .filter(candidate -> candidate.id().equals(row.criterion()))
                    .findFirst()
                    .orElseThrow();
            LevelMark start = agreedMark != null ? new LevelMark(agreedMark.level(), agreedMark.mark()) : row.first();
            AgreeForm form = new AgreeForm(definition, start);
            forms.put(row.criterion(), form);
            section.add(form);
            if (agreedMark != null && row.sameDecision()) {
                // Agreed already as both markers decided: the form is there only for a change of mind.
                form.setVisible(false);
                Button change = new Button(getTranslation("moderation.change"));
                change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                change.getElement().setAttribute("aria-label", getTranslation("moderation.change.label", row.title()));
                change.setId("moderation-change-" + row.criterion());
                change.addClickListener(click -> {
                    form.setVisible(true);
                    change.setVisible(false);
                    form.level.focus();
                });
                section.add(change);
            }
        }
        return section;
    }

    private List<String> cells(@Nullable LevelMark decision) {
        return decision == null
                ? List.of(getTranslation("moderation.not-marked"), "")
                : List.of(decision.level(), Integer.toString(decision.mark()));
    }

    private void agree(AgreeForm form) {
        Moderation current = shown;
        MarkingSheet agreed = current == null ? null : current.agreed();
        if (agreed == null || form.level.getValue() == null || form.mark.getValue() == null) {
            form.mark.setInvalid(form.mark.getValue() == null);
            return;
        }
        String title = form.criterion.title();
        String level = form.level.getValue();
        int mark = form.mark.getValue();
        try {
            show(moderation.agree(
                    agreed.sheetId(), agreed.version(), form.criterion.id(), level, mark, form.reason.getValue()));
            Notifications.success(getTranslation("moderation.agreed.saved", title, level, mark));
        } catch (UserFacingException refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            if (refused.messageKey().equals("grading.agree.reason-required")) {
                form.reason.setErrorMessage(message);
                form.reason.setInvalid(true);
                form.reason.focus();
            } else if (refused.messageKey().equals("grading.mark-outside-level")) {
                form.mark.setErrorMessage(message);
                form.mark.setInvalid(true);
            } else {
                Notifications.error(message);
            }
        }
    }

    private void completeAgreement() {
        Moderation current = shown;
        MarkingSheet agreed = current == null ? null : current.agreed();
        if (agreed == null) {
            return;
        }
        try {
            show(moderation.completeAgreement(agreed.sheetId(), agreed.version()));
            Notifications.success(getTranslation("moderation.completed.saved"));
        } catch (UserFacingException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private String name(@Nullable String marker) {
        return marker == null ? getTranslation("moderation.nobody") : marker;
    }

    private String statusText(@Nullable SheetStatus sheetStatus) {
        if (sheetStatus == null) {
            return getTranslation("moderation.status.assigned");
        }
        return switch (sheetStatus) {
            case ASSIGNED -> getTranslation("moderation.status.assigned");
            case DRAFT -> getTranslation("moderation.status.draft");
            case COMPLETE -> getTranslation("moderation.status.complete");
        };
    }

    /** The final level, mark and reason for one criterion. */
    final class AgreeForm extends Div {

        final CriterionDefinition criterion;
        final Select<String> level = new Select<>();
        final IntegerField mark = new IntegerField();
        final TextArea reason = new TextArea();
        final Button agree = new Button();

        AgreeForm(CriterionDefinition criterion, @Nullable LevelMark start) {
            this.criterion = criterion;
            addClassName("agree-form");
            String id = criterion.id();
            level.setLabel(getTranslation("moderation.level"));
            level.setItems(
                    criterion.levels().stream().map(LevelDefinition::label).toList());
            level.setId("moderation-level-" + id);
            mark.setLabel(getTranslation("moderation.mark"));
            mark.setId("moderation-mark-" + id);
            mark.setStepButtonsVisible(true);
            reason.setLabel(getTranslation("moderation.reason"));
            reason.setHelperText(getTranslation("moderation.reason.helper"));
            reason.setMaxLength(GradingService.MAX_COMMENT);
            reason.setId("moderation-reason-" + id);
            reason.addClassName("agree-reason");
            agree.setText(getTranslation("moderation.agree"));
            agree.getElement().setAttribute("aria-label", getTranslation("moderation.agree.label", criterion.title()));
            agree.setId("moderation-agree-" + id);
            agree.addClickListener(click -> agree(this));
            level.addValueChangeListener(change -> range(change.getValue()));
            if (start != null) {
                level.setValue(start.level());
                mark.setValue(start.mark());
            }
            add(level, mark, reason, agree);
        }

        /** Keeps the mark field to the chosen level's range and says what it is. */
        private void range(@Nullable String label) {
            criterion.levels().stream()
                    .filter(candidate -> candidate.label().equals(label))
                    .findFirst()
                    .ifPresent(chosen -> {
                        mark.setMin(chosen.minMarks());
                        mark.setMax(chosen.maxMarks());
                        // A mark left from the previous level would only be refused: start inside the new range.
                        Integer current = mark.getValue();
                        if (current == null || current < chosen.minMarks() || current > chosen.maxMarks()) {
                            mark.setValue(chosen.minMarks());
                        }
                        mark.setHelperText(
                                getTranslation("moderation.mark.helper", chosen.minMarks(), chosen.maxMarks()));
                    });
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.title");
    }
}
