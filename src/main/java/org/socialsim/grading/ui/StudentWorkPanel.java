package org.socialsim.grading.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.tabs.TabSheet;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.socialsim.attempt.AttemptKeys;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.AttemptWork;
import org.socialsim.attempt.ui.Reasons;
import org.socialsim.attempt.work.Evaluation;
import org.socialsim.attempt.work.HourRanges;
import org.socialsim.attempt.work.InboxAnswers;
import org.socialsim.attempt.work.KpiCitation;
import org.socialsim.attempt.work.Money;
import org.socialsim.attempt.work.SevenP;
import org.socialsim.attempt.work.SituationalAnalysis;
import org.socialsim.attempt.work.SmartCheck;
import org.socialsim.grading.assessment.CalendarOverview;
import org.socialsim.scenario.definition.InfluencerDefinition;
import org.socialsim.scenario.definition.MessageTemplate;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.InboundMessage;
import org.socialsim.simulation.InboxRules;
import org.socialsim.simulation.KpiValues;
import org.socialsim.simulation.ObjectiveProgress;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.WeekResult;
import org.socialsim.simulation.plan.AdCampaign;
import org.socialsim.simulation.plan.CommunityReply;
import org.socialsim.simulation.plan.CrisisResponse;
import org.socialsim.simulation.plan.InfluencerPartnership;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.Persona;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.SmartObjective;

/**
 * The student's submission as a marker reads it beside the rubric, in four tabs: the plan, the results, the inbox and
 * crisis, and the writing. Read-only; the student's own pages are one link away for anything not summarised here.
 */
final class StudentWorkPanel extends Div {

    /** The KPIs a marker compares week by week; the rest are on the student's dashboard. */
    private static final List<Kpi> KPIS = List.of(
            Kpi.REACH,
            Kpi.ENGAGEMENTS,
            Kpi.ENGAGEMENT_RATE,
            Kpi.FOLLOWERS,
            Kpi.LINK_CLICKS,
            Kpi.CONVERSIONS,
            Kpi.REVENUE,
            Kpi.SPEND,
            Kpi.ROAS,
            Kpi.NET_SENTIMENT,
            Kpi.RESPONSE_RATE);

    final TabSheet tabs = new TabSheet();
    private final AttemptState state;
    private final ScenarioDefinition scenario;
    private final @Nullable SimulationRun results;

    StudentWorkPanel(AttemptWork work) {
        this.state = work.state();
        this.scenario = state.scenario();
        this.results = work.results();
        addClassName("marking-work");
        setId("marking-work");
        tabs.add(getTranslation("marking.work.plan"), planTab()).setId("marking-tab-plan");
        tabs.add(getTranslation("marking.work.results"), resultsTab()).setId("marking-tab-results");
        tabs.add(getTranslation("marking.work.inbox"), inboxTab()).setId("marking-tab-inbox");
        tabs.add(getTranslation("marking.work.writing"), writingTab()).setId("marking-tab-writing");
        tabs.setWidthFull();
        add(tabs);
    }

    // ---- plan ----------------------------------------------------------------------------------------------------

