package org.socialsim.attempt.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.socialsim.attempt.AttemptKeys;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptSummary;
import org.socialsim.base.ui.MainLayout;
import org.springframework.security.access.AccessDeniedException;

/**
 * A tutor's list of the attempts at one of their assignments: who has started, how far they are, who has submitted
 * and whether late. Each opens the attempt read-only. Another tutor's assignment is refused like a missing page.
 */
@Route(value = "tutor/assignments/:assignmentId(\\d+)/attempts", layout = MainLayout.class)
@RolesAllowed({"TUTOR", "ADMIN"})
public final class AssignmentAttemptsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<AttemptSummary> attemptsGrid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final Anchor marking = new Anchor();

    private final AttemptService attempts;
    private final DateTimeFormatter dates;

    AssignmentAttemptsView(AttemptService attempts, Clock clock) {
        this.attempts = attempts;
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(clock.getZone());
        addClassName("list-view");
        Anchor back = new Anchor("tutor/assignments", getTranslation("submissions.back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-link");
        Paragraph intro = new Paragraph(getTranslation("submissions.intro"));
        intro.addClassName("muted");
        // A path, not the view's class: grading builds on attempts, not the other way round.
        marking.setText(getTranslation("marking.open-queue.long"));
        marking.getElement().setAttribute("router-link", true);
        marking.setId("submissions-marking");

        attemptsGrid
                .addColumn(row -> getTranslation("submissions.student-name", row.studentName(), row.username()))
                .setHeader(getTranslation("submissions.column.student"))
                .setWidth("14rem")
                .setFlexGrow(1);
        attemptsGrid
                .addComponentColumn(this::status)
                .setHeader(getTranslation("submissions.column.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        attemptsGrid
                .addColumn(row -> getTranslation("submissions.weeks", row.weeksRun(), row.totalWeeks()))
                .setHeader(getTranslation("submissions.column.weeks"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        attemptsGrid
                .addColumn(row -> dates.format(row.updatedAt()))
                .setHeader(getTranslation("submissions.column.updated"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        attemptsGrid
                .addColumn(row -> row.submittedAt() == null ? "" : dates.format(row.submittedAt()))
                .setHeader(getTranslation("submissions.column.submitted"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        attemptsGrid
                .addComponentColumn(row -> {
                    Anchor open =
                            new Anchor(AttemptStep.BRIEF.path(row.attemptId()), getTranslation("submissions.open"));
                    // Every row's link says "Open"; the name tells a screen-reader user whose attempt it opens.
                    open.getElement()
                            .setAttribute("aria-label", getTranslation("submissions.open.label", row.studentName()));
                    open.getElement().setAttribute("router-link", true);
                    open.setId("submissions-open-" + row.attemptId());
                    return open;
                })
                .setHeader(getTranslation("submissions.column.open"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        attemptsGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        attemptsGrid.setAllRowsVisible(true);
        attemptsGrid.setAriaLabel(getTranslation("submissions.title"));
        attemptsGrid.setId("submissions-grid");
        empty.setText(getTranslation("submissions.none"));
        empty.addClassName("empty-state");
        add(back, intro, marking, attemptsGrid, empty);
    }

    private Span status(AttemptSummary row) {
        Span status = new Span(getTranslation(AttemptKeys.label(row.status())));
        status.getElement().getThemeList().add("badge");
        if (!row.late()) {
            return status;
        }
        Span late = new Span(getTranslation("submissions.late"));
        late.getElement().getThemeList().add("badge error");
        late.addClassName("late-label");
        return new Span(status, new Span(" "), late);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long assignmentId = event.getRouteParameters().getLong("assignmentId").orElse(-1L);
        List<AttemptSummary> rows;
        try {
            rows = attempts.attemptsFor(assignmentId);
        } catch (AccessDeniedException e) {
            // Another tutor's assignment looks exactly like one that does not exist.
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        marking.setHref("tutor/assignments/" + assignmentId + "/marking");
        attemptsGrid.setItems(rows);
        attemptsGrid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("submissions.title");
    }
}
