package org.socialsim.attempt.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.work.CrisisRoom;
import org.socialsim.attempt.work.DashboardCharts;
import org.socialsim.attempt.work.InboxAnswers;
import org.socialsim.simulation.KpiValues;
import org.socialsim.simulation.ReplicatedRun;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.WeekResult;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.Plan;

/**
 * Step 7: run the weeks one at a time. After each run the week's community inbox arrives to be answered, the crisis
 * room opens in the week the crisis breaks, and the KPI dashboard shows how the weeks went and why. Answers re-score
 * the latest week at once (results are recomputed from the plan on every read), so the student sees what a better
 * reply is worth; running the next week closes the inbox, and weeks that have run are read-only.
 */
@Route(value = AttemptStep.PREFIX + "weeks", layout = AttemptLayout.class)
@RolesAllowed({"STUDENT", "TUTOR", "ADMIN"})
public final class WeeksView extends AttemptStepView {

    /** Replications for the uncertainty band: enough for stable 5th and 95th percentiles, about 15 ms of engine time. */
    static final int REPLICATIONS = 50;

    final Button runWeek = new Button();
    final Select<Integer> week = new Select<>();
    final Paragraph score = new Paragraph();
    Tabs tabs = new Tabs();
    private final Map<Tab, Component> panels = new LinkedHashMap<>();

    @Nullable
    InboxPanel inbox;

    @Nullable
    CrisisPanel crisis;

    @Nullable
    DashboardPanel dashboard;

    private @Nullable SimulationRun run;
    private @Nullable ReplicatedRun bands;

