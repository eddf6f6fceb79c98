package org.socialsim.grading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptWork;
import org.socialsim.base.UserFacingException;
import org.socialsim.base.ui.MainLayout;
import org.socialsim.base.ui.Notifications;
import org.socialsim.grading.GradingService;
import org.socialsim.grading.MarkerRole;
import org.socialsim.grading.MarkingDecision;
import org.socialsim.grading.MarkingSheet;
import org.socialsim.grading.SheetStatus;
import org.socialsim.grading.assessment.CriterionSuggestion;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.springframework.security.access.AccessDeniedException;

/**
 * A marker's mark sheet for one submission: the student's work on the left, the rubric on the right. The first marker
 * sees the assessors' suggestion and evidence for each criterion and accepts or overrides it; a second marker marks
 * blind, without the suggestion or the first marker's marks. Every change is saved at once against the version this
 * screen was built from, so two tabs never overwrite each other.
 */
@Route(value = "tutor/attempts/:attemptId(\\d+)/mark/:role(first|second|agreed)", layout = MainLayout.class)
@RolesAllowed({"TUTOR", "ADMIN"})
public final class MarkingView extends Main implements BeforeEnterObserver, HasDynamicTitle, CriterionEditor.Actions {

    /** The address of the mark sheet of {@code role} for an attempt. */
    public static String path(long attemptId, MarkerRole role) {
        return "tutor/attempts/" + attemptId + "/mark/" + role.name().toLowerCase(Locale.ROOT);
    }

    final Map<String, CriterionEditor> editors = new LinkedHashMap<>();
    final Span total = new Span();
    final Span status = new Span();
    final TextArea feedback = new TextArea();
    final Button complete = new Button();
    final Button reopen = new Button();
    final Paragraph completeMessage = new Paragraph();
    final OrderedList history = new OrderedList();

    private final GradingService grading;
    private final AttemptService attempts;
    private final DateTimeFormatter times;
    private @Nullable MarkingSheet sheet;
    private long attemptId;
    private MarkerRole role = MarkerRole.FIRST;
    /** Set while the view fills the feedback from the sheet, so that is not taken for the marker's change. */
    private boolean filling;