    private Div planTab() {
        Plan plan = state.plan();
        Div tab = new Div();
        tab.addClassName("work-tab");
        tab.add(new H3(getTranslation("marking.work.objectives")));
        if (plan.objectives().isEmpty()) {
            tab.add(none());
        }
        plan.objectives().forEach(objective -> tab.add(objective(objective)));

        tab.add(new H3(getTranslation("marking.work.personas")));
        if (plan.personas().isEmpty()) {
            tab.add(none());
        }
        plan.personas().forEach(persona -> tab.add(persona(persona)));

        tab.add(new H3(getTranslation("marking.work.calendar")));
        UnorderedList weeks = new UnorderedList();
        weeks.addClassName("work-list");
        for (CalendarOverview.Week week : CalendarOverview.weeks(plan, state.totalWeeks())) {
            String text = week.posts() == 0
                    ? getTranslation("marking.work.week-empty", week.week())
                    : getTranslation(
                            "marking.work.week-posts",
                            week.week(),
                            week.posts(),
                            counts(week.platforms()),
                            counts(week.pillars()));
            weeks.add(new ListItem(text));
        }
        tab.add(weeks);

        tab.add(new H3(getTranslation("marking.work.campaigns")));
        if (plan.campaigns().isEmpty()) {
            tab.add(none());
        }
        UnorderedList campaigns = new UnorderedList();
        campaigns.addClassName("work-list");
        plan.campaigns().forEach(campaign -> campaigns.add(new ListItem(campaign(campaign))));
        tab.add(campaigns);

        tab.add(new H3(getTranslation("marking.work.creators")));
        if (plan.influencers().isEmpty()) {
            tab.add(none());
        }
        UnorderedList creators = new UnorderedList();
        creators.addClassName("work-list");
        plan.influencers().forEach(partnership -> creators.add(new ListItem(creator(partnership))));
        tab.add(creators);
        return tab;
    }

    private Div objective(SmartObjective objective) {
        Div card = new Div();
        card.addClassNames("work-card", "work-objective");
        Paragraph statement = new Paragraph(
                objective.statement().isBlank() ? getTranslation("marking.work.no-statement") : objective.statement());
        statement.addClassName("work-statement");
        card.add(statement);
        if (objective.kpi() != null) {
            String platform = objective.platform() == null
                    ? getTranslation("marking.work.all-platforms")
                    : label(objective.platform());
            String from = kpi(objective.kpi(), objective.baseline());
            String to = kpi(objective.kpi(), objective.target());
            // An objective without a deadline says so, rather than "by week –".
            Paragraph target = new Paragraph(
                    objective.deadlineWeek() == null
                            ? getTranslation(
                                    "marking.work.objective-target-no-deadline",
                                    label(objective.kpi()),
                                    platform,
                                    from,
                                    to)
                            : getTranslation(
                                    "marking.work.objective-target",
                                    label(objective.kpi()),
                                    platform,
                                    from,
                                    to,
                                    objective.deadlineWeek()));
            target.addClassName("muted");
            card.add(target);
        }
        Div flags = new Div();
        flags.addClassName("smart-flags");
        UnorderedList unmet = new UnorderedList();
        unmet.addClassName("smart-unmet");
        for (SmartCheck.Mark mark : SmartCheck.check(objective, scenario)) {
            String reason = Reasons.text(this, mark.reason());
            // The letter for the eye, the reason for a screen reader (and as a tooltip).
            Span letter = new Span(mark.letter().name());
            letter.getElement().setAttribute("aria-hidden", "true");
            Span spoken = new Span(reason);
            spoken.addClassName("sr-only");
            Span flag = new Span(letter, spoken);
            flag.getElement().getThemeList().add(mark.met() ? "badge success" : "badge error");
            flag.getElement().setAttribute("title", reason);
            flags.add(flag);
            if (!mark.met()) {
                unmet.add(new ListItem(reason));
            }
        }
        card.add(flags);
        if (unmet.getChildren().findAny().isPresent()) {
            card.add(unmet);
        }
        return card;
    }

    private Div persona(Persona persona) {
        Div card = new Div();
        card.addClassNames("work-card", "work-persona");
        H4 name = new H4(persona.name().isBlank() ? getTranslation("marking.work.unnamed") : persona.name());
        Paragraph facts = new Paragraph(getTranslation(
                "marking.work.persona-facts",
                persona.minAge(),
                persona.maxAge(),
                persona.occupation(),
                labels(persona.platforms()),
                labels(persona.contentPreferences()),
                label(persona.journeyStage())));
        Paragraph hours = new Paragraph(getTranslation(
                "marking.work.persona-hours",
                HourRanges.format(persona.weekdayHours()),
                HourRanges.format(persona.weekendHours())));
        hours.addClassName("muted");
        card.add(name, facts, hours);
        if (!persona.goals().isBlank() || !persona.painPoints().isBlank()) {
            Paragraph goals =
                    new Paragraph(getTranslation("marking.work.persona-goals", persona.goals(), persona.painPoints()));
            goals.addClassName("muted");
            card.add(goals);
        }
        return card;
    }

