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
import org.socialsim.attempt.ui.ChartFigure;
import org.socialsim.base.ui.MainLayout;
import org.socialsim.grading.AssignmentCohort;
import org.socialsim.grading.ModerationService;
import org.socialsim.grading.agreement.CohortReport;
import org.socialsim.grading.agreement.CohortReport.BandCount;
import org.socialsim.grading.agreement.CohortReport.CriterionSpread;
import org.socialsim.grading.agreement.CohortReport.OutlierScript;
import org.socialsim.grading.agreement.MarkDistribution;
import org.springframework.security.access.AccessDeniedException;

/**
 * How an assignment's cohort did, on the final marks: the distribution of totals, the levels given per criterion, the
 * band counts and the scripts far from the rest, each linked to its marking.
 */
@Route(value = "tutor/assignments/:assignmentId(\\d+)/cohort", layout = MainLayout.class)
@RolesAllowed({"TUTOR", "ADMIN"})
public final class CohortView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final H2 heading = new H2();
    final Paragraph intro = new Paragraph();
    final Paragraph summary = new Paragraph();
    final Div totals = new Div();
    final Div bands = new Div();
    final Div criteria = new Div();
    final UnorderedList outliers = new UnorderedList();
    final Paragraph noOutliers = new Paragraph();
    final Div report = new Div();

    private final ModerationService moderation;
    private final CohortCharts charts = new CohortCharts(this::getTranslation);
    private final Anchor queue = new Anchor();
    private final Anchor agreement = new Anchor();

    CohortView(ModerationService moderation) {
        this.moderation = moderation;
        addClassName("report-view");
        queue.setText(getTranslation("moderation.back.queue"));
        queue.getElement().setAttribute("router-link", true);
        queue.setId("cohort-queue-link");
        agreement.setText(getTranslation("cohort.agreement-link"));
        agreement.getElement().setAttribute("router-link", true);
        agreement.setId("cohort-agreement-link");
        Div links = new Div(queue, agreement);
        links.addClassName("report-links");
        intro.setId("cohort-intro");
        intro.addClassName("muted");
        summary.setId("cohort-summary");
        totals.setId("cohort-totals");
        bands.setId("cohort-bands-section");
        criteria.setId("cohort-criteria");
        criteria.addClassName("cohort-criteria");
        outliers.setId("cohort-outliers");
        noOutliers.setText(getTranslation("cohort.outliers.none"));
        noOutliers.setId("cohort-no-outliers");
        noOutliers.addClassName("muted");

        report.add(
                summary,
                new Section(new H3(getTranslation("cohort.bands.heading")), totals, bands),
                new Section(
                        new H3(getTranslation("cohort.outliers.heading")),
                        new Paragraph(getTranslation("cohort.outliers.intro")),
                        outliers,
                        noOutliers),
                new Section(new H3(getTranslation("cohort.criteria.heading")), criteria));
        add(links, heading, intro, report);
    }

    /** The cohort view of an assignment. */
    static String path(long assignmentId) {
        return "tutor/assignments/" + assignmentId + "/cohort";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long assignmentId = event.getRouteParameters().getLong("assignmentId").orElse(-1L);
        AssignmentCohort cohort;
        try {
            cohort = moderation.cohort(assignmentId);
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        show(cohort);
    }

    private void show(AssignmentCohort cohort) {
        queue.setHref(MarkingLinks.queue(cohort.assignmentId()));
        agreement.setHref(AgreementReportView.path(cohort.assignmentId()));
        heading.setText(getTranslation("cohort.heading", cohort.assignmentTitle()));
        CohortReport data = cohort.report();
        intro.setText(getTranslation("cohort.intro", data.scripts(), cohort.submitted()));
        if (data.totals().summary().isEmpty()) {
            report.setVisible(false);
            intro.setText(getTranslation("cohort.none"));
            return;
        }
        report.setVisible(true);
        MarkDistribution.Summary stats = data.totals().summary().orElseThrow();
        summary.setText(getTranslation(
                "cohort.summary",
                stats.mean(),
                stats.median(),
                stats.standardDeviation(),
                stats.lowerQuartile(),
                stats.upperQuartile(),
                stats.min(),
                stats.max(),
                data.totals().maximum()));
        totals.removeAll();
        totals.add(new ChartFigure(charts.totals(data.totals())));

        ReportTable bandTable = new ReportTable(
                "cohort-bands",
                getTranslation("cohort.bands.heading"),
                List.of(
                        getTranslation("cohort.column.band"),
                        getTranslation("cohort.column.from"),
                        getTranslation("cohort.column.scripts")));
        for (BandCount band : data.bands().reversed()) {
            bandTable.row(band.band(), List.of(Integer.toString(band.from()), Integer.toString(band.count())));
        }
        bands.removeAll();
        bands.add(bandTable);

        outliers.removeAll();
        for (OutlierScript outlier : data.outliers()) {
            // A moderated script's final marks are the agreed ones: its marking is the moderation.
            String marking = cohort.moderated().contains(outlier.attemptId())
                    ? ModerationView.path(outlier.attemptId())
                    : MarkingLinks.marking(outlier.attemptId());
            Anchor open = new Anchor(marking, getTranslation("cohort.outlier.open", outlier.studentName()));
            open.getElement().setAttribute("router-link", true);
            String where = outlier.high()
                    ? getTranslation("cohort.outlier.high", outlier.studentName(), outlier.total())
                    : getTranslation("cohort.outlier.low", outlier.studentName(), outlier.total());
            ListItem item = new ListItem(new Span(where), new Span(" "), open);
            item.setId("cohort-outlier-" + outlier.attemptId());
            outliers.add(item);
        }
        outliers.setVisible(!data.outliers().isEmpty());
        noOutliers.setVisible(data.outliers().isEmpty());

        criteria.removeAll();
        for (CriterionSpread criterion : data.criteria()) {
            criteria.add(new ChartFigure(charts.criterion(criterion)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cohort.title");
    }
}
