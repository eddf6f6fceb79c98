package org.socialsim.attempt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.socialsim.attempt.AttemptKeys;
import org.socialsim.attempt.work.ChartSpec;
import org.socialsim.attempt.work.DashboardCharts;
import org.socialsim.simulation.Explanation;
import org.socialsim.simulation.plan.Kpi;

/**
 * The KPI dashboard: why the selected week went as it did (the engine's explanations, largest effect first), then the
 * charts of the weeks run: trends per platform, objectives against their targets, the paid funnel, sentiment, the
 * competitor benchmark and when the posts went out. Built when shown and rebuilt after the results change.
 */
final class DashboardPanel extends Div {

    private final WeeksView view;
    final Button replications = new Button();
    final Div explanations = new Div();
    final Div charts = new Div();
    private boolean stale = true;

    DashboardPanel(WeeksView view) {
        this.view = view;
        setId("weeks-dashboard");
        addClassName("dashboard");
        replications.setId("dashboard-replications");
        replications.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        replications.addClickListener(click -> view.loadBands());
        replications.setDisableOnClick(true);
        explanations.setId("dashboard-explanations");
        explanations.addClassName("dashboard-explanations");
        charts.addClassName("dashboard-grid");
    }

    /** The results changed: rebuild when next shown. */
    void invalidate() {
        stale = true;
    }

    /** Builds the dashboard if the results changed since it was last built. */
    void refresh() {
        if (!stale) {
            return;
        }
        stale = false;
        removeAll();
        DashboardCharts build = view.charts();
        int week = view.shownWeek();

        explanations.removeAll();
        explanations.add(new H3(getTranslation("dashboard.why", week)));
        List<Explanation> reasons = build.explanations(week);
        if (reasons.isEmpty()) {
            explanations.add(new Paragraph(getTranslation("dashboard.why.none", week)));
        } else {
            OrderedList list = new OrderedList();
            for (Explanation reason : reasons) {
                Span effect = new Span(build.effect(reason));
                effect.addClassName("explanation-effect");
                String where = reason.platform() == null
                        ? getTranslation(AttemptKeys.label(reason.kpi()))
                        : getTranslation(
                                "dashboard.why.on",
                                getTranslation(AttemptKeys.label(reason.kpi())),
                                getTranslation(AttemptKeys.label(reason.platform())));
                Span kpi = new Span(where);
                kpi.addClassName("explanation-kpi");
                Paragraph sentence = new Paragraph(reason.sentence());
                sentence.addClassName("explanation-sentence");
                list.add(new ListItem(new Div(effect, kpi), sentence));
            }
            explanations.add(list);
        }

        H3 chartsTitle = new H3(getTranslation("dashboard.charts", view.run().weeksRun()));
        replications.setText(
                view.bandsShown()
                        ? getTranslation("dashboard.replications.shown", WeeksView.REPLICATIONS)
                        : getTranslation("dashboard.replications", WeeksView.REPLICATIONS));
        replications.setEnabled(!view.bandsShown());
        Paragraph bandNote = new Paragraph(getTranslation("dashboard.replications.note"));
        bandNote.addClassName("muted");
        Div chartsHeader = new Div(chartsTitle, replications);
        chartsHeader.addClassName("dashboard-charts-header");

        charts.removeAll();
        chart(build.trend(Kpi.REACH));
        chart(build.trend(Kpi.ENGAGEMENT_RATE));
        chart(build.trend(Kpi.FOLLOWERS));
        chart(build.clicksAndConversions());
        build.objectives()
                .ifPresentOrElse(
                        spec -> chart(spec), () -> charts.add(placeholder(getTranslation("dashboard.no-objectives"))));
        build.paidFunnel()
                .ifPresentOrElse(
                        spec -> chart(spec), () -> charts.add(placeholder(getTranslation("dashboard.no-paid"))));
        chart(build.sentiment());
        chart(build.shareOfVoice());
        chart(build.competitorEngagement());
        chart(build.postingHeatmap());
        add(explanations, chartsHeader, bandNote, charts);
    }

    private void chart(ChartSpec spec) {
        charts.add(new ChartFigure(spec));
    }

    private static Div placeholder(String text) {
        Div placeholder = new Div(new Paragraph(text));
        placeholder.addClassNames("chart-figure", "chart-placeholder");
        return placeholder;
    }
}