    private String campaign(AdCampaign campaign) {
        return getTranslation(
                "marking.work.campaign",
                campaign.name(),
                label(campaign.platform()),
                label(campaign.objective()),
                label(campaign.stage()),
                money(campaign.budget()),
                campaign.fromWeek(),
                campaign.toWeek());
    }

    private String creator(InfluencerPartnership partnership) {
        String name = scenario.influencers().stream()
                .filter(influencer -> influencer.id().equals(partnership.influencer()))
                .map(InfluencerDefinition::name)
                .findFirst()
                .orElse(partnership.influencer());
        String format = label(partnership.format());
        String fee = money(partnership.fee());
        return partnership.disclosed()
                ? getTranslation("marking.work.creator", name, partnership.week(), partnership.posts(), format, fee)
                : getTranslation(
                        "marking.work.creator-undisclosed", name, partnership.week(), partnership.posts(), format, fee);
    }

    // ---- results -------------------------------------------------------------------------------------------------

    /** One row of a results table: a KPI and its value per column. */
    record KpiRow(Kpi kpi, List<String> values) {}

    private Div resultsTab() {
        Div tab = new Div();
        tab.addClassName("work-tab");
        if (results == null) {
            tab.add(new Paragraph(getTranslation("marking.work.no-results")));
            return tab;
        }
        tab.add(new H3(getTranslation("marking.work.per-week")));
        List<String> weekHeaders = new ArrayList<>();
        List<KpiValues> weekValues = new ArrayList<>();
        for (WeekResult week : results.weeks()) {
            weekHeaders.add(getTranslation("marking.work.week", week.week()));
            weekValues.add(week.totals());
        }
        weekHeaders.add(getTranslation("marking.work.total"));
        weekValues.add(results.totals());
        tab.add(kpiTable("marking-results-weeks", weekHeaders, weekValues));

        tab.add(new H3(getTranslation("marking.work.per-platform")));
        List<String> platformHeaders = new ArrayList<>();
        List<KpiValues> platformValues = new ArrayList<>();
        for (Map.Entry<Platform, KpiValues> platform : results.platforms().entrySet()) {
            platformHeaders.add(label(platform.getKey()));
            platformValues.add(platform.getValue());
        }
        tab.add(kpiTable("marking-results-platforms", platformHeaders, platformValues));

        tab.add(new H3(getTranslation("marking.work.objective-progress")));
        if (results.objectives().isEmpty()) {
            tab.add(none());
        }
        UnorderedList progress = new UnorderedList();
        progress.addClassName("work-list");
        results.objectives().forEach(objective -> progress.add(progress(objective)));
        tab.add(progress);
        return tab;
    }

    private Grid<KpiRow> kpiTable(String id, List<String> headers, List<KpiValues> columns) {
        Grid<KpiRow> grid = new Grid<>();
        grid.addColumn(row -> label(row.kpi()))
                .setHeader(getTranslation("marking.work.kpi"))
                .setWidth("10rem")
                .setFlexGrow(0)
                .setFrozen(true);
        for (int column = 0; column < headers.size(); column++) {
            int index = column;
            grid.addColumn(row -> row.values().get(index))
                    .setHeader(headers.get(column))
                    .setAutoWidth(true)
                    .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        }
        List<KpiRow> rows = KPIS.stream()
                .map(kpi -> new KpiRow(
                        kpi,
                        columns.stream()
                                .map(values -> kpi(kpi, values.value(kpi)))
                                .toList()))
                .toList();
        grid.setItems(rows);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setId(id);
        grid.addClassName("work-kpis");
        return grid;
    }