    MarkingView(GradingService grading, AttemptService attempts, Clock clock) {
        this.grading = grading;
        this.attempts = attempts;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(clock.getZone());
        addClassName("marking-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        attemptId = event.getRouteParameters().getLong("attemptId").orElse(-1L);
        role = MarkerRole.valueOf(
                event.getRouteParameters().get("role").orElse("first").toUpperCase(Locale.ROOT));
        removeAll();
        editors.clear();
        MarkingSheet loaded;
        AttemptWork work;
        try {
            loaded = grading.sheet(attemptId, role);
            work = attempts.work(attemptId);
        } catch (AccessDeniedException e) {
            // An attempt this tutor may not mark looks exactly like one that does not exist.
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        } catch (UserFacingException refused) {
            Paragraph message = new Paragraph(getTranslation(refused.messageKey(), refused.arguments()));
            message.addClassName("empty-state");
            message.setId("marking-unavailable");
            add(backLink(null), message);
            return;
        }
        sheet = loaded;
        build(loaded, work);
    }

    private void build(MarkingSheet loaded, AttemptWork work) {
        Div header = new Div();
        header.addClassName("marking-header");
        H2 title = new H2(getTranslation("marking.heading", loaded.studentName()));
        Span who =
                new Span(getTranslation("marking.who", MarkingLabels.role(this, loaded.role()), loaded.markerName()));
        who.addClassName("muted");
        Anchor pages = new Anchor(
                org.socialsim.attempt.ui.AttemptStep.BRIEF.path(loaded.attemptId()),
                getTranslation("marking.open-pages"));
        pages.getElement().setAttribute("router-link", true);
        pages.setId("marking-open-pages");
        header.add(backLink(loaded), title, who, pages);
        add(header);

        StudentWorkPanel workPanel = new StudentWorkPanel(work);
        Div rubric = rubricPanel(loaded);
        SplitLayout split = new SplitLayout(workPanel, rubric);
        split.setSplitterPosition(50);
        split.addClassName("marking-split");
        split.setId("marking-split");
        add(split);
        show(loaded);
    }

    private Anchor backLink(@Nullable MarkingSheet loaded) {
        Anchor back = loaded == null || loaded.role() == MarkerRole.SECOND
                ? new Anchor(SecondMarkingView.PATH, getTranslation("marking.back.second"))
                : new Anchor(
                        "tutor/assignments/" + loaded.assignmentId() + "/marking",
                        getTranslation("marking.back.queue"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-link");
        return back;
    }

    private Div rubricPanel(MarkingSheet loaded) {
        Div panel = new Div();
        panel.addClassName("marking-rubric");
        panel.setId("marking-rubric");

        H2 heading = new H2(loaded.rubric().title());
        total.setId("marking-total");
        total.addClassName("marking-total");
        status.setId("marking-status");
        Div summary = new Div(heading, total, status);
        summary.addClassName("marking-summary");
        panel.add(summary);
        if (loaded.role() == MarkerRole.SECOND) {
            Paragraph blind = new Paragraph(getTranslation("marking.blind"));
            blind.addClassNames("marking-blind", "card");
            blind.setId("marking-blind");
            panel.add(blind);
        }

        for (CriterionDefinition criterion : loaded.rubric().criteria()) {
            @Nullable
            CriterionSuggestion suggested =
                    loaded.suggestion() == null ? null : loaded.suggestion().criterion(criterion.id());
            CriterionEditor editor = new CriterionEditor(criterion, suggested, this);
            editors.put(criterion.id(), editor);
            panel.add(editor);
        }

        H3 overall = new H3(getTranslation("marking.feedback"));
        feedback.setLabel(getTranslation("marking.feedback.label"));
        feedback.setHelperText(getTranslation("marking.feedback.help"));
        feedback.setMaxLength(GradingService.MAX_FEEDBACK);
        feedback.setValueChangeMode(ValueChangeMode.TIMEOUT);
        feedback.setValueChangeTimeout(1000);
        feedback.setWidthFull();
        feedback.setMinHeight("8rem");
        feedback.setId("marking-feedback");
        feedback.addValueChangeListener(change -> {
            if (!filling) {
                change(current -> grading.writeFeedback(current.sheetId(), current.version(), change.getValue()));
            }
        });
        Div overallCard = new Div(overall, feedback);
        overallCard.addClassNames("card", "marking-overall");
        panel.add(overallCard);

        complete.setText(getTranslation("marking.complete"));
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.setId("marking-complete");
        complete.addClickListener(click -> {
            if (change(current -> grading.complete(current.sheetId(), current.version()))) {
                completeMessage.setText("");
                Notifications.success(getTranslation("marking.completed"));
            }
        });
        reopen.setText(getTranslation("marking.reopen"));
        reopen.setId("marking-reopen");
        reopen.addClickListener(click -> change(current -> grading.reopen(current.sheetId(), current.version())));
        completeMessage.setId("marking-complete-message");
        completeMessage.addClassName("marking-complete-message");
        completeMessage.getElement().setAttribute("role", "status");
        Div finish = new Div(complete, reopen, completeMessage);
        finish.addClassName("marking-finish");
        panel.add(finish);

        history.setId("marking-history-list");
        Details historyDetails = new Details(getTranslation("marking.history"), history);
        historyDetails.setId("marking-history");
        historyDetails.addClassName("marking-history");
        panel.add(historyDetails);
        return panel;
    }

    /** Shows a sheet as the service returned it: decisions, total, status, buttons and history. */
    private void show(MarkingSheet shown) {
        sheet = shown;
        editors.values().forEach(editor -> editor.show(shown.marks().get(editor.criterionId()), shown.editable()));
        // A band means something only for a finished sheet; until then the total is a running count.
        total.setText(
                shown.allMarked()
                        ? getTranslation(
                                "marking.running-total",
                                shown.total(),
                                shown.rubric().marks(),
                                shown.band())
                        : getTranslation(
                                "marking.running-total.partial",
                                shown.total(),
                                shown.rubric().marks(),
                                shown.marks().size(),
                                shown.rubric().criteria().size()));
        status.setText(MarkingLabels.status(this, shown.status()));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add(shown.status() == SheetStatus.COMPLETE ? "badge success" : "badge");
        filling = true;
        if (!feedback.getValue().strip().equals(shown.overallFeedback())) {
            feedback.setValue(shown.overallFeedback());
        }
        filling = false;
        feedback.setReadOnly(!shown.editable());
        complete.setVisible(shown.editable());
        reopen.setVisible(shown.status() == SheetStatus.COMPLETE);
        history.removeAll();
        shown.history().forEach(decision -> history.add(historyItem(shown, decision)));
    }

    private ListItem historyItem(MarkingSheet shown, MarkingDecision decision) {
        StringBuilder what = new StringBuilder(MarkingLabels.action(this, decision.action()));
        if (decision.criterion() != null) {
            what.append(" — ").append(criterionTitle(shown, decision.criterion()));
        }
        if (decision.level() != null && decision.mark() != null) {
            what.append(": ").append(getTranslation("marking.history.level", decision.level(), decision.mark()));
        } else if (decision.mark() != null) {
            what.append(": ").append(getTranslation("marking.history.total", decision.mark()));
        }
        if (decision.note() != null && !decision.note().isBlank()) {
            what.append(" — “").append(abbreviated(decision.note())).append("”");
        }
        Span when = new Span(getTranslation("marking.history.by", decision.by(), times.format(decision.at())));
        when.addClassName("muted");
        return new ListItem(new Span(what.toString()), new Span(" "), when);
    }

    private static String criterionTitle(MarkingSheet shown, String criterionId) {
        return shown.rubric().criteria().stream()
                .filter(criterion -> criterion.id().equals(criterionId))
                .map(CriterionDefinition::title)
                .findFirst()
                .orElse(criterionId);
    }

    private static String abbreviated(String note) {
        String line = note.strip().replaceAll("\\s+", " ");
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }

    // ---- saving ------------------------------------------------------------------------------------------------

    /** One change through the service, based on the sheet's current version. */
    @FunctionalInterface
    private interface SheetChange {
        MarkingSheet apply(MarkingSheet current);
    }

    /** Applies a change and shows the result; a refusal is shown and nothing changes. Returns whether it saved. */
    private boolean change(SheetChange call) {
        try {
            show(call.apply(sheet()));
            return true;
        } catch (UserFacingException refused) {
            refusal(refused);
            return false;
        }
    }

    private void refusal(UserFacingException refused) {
        String message = getTranslation(refused.messageKey(), refused.arguments());
        if ("grading.changed-elsewhere".equals(refused.messageKey())) {
            openChangedElsewhere(message);
        } else if ("grading.incomplete".equals(refused.messageKey())) {
            completeMessage.setText(message);
            Notifications.error(message);
        } else {
            Notifications.error(message);
        }
    }

    @Override
    public @Nullable String mark(String criterionId, String level, int mark, String comment) {
        MarkingSheet current = sheet();
        try {
            show(grading.mark(current.sheetId(), current.version(), criterionId, level, mark, comment));
            return null;
        } catch (UserFacingException refused) {
            if ("grading.mark-outside-level".equals(refused.messageKey())) {
                return getTranslation(refused.messageKey(), refused.arguments());
            }
            refusal(refused);
            return "";
        }
    }

    @Override
    public void accept(String criterionId) {
        change(current -> grading.acceptSuggestion(current.sheetId(), current.version(), criterionId));
    }

    @Override
    public List<String> bank(String criterionId) {
        return grading.commentBank(sheet().sheetId(), criterionId);
    }

    @Override
    public void saveToBank(String criterionId, String text) {
        try {
            grading.useComment(sheet().sheetId(), criterionId, text);
            Notifications.success(getTranslation("marking.bank.saved"));
        } catch (UserFacingException refused) {
            refusal(refused);
        }
    }

    private void openChangedElsewhere(String message) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("marking.changed-elsewhere.title"));
        dialog.setId("marking-changed-elsewhere");
        dialog.add(new Paragraph(message));
        Button stay = new Button(getTranslation("marking.changed-elsewhere.stay"), click -> dialog.close());
        Button load = new Button(getTranslation("marking.changed-elsewhere.load"), click -> {
            dialog.close();
            loadLatest();
        });
        load.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        load.setId("marking-load-latest");
        dialog.getFooter().add(stay, load);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }

    /** Shows the sheet as it is now, after another tab changed it. */
    void loadLatest() {
        show(grading.sheet(attemptId, role));
    }

    private MarkingSheet sheet() {
        if (sheet == null) {
            throw new IllegalStateException("the mark sheet has not been loaded yet");
        }
        return sheet;
    }

    @Override
    public String getPageTitle() {
        String title = getTranslation("marking.title");
        return sheet == null ? title : title + " — " + sheet.studentName();
    }
}
