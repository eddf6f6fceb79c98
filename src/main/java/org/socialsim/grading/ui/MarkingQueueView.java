package org.socialsim.grading.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.socialsim.base.UserFacingException;
import org.socialsim.base.ui.MainLayout;
import org.socialsim.base.ui.Notifications;
import org.socialsim.gradebook.GradebookService;
import org.socialsim.grading.GradingService;
import org.socialsim.grading.GradingService.Marker;
import org.socialsim.grading.GradingService.MarkingSettings;
import org.socialsim.grading.MarkerRole;
import org.socialsim.grading.MarkingQueueRow;
import org.socialsim.grading.MarkingStage;
import org.socialsim.grading.ReleaseOutcome;
import org.springframework.security.access.AccessDeniedException;

/**
 * A tutor's marking queue for one assignment: every student, where their marking stands, the suggested and final
 * marks, and whether two markers disagree. From here the tutor opens a submission to mark, names second markers, sets
 * the disagreement threshold and releases the grades. Another tutor's assignment is refused like a missing page.
 */
@Route(value = "tutor/assignments/:assignmentId(\\d+)/marking", layout = MainLayout.class)
@RolesAllowed({"TUTOR", "ADMIN"})
public final class MarkingQueueView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final Grid<MarkingQueueRow> grid = new Grid<>();
    final Select<MarkingStage> stageFilter = new Select<>();
    final ComboBox<String> markerFilter = new ComboBox<>();
    final IntegerField threshold = new IntegerField();
    final Button secondMarker = new Button();
    final Button release = new Button();
    final Anchor downloadGradebook = new Anchor();
    final Anchor downloadMoodle = new Anchor();
    final Anchor downloadCanvas = new Anchor();
    final Paragraph intro = new Paragraph();
    final Paragraph empty = new Paragraph();

    private final GradingService grading;
    private final GradebookService gradebooks;
    private final DateTimeFormatter dates;
    private final List<MarkingQueueRow> rows = new ArrayList<>();
    private final ListDataProvider<MarkingQueueRow> provider = new ListDataProvider<>(rows);
    /** Links to the assignment's agreement report, cohort view and regrade; filled once the assignment is known. */
    private final Div reports = new Div();

    private @Nullable MarkingSettings settings;
    /** Set while the view itself fills the threshold field, so that is not taken for the tutor's change. */
    private boolean filling;

    MarkingQueueView(GradingService grading, GradebookService gradebooks, Clock clock) {
        this.grading = grading;
        this.gradebooks = gradebooks;
        // Short dates keep the column narrow enough for every column to fit at 1280 px.
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(clock.getZone());
        addClassNames("list-view", "marking-queue");
        Anchor back = new Anchor("tutor/assignments", getTranslation("marking.queue.back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-link");
        intro.addClassName("muted");

        stageFilter.setLabel(getTranslation("marking.queue.filter.stage"));
        stageFilter.setItems(MarkingStage.values());
        stageFilter.setEmptySelectionAllowed(true);
        stageFilter.setEmptySelectionCaption(getTranslation("marking.queue.filter.all-stages"));
        stageFilter.setItemLabelGenerator(stage ->
                stage == null ? getTranslation("marking.queue.filter.all-stages") : MarkingLabels.stage(this, stage));
        stageFilter.setId("queue-filter-stage");
        stageFilter.addValueChangeListener(change -> applyFilters());

        markerFilter.setLabel(getTranslation("marking.queue.filter.marker"));
        markerFilter.setPlaceholder(getTranslation("marking.queue.filter.all-markers"));
        markerFilter.setClearButtonVisible(true);
        markerFilter.setId("queue-filter-marker");
        markerFilter.addValueChangeListener(change -> applyFilters());

        threshold.setLabel(getTranslation("marking.queue.threshold"));
        threshold.setStepButtonsVisible(true);
        threshold.setMin(0);
        threshold.setId("queue-threshold");
        threshold.addValueChangeListener(change -> {
            if (!filling) {
                saveThreshold(change.getValue());
            }
        });

        secondMarker.setText(getTranslation("marking.queue.second-marker"));
        secondMarker.setId("queue-second-marker");
        secondMarker.setEnabled(false);
        secondMarker.addClickListener(click -> openSecondMarkerDialog());
        release.setText(getTranslation("marking.queue.release"));
        release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        release.setId("queue-release");
        release.addClickListener(click -> openReleaseDialog());

        Div filters = new Div(stageFilter, markerFilter, threshold);
        filters.addClassName("queue-filters");
        downloadGradebook.setText(getTranslation("gradebook.download"));
        downloadGradebook.setId("queue-download-gradebook");
        downloadGradebook.addClassName("download-gradebook");
        downloadGradebook.getElement().setAttribute("title", getTranslation("gradebook.download.help"));
        downloadMoodle.setText(getTranslation("gradebook.download.moodle"));
        downloadMoodle.setId("queue-download-moodle");
        downloadMoodle.addClassName("download-gradebook");
        downloadMoodle.getElement().setAttribute("title", getTranslation("gradebook.download.moodle.help"));
        downloadCanvas.setText(getTranslation("gradebook.download.canvas"));
        downloadCanvas.setId("queue-download-canvas");
        downloadCanvas.addClassName("download-gradebook");
        downloadCanvas.getElement().setAttribute("title", getTranslation("gradebook.download.canvas.help"));
        Div actions = new Div(downloadGradebook, downloadMoodle, downloadCanvas, secondMarker, release);
        actions.addClassName("queue-actions");
        Div toolbar = new Div(filters, actions);
        toolbar.addClassName("queue-toolbar");

        buildGrid();
        empty.setText(getTranslation("marking.queue.none"));
        empty.addClassName("empty-state");
        reports.addClassName("queue-reports");
        add(back, intro, reports, toolbar, grid, empty);
    }

    private void buildGrid() {
        grid.addComponentColumn(this::student)
                .setHeader(getTranslation("marking.queue.column.student"))
                .setWidth("8.5rem")
                .setFlexGrow(1);
        grid.addComponentColumn(this::submitted)
                .setHeader(getTranslation("marking.queue.column.submitted"))
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addComponentColumn(row -> MarkingLabels.stageBadge(this, row.stage()))
                .setHeader(getTranslation("marking.queue.column.stage"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::markers)
                .setHeader(getTranslation("marking.queue.column.markers"))
                .setWidth("8.5rem")
                .setFlexGrow(1);
        grid.addComponentColumn(row -> total(row.suggestedTotal(), row.suggestedBand()))
                .setHeader(getTranslation("marking.queue.column.suggested"))
                .setWidth("6.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(row -> total(row.finalTotal(), row.finalBand()))
                .setHeader(getTranslation("marking.queue.column.final"))
                .setWidth("6.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::disagreement)
                .setHeader(getTranslation("marking.queue.column.disagreement"))
                .setWidth("6.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::markLink)
                .setHeader(getTranslation("marking.queue.column.mark"))
                .setKey("mark")
                .setWidth("5rem")
                .setFlexGrow(0)
                // The action stays in view when a narrow screen scrolls the other columns.
                .setFrozenToEnd(true);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(selection -> secondMarker.setEnabled(
                selection.getAllSelectedItems().stream().anyMatch(row -> row.stage() != MarkingStage.NOT_SUBMITTED)));
        grid.setItems(provider);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("marking.queue.title"));
        grid.setId("queue-grid");
    }

    private Component student(MarkingQueueRow row) {
        Span name = new Span(row.studentName());
        name.addClassName("queue-student");
        if (row.studentNumber() == null || row.studentNumber().isBlank()) {
            return name;
        }
        Span number = new Span(row.studentNumber());
        number.addClassNames("muted", "queue-number");
        return new Div(name, number);
    }

    private Component submitted(MarkingQueueRow row) {
        if (row.submittedAt() == null) {
            Span none = new Span(getTranslation("marking.queue.not-submitted"));
            none.addClassName("muted");
            return none;
        }
        Span when = new Span(dates.format(row.submittedAt()));
        if (!row.late()) {
            return when;
        }
        Span late = new Span(getTranslation("marking.queue.late"));
        late.getElement().getThemeList().add("badge error small");
        return new Div(when, late);
    }

    private Component markers(MarkingQueueRow row) {
        Div markers = new Div();
        markers.addClassName("queue-markers");
        markers.add(new Span(getTranslation(
                "marking.queue.first-marker",
                row.firstMarker() == null ? getTranslation("marking.queue.nobody") : row.firstMarker())));
        if (row.secondMarker() != null) {
            markers.add(new Span(getTranslation("marking.queue.second-marker-name", row.secondMarker())));
        }
        return markers;
    }

    private Component total(@Nullable Integer total, @Nullable String band) {
        if (total == null || settings == null) {
            return new Span("–");
        }
        Span marks = new Span(getTranslation("marking.total", total, settings.maxMarks()));
        Span named = new Span(Objects.toString(band, ""));
        named.addClassName("queue-band");
        Div cell = new Div(marks, named);
        cell.addClassName("queue-total");
        return cell;
    }

    private Component disagreement(MarkingQueueRow row) {
        if (row.markerDifference() == null) {
            return new Span("–");
        }
        Span difference = new Span(getTranslation("marking.queue.difference", row.markerDifference()));
        if (!row.disagreement()) {
            return difference;
        }
        difference.getElement().getThemeList().add("badge error");
        difference
                .getElement()
                .setAttribute("title", getTranslation("marking.queue.disagreement", row.markerDifference()));
        difference.addClassName("queue-disagreement");
        difference.setId("queue-disagreement-" + row.attemptId());
        return difference;
    }

    private Anchor report(String path, String text, String id) {
        Anchor link = new Anchor(path, text);
        link.getElement().setAttribute("router-link", true);
        link.setId(id);
        return link;
    }

    private Component markLink(MarkingQueueRow row) {
        if (row.stage() == MarkingStage.NOT_SUBMITTED) {
            return new Span();
        }
        if (row.secondMarker() != null
                && (row.stage() == MarkingStage.TO_AGREE
                        || row.stage() == MarkingStage.READY
                        || row.stage() == MarkingStage.RELEASED)) {
            // Both markers are done: the final marks are agreed (or were) in moderation, not on either sheet.
            Anchor moderate =
                    new Anchor(ModerationView.path(row.attemptId()), getTranslation("marking.queue.moderate"));
            moderate.getElement().setAttribute("router-link", true);
            moderate.getElement()
                    .setAttribute("aria-label", getTranslation("marking.queue.moderate.label", row.studentName()));
            moderate.setId("queue-moderate-" + row.attemptId());
            return moderate;
        }
        // A released grade is read, not marked (changing it means reopening the sheet on purpose).
        Anchor mark = new Anchor(
                MarkingView.path(row.attemptId(), MarkerRole.FIRST),
                row.stage() == MarkingStage.RELEASED
                        ? getTranslation("marking.queue.view")
                        : getTranslation("marking.queue.mark"));
        mark.getElement().setAttribute("router-link", true);
        // Every row's link says "Mark"; the name tells a screen-reader user whose work it opens.
        mark.getElement()
                .setAttribute(
                        "aria-label",
                        row.stage() == MarkingStage.RELEASED
                                ? getTranslation("marking.queue.view.label", row.studentName())
                                : getTranslation("marking.queue.mark.label", row.studentName()));
        mark.setId("queue-mark-" + row.attemptId());
        return mark;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long assignmentId = event.getRouteParameters().getLong("assignmentId").orElse(-1L);
        try {
            settings = grading.markingSettings(assignmentId);
        } catch (AccessDeniedException e) {
            // Another tutor's assignment looks exactly like one that does not exist.
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        intro.setText(getTranslation("marking.queue.intro", settings.title(), settings.cohortName()));
        downloadGradebook.setHref(gradebookDownload(assignmentId, settings.title()), AttachmentType.DOWNLOAD);
        downloadMoodle.setHref(
                csvDownload(settings.title(), "moodle-grades", out -> gradebooks.writeMoodleGrades(assignmentId, out)),
                AttachmentType.DOWNLOAD);
        downloadCanvas.setHref(
                csvDownload(settings.title(), "canvas-grades", out -> gradebooks.writeCanvasGrades(assignmentId, out)),
                AttachmentType.DOWNLOAD);
        reports.removeAll();
        reports.add(
                report(
                        AgreementReportView.path(assignmentId),
                        getTranslation("marking.queue.report.agreement"),
                        "queue-agreement"),
                report(CohortView.path(assignmentId), getTranslation("marking.queue.report.cohort"), "queue-cohort"),
                report(
                        RegradeView.path(assignmentId),
                        getTranslation("marking.queue.report.regrade"),
                        "queue-regrade"));
        filling = true;
        threshold.setHelperText(getTranslation("marking.queue.threshold.help", settings.maxMarks()));
        threshold.setValue(settings.disagreementThreshold());
        filling = false;
        refresh();
    }

    /**
     * Streams the workbook straight into the response: nothing is built until the tutor clicks, and a large cohort is
     * never held in memory whole. The download request carries the tutor's session, so the service checks them again.
     */
    private DownloadHandler gradebookDownload(long assignmentId, String title) {
        return event -> {
            event.setFileName(GradebookService.fileName(title));
            event.setContentType(XLSX);
            gradebooks.writeAssignmentGradebook(assignmentId, event.getOutputStream());
        };
    }

    /** Streams one of the LMS grade CSVs like the gradebook: written on the click, checked again by the service. */
    private static DownloadHandler csvDownload(String title, String kind, CsvWriter writer) {
        return event -> {
            event.setFileName(GradebookService.fileName(title, kind, "csv"));
            event.setContentType("text/csv; charset=UTF-8");
            writer.write(event.getOutputStream());
        };
    }

    @FunctionalInterface
    private interface CsvWriter {
        void write(OutputStream out) throws IOException;
    }

    private MarkingSettings settings() {
        if (settings == null) {
            throw new IllegalStateException("the queue has not been entered yet");
        }
        return settings;
    }

    private void refresh() {
        rows.clear();
        rows.addAll(grading.queue(settings().assignmentId()));
        Set<String> markers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        rows.stream()
                .flatMap(row -> Stream.of(row.firstMarker(), row.secondMarker()))
                .filter(Objects::nonNull)
                .forEach(markers::add);
        @Nullable String chosenMarker = markerFilter.getValue();
        markerFilter.setItems(markers);
        if (chosenMarker != null && markers.contains(chosenMarker)) {
            markerFilter.setValue(chosenMarker);
        }
        grid.deselectAll();
        provider.refreshAll();
        applyFilters();
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }

    private void applyFilters() {
        @Nullable MarkingStage stage = stageFilter.getValue();
        @Nullable String marker = markerFilter.getValue();
        provider.setFilter(row -> (stage == null || row.stage() == stage)
                && (marker == null || marker.equals(row.firstMarker()) || marker.equals(row.secondMarker())));
    }

    private void saveThreshold(@Nullable Integer marks) {
        if (marks == null) {
            threshold.setInvalid(true);
            threshold.setErrorMessage(getTranslation("marking.queue.threshold.required"));
            return;
        }
        try {
            grading.setDisagreementThreshold(settings().assignmentId(), marks);
        } catch (UserFacingException refused) {
            threshold.setInvalid(true);
            threshold.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        threshold.setInvalid(false);
        settings = grading.markingSettings(settings().assignmentId());
        Notifications.success(getTranslation("marking.queue.threshold.saved", marks));
        refresh();
    }

    // ---- second marker ---------------------------------------------------------------------------------------

    private void openSecondMarkerDialog() {
        List<MarkingQueueRow> chosen = grid.getSelectedItems().stream()
                .filter(row -> row.stage() != MarkingStage.NOT_SUBMITTED)
                .toList();
        if (chosen.isEmpty()) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("marking.second.title"));
        dialog.setId("queue-second-marker-dialog");
        Paragraph who = new Paragraph(getTranslation(
                "marking.second.for",
                chosen.size(),
                String.join(
                        ", ", chosen.stream().map(MarkingQueueRow::studentName).toList())));
        Paragraph blind = new Paragraph(getTranslation("marking.second.blind"));
        blind.addClassName("muted");
        Select<Marker> marker = new Select<>();
        marker.setLabel(getTranslation("marking.second.marker"));
        marker.setItems(grading.possibleSecondMarkers(settings().assignmentId()));
        marker.setItemLabelGenerator(Marker::name);
        marker.setId("queue-second-marker-choice");
        marker.setWidthFull();
        Button cancel = new Button(getTranslation("marking.cancel"), click -> dialog.close());
        Button assign = new Button(getTranslation("marking.second.assign"));
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.setId("queue-second-marker-assign");
        assign.addClickListener(click -> {
            Marker picked = marker.getValue();
            if (picked == null) {
                marker.setInvalid(true);
                marker.setErrorMessage(getTranslation("marking.second.pick"));
                return;
            }
            List<String> refusals = new ArrayList<>();
            int named = 0;
            for (MarkingQueueRow row : chosen) {
                try {
                    grading.assignSecondMarker(row.attemptId(), picked.id());
                    named++;
                } catch (UserFacingException refused) {
                    refusals.add(row.studentName() + ": " + getTranslation(refused.messageKey(), refused.arguments()));
                }
            }
            dialog.close();
            refresh();
            if (named > 0) {
                Notifications.success(getTranslation("marking.second.done", picked.name(), named));
            }
            if (!refusals.isEmpty()) {
                Notifications.error(String.join(" ", refusals));
            }
        });
        dialog.add(who, blind, marker);
        dialog.getFooter().add(cancel, assign);
        dialog.open();
    }

    // ---- release ---------------------------------------------------------------------------------------------

    private void openReleaseDialog() {
        ReleasePreview preview = ReleasePreview.of(rows);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("marking.release.title"));
        dialog.setId("queue-release-dialog");
        dialog.setMaxWidth("36rem");
        Paragraph count = new Paragraph(getTranslation("marking.release.count", preview.ready()));
        count.setId("queue-release-count");
        dialog.add(count);
        if (!preview.notReady().isEmpty()) {
            dialog.add(new Paragraph(getTranslation(
                    "marking.release.not-ready", preview.notReady().size())));
            UnorderedList names = new UnorderedList();
            preview.notReady().forEach(name -> names.add(new ListItem(name)));
            names.setId("queue-release-not-ready");
            dialog.add(names);
        }
        if (preview.alreadyReleased() > 0) {
            Paragraph already = new Paragraph(getTranslation("marking.release.already", preview.alreadyReleased()));
            already.addClassName("muted");
            dialog.add(already);
        }
        Paragraph students = new Paragraph(getTranslation("marking.release.students-see"));
        students.addClassName("muted");
        dialog.add(students);
        Button cancel = new Button(getTranslation("marking.cancel"), click -> dialog.close());
        Button confirm = new Button(getTranslation("marking.release.confirm", preview.ready()));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("queue-release-confirm");
        confirm.setEnabled(preview.ready() > 0);
        confirm.addClickListener(click -> {
            ReleaseOutcome outcome = grading.release(settings().assignmentId());
            dialog.close();
            refresh();
            String message = getTranslation("marking.release.done", outcome.released(), outcome.alreadyReleased());
            if (!outcome.notReady().isEmpty()) {
                message +=
                        " " + getTranslation("marking.release.done-not-ready", String.join(", ", outcome.notReady()));
            }
            Notifications.success(message);
        });
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        String title = getTranslation("marking.queue.title");
        return settings == null ? title : title + " — " + settings.title();
    }
}