    private ListItem progress(ObjectiveProgress objective) {
        String statement = state.plan().objectives().stream()
                .filter(candidate -> candidate.id().equals(objective.objective()))
                .map(SmartObjective::statement)
                .findFirst()
                .orElse(objective.objective());
        Span met =
                new Span(objective.met() ? getTranslation("marking.work.met") : getTranslation("marking.work.not-met"));
        met.getElement().getThemeList().add(objective.met() ? "badge success" : "badge contrast");
        String figures = objective.kpi() == null
                ? getTranslation("marking.work.no-kpi")
                : getTranslation(
                        "marking.work.progress",
                        kpi(objective.kpi(), objective.actual()),
                        kpi(objective.kpi(), objective.target()),
                        percent(objective.progress()),
                        objective.measuredThroughWeek());
        return new ListItem(met, new Span(" " + statement + " — " + figures));
    }

    // ---- inbox and crisis ----------------------------------------------------------------------------------------

    private Div inboxTab() {
        Div tab = new Div();
        tab.addClassName("work-tab");
        tab.add(new H3(getTranslation("marking.work.inbox-messages")));
        Map<String, MessageTemplate> templates = scenario.community().stream()
                .collect(Collectors.toMap(MessageTemplate::id, Function.identity(), (first, second) -> first));
        List<InboundMessage> messages = results == null
                ? List.of()
                : results.weeks().stream()
                        .flatMap(week -> week.inbox().stream())
                        .toList();
        if (messages.isEmpty()) {
            tab.add(none());
        }
        for (InboundMessage message : messages) {
            @Nullable MessageTemplate template = templates.get(message.template());
            boolean needsAnswer = template != null && InboxRules.needsAnswer(template);
            tab.add(message(message, needsAnswer));
        }

        tab.add(new H3(getTranslation("marking.work.crisis")));
        CrisisResponse crisis = state.plan().crisis();
        if (crisis == null) {
            tab.add(new Paragraph(getTranslation("marking.work.no-crisis-response")));
        } else {
            tab.add(crisis(crisis));
        }
        return tab;
    }

    private Div message(InboundMessage message, boolean needsAnswer) {
        Div card = new Div();
        card.addClassNames("work-card", "work-message");
        Span when = new Span(getTranslation(
                "marking.work.message-when",
                message.week(),
                label(message.day()),
                String.format(Locale.ROOT, "%02d:00", message.hour()),
                label(message.platform()),
                message.author(),
                label(message.kind())));
        when.addClassName("muted");
        card.add(when, new Paragraph("“" + message.text().strip() + "”"));
        Optional<CommunityReply> answer = InboxAnswers.answerTo(state.plan(), message);
        if (answer.isEmpty()) {
            Paragraph none = new Paragraph(
                    needsAnswer
                            ? getTranslation("marking.work.unanswered")
                            : getTranslation("marking.work.unanswered-fine"));
            none.addClassName(needsAnswer ? "work-gap" : "muted");
            card.add(none);
        } else {
            CommunityReply reply = answer.get();
            Paragraph action = new Paragraph(getTranslation(
                    "marking.work.answer",
                    label(reply.action()),
                    NumberFormat.getNumberInstance(getLocale()).format(reply.responseHours())));
            action.addClassName("work-answer");
            card.add(action);
            if (!reply.reply().isBlank()) {
                Paragraph text = new Paragraph("“" + reply.reply().strip() + "”");
                text.addClassName("work-reply");
                card.add(text);
            }
        }
        return card;
    }