    WeeksView(AttemptService attempts) {
        super(attempts, AttemptStep.WEEKS);
        runWeek.setId("weeks-run");
        runWeek.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        runWeek.addClickListener(click -> runNextWeek());
        runWeek.setDisableOnClick(true);
        week.setId("weeks-week");
        week.setLabel(getTranslation("weeks.show-week"));
        week.setItemLabelGenerator(number -> getTranslation("weeks.week", number));
        week.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                showWeek(change.getValue());
            }
        });
        score.setId("weeks-score");
        score.addClassName("week-score");
        score.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    protected void render(AttemptState state) {
        removeAll();
        run = attempts.results(state.attemptId());
        bands = null;
        add(runSection(state));
        if (run == null) {
            Paragraph nothing = new Paragraph(getTranslation("weeks.none-run"));
            nothing.setId("weeks-none-run");
            nothing.addClassName("muted");
            add(nothing);
            return;
        }
        week.setItems(IntStream.rangeClosed(1, state.weeksRun()).boxed().toList());
        week.setValue(state.weeksRun());
        Div weekBar = new Div(week, score);
        weekBar.addClassName("week-bar");
        add(weekBar);
        // Tabs over panels that all stay attached (only the chosen one visible), so the inbox keeps its state while
        // the student looks at the dashboard.
        tabs = new Tabs();
        tabs.setId("weeks-tabs");
        panels.clear();
        inbox = new InboxPanel(this);
        panel("weeks-tab-inbox", getTranslation("weeks.tab.inbox"), inbox);
        crisis = null;
        if (CrisisRoom.open(state.scenario().crisis().week(), state.weeksRun())) {
            crisis = new CrisisPanel(this);
            panel("weeks-tab-crisis", getTranslation("weeks.tab.crisis"), crisis);
        }
        dashboard = new DashboardPanel(this);
        panel("weeks-tab-dashboard", getTranslation("weeks.tab.dashboard"), dashboard);
        tabs.addSelectedChangeListener(change -> {
            panels.forEach((tab, panel) -> panel.setVisible(tab == change.getSelectedTab()));
            if (crisis != null && panels.get(change.getSelectedTab()) == crisis) {
                crisis.show();
            }
            refreshDashboardIfShown();
        });
        add(tabs);
        panels.values().forEach(this::add);
        showWeek(state.weeksRun());
    }

    private Div runSection(AttemptState state) {
        Div section = new Div();
        section.addClassName("run-week");
        section.setId("weeks-run-section");
        if (state.allWeeksRun()) {
            section.add(new H3(getTranslation("weeks.all-run.title", state.totalWeeks())));
            section.add(new Paragraph(getTranslation("weeks.all-run.text")));
            Button evaluate = new Button(
                    getTranslation("weeks.all-run.evaluate"),
                    click -> getUI().ifPresent(ui -> ui.navigate(AttemptStep.EVALUATION.path(state.attemptId()))));
            evaluate.setId("weeks-to-evaluation");
            evaluate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (state.editable()) {
                section.add(evaluate);
            }
            return section;
        }
        int next = state.firstOpenWeek();
        section.add(new H3(getTranslation("weeks.run.title", next, state.totalWeeks())));
        if (!state.editable()) {
            section.add(new Paragraph(getTranslation("weeks.run.read-only", state.weeksRun(), state.totalWeeks())));
            return section;
        }
        Paragraph what = new Paragraph(
                next == 1
                        ? getTranslation("weeks.run.first", next)
                        : getTranslation("weeks.run.next", next, state.weeksRun()));
        what.setId("weeks-run-note");
        runWeek.setText(getTranslation("weeks.run.button", next));
        runWeek.setEnabled(true);
        section.add(what, runWeek);
        return section;
    }

    private void panel(String tabId, String label, Component panel) {
        Tab tab = new Tab(label);
        tab.setId(tabId);
        String panelId = panel.getId().orElseThrow();
        tab.getElement().setAttribute("aria-controls", panelId);
        panel.getElement().setAttribute("role", "tabpanel");
        panel.getElement().setAttribute("aria-labelledby", tabId);
        panel.setVisible(panels.isEmpty());
        panels.put(tab, panel);
        tabs.add(tab);
    }

    private void runNextWeek() {
        if (save((id, version) -> attempts.runWeek(id, version))) {
            // Navigating to the step again refreshes the attempt frame's progress line and renders the new week.
            UI.getCurrent().navigate(AttemptStep.WEEKS.path(attemptId()));
        } else {
            runWeek.setEnabled(true);
        }
    }

    /** Shows week {@code number}: its inbox, its score and (on the dashboard) its explanations. */
    void showWeek(int number) {
        week.setValue(number);
        updateScore();
        if (inbox != null) {
            inbox.show(number);
        }
        if (dashboard != null) {
            dashboard.invalidate();
            refreshDashboardIfShown();
        }
    }

    /**
     * Saves the plan changed by {@code change} (applied to the latest saved plan) and re-scores: the week's results
     * follow the student's answers at once.
     */
    boolean savePlan(UnaryOperator<Plan> change) {
        boolean saved = save((id, version) -> attempts.savePlan(id, version, change.apply(state().plan())));
        if (saved) {
            run = attempts.results(attemptId());
            bands = null;
            updateScore();
            if (crisis != null) {
                crisis.rescored();
            }
            if (dashboard != null) {
                dashboard.invalidate();
            }
        }
        return saved;
    }

    void loadBands() {
        bands = attempts.replications(attemptId(), REPLICATIONS);
        if (dashboard != null) {
            dashboard.invalidate();
            refreshDashboardIfShown();
        }
    }

    private void refreshDashboardIfShown() {
        if (dashboard != null && tabs.getSelectedTab() != null && panels.get(tabs.getSelectedTab()) == dashboard) {
            dashboard.refresh();
        }
    }

    private void updateScore() {
        SimulationRun current = run;
        Integer shown = week.getValue();
        if (current == null || shown == null) {
            score.setText("");
            return;
        }
        WeekResult result = current.week(shown);
        KpiValues totals = result.totals();
        DashboardCharts charts = charts();
        score.setText(getTranslation(
                "weeks.score",
                shown,
                charts.format(Kpi.REACH, totals.reach()),
                charts.format(Kpi.ENGAGEMENT_RATE, totals.engagementRate()),
                charts.format(Kpi.CONVERSIONS, totals.conversions()),
                charts.format(Kpi.NET_SENTIMENT, totals.netSentiment()),
                charts.format(Kpi.RESPONSE_RATE, totals.responseRate()),
                InboxAnswers.answered(state().plan(), result.inbox()),
                result.inbox().size()));
    }

    SimulationRun run() {
        if (run == null) {
            throw new IllegalStateException("no week has run");
        }
        return run;
    }

    int shownWeek() {
        Integer shown = week.getValue();
        return shown == null ? state().weeksRun() : shown;
    }

    DashboardCharts charts() {
        return new DashboardCharts(state().scenario(), state().plan(), run(), bands, this::getTranslation, getLocale());
    }

    boolean bandsShown() {
        return bands != null;
    }

    /** The attempt as last saved, for the panels. */
    AttemptState current() {
        return state();
    }

    boolean canEdit() {
        return editable();
    }
}
