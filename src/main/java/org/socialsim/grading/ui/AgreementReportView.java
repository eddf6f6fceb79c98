package org.socialsim.grading.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.socialsim.base.ui.MainLayout;
import org.socialsim.grading.AssignmentAgreement;
import org.socialsim.grading.ModerationService;
import org.socialsim.grading.agreement.Agreement;
import org.socialsim.grading.agreement.AgreementReport;
import org.socialsim.grading.agreement.AgreementReport.CriterionRow;
import org.socialsim.grading.agreement.Calibration;
import org.springframework.security.access.AccessDeniedException;

/**
 * An assignment's agreement report: per criterion and overall on bands, how often the two markers gave the same level
 * or one apart and their weighted kappa; then the same between the tutors and the suggestions, with what each
 * criterion's numbers mean for accepting its suggestions.
 */
@Route(value = "tutor/assignments/:assignmentId(\\d+)/agreement", layout = MainLayout.class)
@RolesAllowed({"TUTOR", "ADMIN"})
public final class AgreementReportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final H2 heading = new H2();
    final Paragraph intro = new Paragraph();
    final Div markers = new Div();
    final Div suggestions = new Div();
    final UnorderedList verdicts = new UnorderedList();
    final Div secondMarkings = new Div();

    private final ModerationService moderation;
    private final AgreementTexts words = new AgreementTexts(this::getTranslation);
    private final Anchor queue = new Anchor();
    private final Anchor cohort = new Anchor();

    AgreementReportView(ModerationService moderation) {
        this.moderation = moderation;
        addClassName("report-view");
        queue.setText(getTranslation("moderation.back.queue"));
        queue.getElement().setAttribute("router-link", true);
        queue.setId("agreement-queue-link");
        cohort.setText(getTranslation("agreement.cohort-link"));
        cohort.getElement().setAttribute("router-link", true);
        cohort.setId("agreement-cohort-link");
        Div links = new Div(queue, cohort);
        links.addClassName("report-links");
        intro.setId("agreement-intro");
        intro.addClassName("muted");
        markers.setId("agreement-markers-section");
        suggestions.setId("agreement-suggestions-section");
        verdicts.setId("agreement-verdicts");
        verdicts.addClassName("agreement-verdicts");
        Paragraph explained = new Paragraph(getTranslation("agreement.kappa.explained"));
        explained.addClassName("muted");

        secondMarkings.setId("agreement-second-marking-section");
        Section secondMarking = new Section(new H3(getTranslation("agreement.second-marking.heading")), secondMarkings);
        Section betweenMarkers = new Section(
                new H3(getTranslation("agreement.markers.heading")),
                new Paragraph(getTranslation("agreement.markers.intro")),
                markers);
        Section withSuggestions = new Section(
                new H3(getTranslation("agreement.suggestions.heading")),
                new Paragraph(getTranslation("agreement.suggestions.intro")),
                verdicts,
                suggestions);
        add(links, heading, intro, secondMarking, betweenMarkers, withSuggestions, explained);
    }

    /** The agreement report of an assignment. */
    static String path(long assignmentId) {
        return "tutor/assignments/" + assignmentId + "/agreement";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long assignmentId = event.getRouteParameters().getLong("assignmentId").orElse(-1L);
        AssignmentAgreement agreement;
        try {
            agreement = moderation.agreement(assignmentId);
        } catch (AccessDeniedException e) {
            // Another tutor's assignment looks exactly like one that does not exist.
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        show(agreement);
    }

    private void show(AssignmentAgreement agreement) {
        queue.setHref(MarkingLinks.queue(agreement.assignmentId()));
        cohort.setHref(CohortView.path(agreement.assignmentId()));
        heading.setText(getTranslation("agreement.heading", agreement.assignmentTitle()));
        intro.setText(getTranslation("agreement.intro", agreement.submitted(), agreement.doubleMarked()));
        AgreementReport report = agreement.report();
        List<String> columns = List.of(
                getTranslation("agreement.column.criterion"),
                getTranslation("agreement.column.scripts"),
                getTranslation("agreement.column.exact"),
                getTranslation("agreement.column.adjacent"),
                getTranslation("agreement.column.kappa"),
                getTranslation("agreement.column.reading"));

        ReportTable markerTable =
                new ReportTable("agreement-markers", getTranslation("agreement.markers.heading"), columns);
        ReportTable suggestionTable =
                new ReportTable("agreement-suggestions", getTranslation("agreement.suggestions.heading"), columns);
        verdicts.removeAll();
        for (CriterionRow row : report.criteria()) {
            markerTable.row(row.title(), cells(row.betweenMarkers())).setId("agreement-markers-" + row.criterion());
            suggestionTable
                    .row(row.title(), cells(row.suggestions().agreement()))
                    .setId("agreement-suggestions-" + row.criterion());
            ListItem verdict = new ListItem(words.verdict(row.suggestions(), row.title()));
            verdict.setId("agreement-verdict-" + row.criterion());
            verdicts.add(verdict);
        }
        String overall = getTranslation("agreement.overall");
        markerTable.row(overall, cells(report.markersOnBands())).setId("agreement-markers-bands");
        suggestionTable
                .row(overall, cells(report.suggestionsOnBands().agreement()))
                .setId("agreement-suggestions-bands");
        ListItem bands = new ListItem(words.verdict(report.suggestionsOnBands(), overall));
        bands.setId("agreement-verdict-bands");
        verdicts.add(bands);
        // Until enough scripts are marked, the same "too few" sentence for every criterion says nothing new.
        if (report.suggestionsOnBands().advice() == Calibration.Advice.TOO_FEW_SCRIPTS
                && report.criteria().stream()
                        .allMatch(row -> row.suggestions().advice() == Calibration.Advice.TOO_FEW_SCRIPTS
                                && row.suggestions().agreement().n()
                                        == report.suggestionsOnBands()
                                                .agreement()
                                                .n())) {
            verdicts.removeAll();
            ListItem tooFew = new ListItem(getTranslation(
                    "agreement.verdict.too-few.all",
                    report.suggestionsOnBands().agreement().n(),
                    report.suggestionsOnBands().minimumScripts()));
            tooFew.setId("agreement-verdict-too-few");
            verdicts.add(tooFew);
        }
        markers.removeAll();
        markers.add(markerTable);
        showSecondMarkings(agreement);
        suggestions.removeAll();
        suggestions.add(suggestionTable);
    }

    private void showSecondMarkings(AssignmentAgreement agreement) {
        secondMarkings.removeAll();
        if (agreement.secondMarkings().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("agreement.second-marking.none"));
            none.setId("agreement-second-marking-none");
            none.addClassName("muted");
            secondMarkings.add(none);
            return;
        }
        ReportTable table = new ReportTable(
                "agreement-second-marking",
                getTranslation("agreement.second-marking.heading"),
                List.of(
                        getTranslation("agreement.column.student"),
                        getTranslation("agreement.column.second-marker"),
                        getTranslation("agreement.column.stage"),
                        getTranslation("agreement.column.totals"),
                        getTranslation("agreement.column.moderation")));
        for (AssignmentAgreement.SecondMarkingRow row : agreement.secondMarkings()) {
            String totals = row.firstTotal() == null || row.secondTotal() == null
                    ? getTranslation("agreement.none")
                    : row.flagged()
                            ? getTranslation(
                                    "agreement.totals.flagged",
                                    row.firstTotal(),
                                    row.secondTotal(),
                                    agreement.threshold())
                            : getTranslation("agreement.totals", row.firstTotal(), row.secondTotal());
            Anchor moderate = new Anchor(ModerationView.path(row.attemptId()), getTranslation("agreement.moderate"));
            moderate.getElement().setAttribute("router-link", true);
            moderate.getElement()
                    .setAttribute("aria-label", getTranslation("agreement.moderate.label", row.studentName()));
            moderate.setId("agreement-moderate-" + row.attemptId());
            moderate.setVisible(row.stage() != AssignmentAgreement.Stage.MARKING);
            Span totalsCell = new Span(totals);
            totalsCell.setClassName("flagged-text", row.flagged());
            table.row(
                            row.studentName(),
                            new Span(row.secondMarker()),
                            new Span(stage(row.stage())),
                            totalsCell,
                            moderate)
                    .setId("agreement-second-marking-" + row.attemptId());
        }
        secondMarkings.add(table);
    }

    private String stage(AssignmentAgreement.Stage stage) {
        return switch (stage) {
            case MARKING -> getTranslation("agreement.stage.marking");
            case TO_AGREE -> getTranslation("agreement.stage.to-agree");
            case AGREED -> getTranslation("agreement.stage.agreed");
        };
    }

    private List<String> cells(Agreement agreement) {
        return List.of(
                Integer.toString(agreement.n()),
                words.share(agreement.exact(), agreement),
                words.share(agreement.adjacent(), agreement),
                words.kappa(agreement),
                words.reading(agreement));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agreement.title");
    }
}
