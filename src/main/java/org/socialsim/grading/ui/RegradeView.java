package org.socialsim.grading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.socialsim.base.UserFacingException;
import org.socialsim.base.ui.MainLayout;
import org.socialsim.base.ui.Notifications;
import org.socialsim.grading.RegradeOptions;
import org.socialsim.grading.RegradeOptions.RubricChoice;
import org.socialsim.grading.RegradeReport;
import org.socialsim.grading.RegradeReport.AttemptRegrade;
import org.socialsim.grading.RegradeService;
import org.socialsim.grading.assessment.SuggestionChanges.CriterionChange;
import org.springframework.security.access.AccessDeniedException;

/**
 * Regrading an assignment after a rubric fix: the tutor picks the current rubric version (recompute only) or a
 * corrected later one, confirms, and sees which suggestions changed and which of those they have already marked.
 * Their marks are never changed here. Another tutor's assignment is refused like a missing page.
 */
@Route(value = "tutor/assignments/:assignmentId(\\d+)/regrade", layout = MainLayout.class)
@RolesAllowed({"TUTOR", "ADMIN"})
public final class RegradeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int ROWS_SHOWN_WHOLE = 20;

    final Anchor back = new Anchor();
    final Paragraph current = new Paragraph();
    final Select<RubricChoice> version = new Select<>();
    final Button regrade = new Button();
    final Paragraph refusal = new Paragraph();
    final H2 reportHeading = new H2();
    final Paragraph summary = new Paragraph();
    final Grid<AttemptRegrade> changes = new Grid<>();
    final Paragraph noChanges = new Paragraph();

    private final RegradeService regrades;
    private final DateTimeFormatter dates;
    private @Nullable RegradeOptions options;

    RegradeView(RegradeService regrades, Clock clock) {
        this.regrades = regrades;
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(clock.getZone());
        addClassNames("list-view", "regrade-view");
        back.setText(getTranslation("regrade.back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-link");
        Paragraph intro = new Paragraph(getTranslation("regrade.intro"));
        intro.addClassName("muted");

        current.setId("regrade-current");
        version.setLabel(getTranslation("regrade.version"));
        version.setHelperText(getTranslation("regrade.version.help"));
        version.setId("regrade-version");
        version.setWidth("28rem");
        version.setMaxWidth("100%");
        regrade.setText(getTranslation("regrade.run"));
        regrade.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        regrade.setId("regrade-run");
        regrade.addClickListener(click -> confirm());
        HorizontalLayout form = new HorizontalLayout(version, regrade);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.addClassName("regrade-form");

        refusal.setId("regrade-refusal");
        refusal.addClassName("regrade-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);

        reportHeading.setText(getTranslation("regrade.report.title"));
        summary.setId("regrade-summary");
        changes.addComponentColumn(this::student)
                .setHeader(getTranslation("regrade.column.student"))
                .setWidth("8rem")
                .setFlexGrow(1);
        changes.addColumn(line -> beforeAfter(line.totalBefore(), line.totalAfter()))
                .setHeader(getTranslation("regrade.column.total"))
                .setWidth("7rem")
                .setFlexGrow(0);
        changes.addColumn(line -> beforeAfter(line.bandBefore(), line.bandAfter()))
                .setHeader(getTranslation("regrade.column.band"))
                .setWidth("8rem")
                .setFlexGrow(0);
        changes.addComponentColumn(this::criteria)
                .setHeader(getTranslation("regrade.column.criteria"))
                .setWidth("14rem")
                .setFlexGrow(3);
        changes.addComponentColumn(this::marked)
                .setHeader(getTranslation("regrade.column.marked"))
                .setWidth("8rem")
                .setFlexGrow(0);
        changes.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.setAriaLabel(getTranslation("regrade.report.title"));
        changes.setId("regrade-changes");
        noChanges.setText(getTranslation("regrade.report.none"));
        noChanges.addClassName("empty-state");
        showReport(null);
        add(back, intro, current, form, refusal, reportHeading, summary, changes, noChanges);
    }

    /** The address of an assignment's regrade page. */
    static String path(long assignmentId) {
        return "tutor/assignments/" + assignmentId + "/regrade";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long assignmentId = event.getRouteParameters().getLong("assignmentId").orElse(-1L);
        try {
            options = regrades.options(assignmentId);
        } catch (AccessDeniedException e) {
            // Another tutor's assignment looks exactly like one that does not exist.
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        back.setHref(MarkingLinks.queue(assignmentId));
        showOptions(options);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("regrade.title");
    }

    private void showOptions(RegradeOptions shown) {
        current.setText(getTranslation(
                "regrade.current",
                shown.assignmentTitle(),
                shown.current().title(),
                shown.current().number(),
                shown.submitted()));
        List<RubricChoice> choices = new ArrayList<>();
        choices.add(shown.current());
        choices.addAll(shown.newer());
        version.setItems(choices);
        version.setItemLabelGenerator(choice -> choice.versionId()
                        == shown.current().versionId()
                ? getTranslation("regrade.version.current", choice.number())
                : getTranslation(
                        "regrade.version.newer", choice.number(), dates.format(choice.createdAt()), savedBy(choice)));
        version.setValue(shown.current());
        regrade.setEnabled(shown.submitted() > 0);
    }

    private String savedBy(RubricChoice choice) {
        String author = choice.createdBy();
        return author == null ? getTranslation("regrade.version.shipped") : author;
    }

    private void confirm() {
        RegradeOptions shown = options;
        RubricChoice chosen = version.getValue();
        if (shown == null || chosen == null) {
            return;
        }
        boolean corrected = chosen.versionId() != shown.current().versionId();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("regrade-confirm");
        dialog.setHeader(getTranslation("regrade.confirm.title"));
        dialog.setText(
                corrected
                        ? getTranslation(
                                "regrade.confirm.corrected",
                                shown.submitted(),
                                chosen.number(),
                                shown.current().number())
                        : getTranslation("regrade.confirm.recompute", shown.submitted(), chosen.number()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("regrade.run"));
        dialog.addConfirmListener(confirmed -> run(shown.assignmentId(), corrected ? chosen.versionId() : null));
        dialog.open();
    }

    private void run(long assignmentId, @Nullable Long correctedVersionId) {
        RegradeReport report;
        try {
            report = regrades.regrade(assignmentId, correctedVersionId);
        } catch (UserFacingException refused) {
            refusal.setText(getTranslation(refused.messageKey(), refused.arguments()));
            refusal.setVisible(true);
            return;
        }
        refusal.setVisible(false);
        options = regrades.options(assignmentId);
        showOptions(options);
        showReport(report);
        Notifications.success(getTranslation("regrade.done", report.attempts().size()));
    }

    private void showReport(@Nullable RegradeReport report) {
        boolean shown = report != null;
        reportHeading.setVisible(shown);
        summary.setVisible(shown);
        if (report == null) {
            changes.setVisible(false);
            noChanges.setVisible(false);
            return;
        }
        Object[] counts = {
            report.attempts().size(),
            report.changed(),
            report.unchanged(),
            report.changedWithTutorMarks(),
            report.versionBefore(),
            report.versionAfter()
        };
        summary.setText(
                report.rubricCorrected()
                        ? getTranslation("regrade.report.summary.corrected", counts)
                        : getTranslation("regrade.report.summary", counts));
        List<AttemptRegrade> changed = report.changedAttempts();
        changes.setItems(changed);
        // A short report shows whole; a long one scrolls inside the grid, which then loads rows as they are reached.
        changes.setAllRowsVisible(changed.size() <= ROWS_SHOWN_WHOLE);
        changes.setHeight(changed.size() <= ROWS_SHOWN_WHOLE ? null : "40rem");
        changes.setVisible(!changed.isEmpty());
        noChanges.setVisible(changed.isEmpty());
    }

    private String beforeAfter(@Nullable Object before, Object after) {
        if (before == null) {
            return getTranslation("regrade.first", after);
        }
        return before.equals(after)
                ? getTranslation("regrade.same", after)
                : getTranslation("regrade.before-after", before, after);
    }

    /** The student's name, opening the first marker's sheet, where the marks to look at again are. */
    private Anchor student(AttemptRegrade line) {
        Anchor open = new Anchor(MarkingLinks.marking(line.attemptId()), line.studentName());
        open.getElement().setAttribute("router-link", true);
        open.setId("regrade-open-" + line.attemptId());
        return open;
    }

    private Div criteria(AttemptRegrade line) {
        Div list = new Div();
        list.addClassName("regrade-criteria");
        if (line.firstSuggestion()) {
            list.add(new Div(getTranslation("regrade.criteria.first")));
        }
        for (CriterionChange change : line.criteria()) {
            list.add(new Div(
                    change.levelBefore() == null
                            ? getTranslation(
                                    "regrade.criterion.new", change.title(), change.levelAfter(), change.markAfter())
                            : getTranslation(
                                    "regrade.criterion.changed",
                                    change.title(),
                                    change.levelBefore(),
                                    change.markBefore(),
                                    change.levelAfter(),
                                    change.markAfter())));
        }
        return list;
    }

    private Span marked(AttemptRegrade line) {
        Span flags = new Span();
        if (line.tutorMarked()) {
            Span marked = new Span(getTranslation("regrade.marked"));
            marked.getElement().getThemeList().add("badge contrast");
            flags.add(marked);
        }
        if (line.released()) {
            Span released = new Span(getTranslation("regrade.released"));
            released.getElement().getThemeList().add("badge");
            flags.add(new Span(" "), released);
        }
        return flags;
    }
}