    private Div crisis(CrisisResponse crisis) {
        Div card = new Div();
        card.addClassNames("work-card", "work-crisis");
        card.add(new Paragraph(getTranslation(
                "marking.work.crisis-response",
                NumberFormat.getNumberInstance(getLocale()).format(crisis.firstResponseHours()),
                label(crisis.strategy()),
                crisis.channels().isEmpty() ? "–" : labels(crisis.channels()))));
        List<String> flags = new ArrayList<>();
        if (crisis.bolster()) {
            flags.add(getTranslation("marking.work.crisis-bolster"));
        }
        if (crisis.pausePromotion()) {
            flags.add(getTranslation("marking.work.crisis-paused"));
        }
        if (!flags.isEmpty()) {
            card.add(new Paragraph(String.join(" · ", flags)));
        }
        card.add(new H4(getTranslation("marking.work.holding-statement")));
        card.add(new Paragraph(
                crisis.holdingStatement().isBlank()
                        ? "–"
                        : crisis.holdingStatement().strip()));
        if (!crisis.followUps().isEmpty()) {
            card.add(new H4(getTranslation("marking.work.follow-ups")));
            UnorderedList followUps = new UnorderedList();
            crisis.followUps()
                    .forEach(followUp -> followUps.add(new ListItem(getTranslation(
                            "marking.work.follow-up",
                            followUp.hour(),
                            followUp.text().strip()))));
            card.add(followUps);
        }
        return card;
    }

    // ---- writing -------------------------------------------------------------------------------------------------

    private Div writingTab() {
        Div tab = new Div();
        tab.addClassName("work-tab");
        SituationalAnalysis analysis = state.analysis();
        tab.add(new H3(getTranslation("marking.work.analysis")));
        tab.add(text(getTranslation("analysis.strengths"), analysis.strengths()));
        tab.add(text(getTranslation("analysis.weaknesses"), analysis.weaknesses()));
        tab.add(text(getTranslation("analysis.opportunities"), analysis.opportunities()));
        tab.add(text(getTranslation("analysis.threats"), analysis.threats()));
        analysis.competitorNotes()
                .forEach((competitor, notes) ->
                        tab.add(text(getTranslation("marking.work.competitor", competitor), notes)));
        tab.add(text(getTranslation("analysis.audience.title"), analysis.audienceInsights()));

        Evaluation evaluation = state.evaluation();
        tab.add(new H3(getTranslation("marking.work.evaluation")));
        tab.add(text(getTranslation("evaluation.what-happened"), evaluation.whatHappened()));
        tab.add(text(getTranslation("evaluation.why"), evaluation.why()));
        tab.add(text(getTranslation("evaluation.recommendations"), evaluation.recommendations()));
        tab.add(new H4(getTranslation("evaluation.seven-ps")));
        for (SevenP p : SevenP.values()) {
            tab.add(text(label(p), evaluation.sevenPs().getOrDefault(p, "")));
        }
        return tab;
    }

    private Component text(String heading, String body) {
        Div block = new Div();
        block.addClassName("work-text");
        Span title = new Span(heading);
        title.addClassName("work-text-title");
        block.add(title);
        if (body.isBlank()) {
            Paragraph empty = new Paragraph(getTranslation("marking.work.left-empty"));
            empty.addClassName("work-gap");
            block.add(empty);
        } else {
            for (String paragraph : body.strip().split("\\n\\s*\\n")) {
                block.add(new Paragraph(paragraph.strip()));
            }
        }
        return block;
    }

    // ---- formatting ----------------------------------------------------------------------------------------------

    private Paragraph none() {
        Paragraph none = new Paragraph(getTranslation("marking.work.none"));
        none.addClassName("work-gap");
        return none;
    }

    private String label(Enum<?> value) {
        return getTranslation(AttemptKeys.label(value));
    }

    private String labels(List<? extends Enum<?>> values) {
        return values.isEmpty() ? "–" : values.stream().map(this::label).collect(Collectors.joining(", "));
    }

    private <E extends Enum<E>> String counts(Map<E, Integer> counts) {
        return counts.entrySet().stream()
                .map(entry -> label(entry.getKey()) + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    private String kpi(Kpi kpi, double value) {
        return KpiCitation.format(kpi, value, scenario.currency(), getLocale());
    }

    private String money(double amount) {
        return Money.format(amount, scenario.currency(), getLocale());
    }

    private String percent(double fraction) {
        return NumberFormat.getPercentInstance(getLocale()).format(fraction);
    }
}
