package org.socialsim.attempt.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.socialsim.attempt.AttemptKeys;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.work.AnalysisProgress;
import org.socialsim.attempt.work.SituationalAnalysis;
import org.socialsim.scenario.definition.CompetitorDefinition;
import org.socialsim.scenario.definition.Platform;

/**
 * Step 2: the situational analysis. A SWOT with a line of guidance per part, notes on each competitor beside the facts
 * the brief gives about it, and the student's audience insights. Autosaves a second after typing stops.
 */
@Route(value = AttemptStep.PREFIX + "analysis", layout = AttemptLayout.class)
@RolesAllowed({"STUDENT", "TUTOR", "ADMIN"})
public final class AnalysisView extends AttemptStepView {

    TextArea strengths = new TextArea();
    TextArea weaknesses = new TextArea();
    TextArea opportunities = new TextArea();
    TextArea threats = new TextArea();
    TextArea audienceInsights = new TextArea();
    /** Notes per competitor, keyed by the competitor's name as the analysis stores them. */
    final Map<String, TextArea> competitorNotes = new LinkedHashMap<>();

    final Paragraph progress = new Paragraph();

    AnalysisView(AttemptService attempts) {
        super(attempts, AttemptStep.ANALYSIS);
    }

    @Override
    protected void render(AttemptState state) {
        SituationalAnalysis analysis = state.analysis();
        Paragraph guidance = new Paragraph(getTranslation("analysis.guidance"));
        guidance.addClassName("step-guidance");
        progress.setId("analysis-progress");
        progress.addClassName("step-progress");

        strengths = part(
                "analysis-strengths",
                getTranslation("analysis.strengths"),
                getTranslation("analysis.strengths.help"),
                analysis.strengths());
        weaknesses = part(
                "analysis-weaknesses",
                getTranslation("analysis.weaknesses"),
                getTranslation("analysis.weaknesses.help"),
                analysis.weaknesses());
        opportunities = part(
                "analysis-opportunities",
                getTranslation("analysis.opportunities"),
                getTranslation("analysis.opportunities.help"),
                analysis.opportunities());
        threats = part(
                "analysis-threats",
                getTranslation("analysis.threats"),
                getTranslation("analysis.threats.help"),
                analysis.threats());
        Div swot = new Div(strengths, weaknesses, opportunities, threats);
        swot.addClassName("swot-grid");
        Section swotSection = new Section(new H3(getTranslation("analysis.swot")), swot);

        Section competitors = new Section(new H3(getTranslation("analysis.competitors")));
        competitorNotes.clear();
        if (state.scenario().competitors().isEmpty()) {
            competitors.add(new Paragraph(getTranslation("analysis.competitors.none")));
        } else {
            competitors.add(new Paragraph(getTranslation("analysis.competitors.help")));
        }
        int index = 1;
        for (CompetitorDefinition competitor : state.scenario().competitors()) {
            TextArea notes = part(
                    "analysis-competitor-" + index++,
                    getTranslation("analysis.competitor.notes", competitor.name()),
                    getTranslation("analysis.competitor.notes.help"),
                    analysis.competitorNotes().getOrDefault(competitor.name(), ""));
            competitorNotes.put(competitor.name(), notes);
            Div card = new Div(new H4(competitor.name()), facts(competitor), notes);
            card.addClassName("competitor-card");
            competitors.add(card);
        }

        audienceInsights = part(
                "analysis-audience",
                getTranslation("analysis.audience"),
                getTranslation("analysis.audience.help"),
                analysis.audienceInsights());
        Section audience = new Section(new H3(getTranslation("analysis.audience.title")), audienceInsights);

        showProgress(analysis);
        add(guidance, progress, swotSection, competitors, audience);
    }

    private TextArea part(String id, String label, String help, String value) {
        TextArea area = new TextArea(label);
        area.setId(id);
        area.setHelperText(help);
        area.setValue(value);
        area.setWidthFull();
        area.setMinRows(3);
        area.setMaxLength(10_000);
        area.setReadOnly(!editable());
        area.setValueChangeMode(ValueChangeMode.TIMEOUT);
        area.setValueChangeTimeout(1000);
        area.addValueChangeListener(change -> saveAnalysis());
        return area;
    }

    /** What the brief says about a competitor, per platform, so the notes can cite it. */
    private UnorderedList facts(CompetitorDefinition competitor) {
        UnorderedList facts = new UnorderedList();
        facts.addClassName("competitor-facts");
        for (Platform platform : competitor.followers().keySet()) {
            facts.add(new ListItem(getTranslation(
                    "analysis.competitor.platform",
                    getTranslation(AttemptKeys.label(platform)),
                    competitor.followers().get(platform),
                    competitor.postsPerWeek().getOrDefault(platform, 0.0),
                    competitor.engagementRate().getOrDefault(platform, 0.0))));
        }
        facts.add(new ListItem(getTranslation(
                "analysis.competitor.growth", competitor.followerGrowthMonthly(), competitor.mentionsPerWeek())));
        return facts;
    }

    private void saveAnalysis() {
        Map<String, String> notes = new LinkedHashMap<>(state().analysis().competitorNotes());
        competitorNotes.forEach((name, area) -> notes.put(name, area.getValue()));
        SituationalAnalysis next = new SituationalAnalysis(
                strengths.getValue(),
                weaknesses.getValue(),
                opportunities.getValue(),
                threats.getValue(),
                notes,
                audienceInsights.getValue());
        if (save((id, version) -> attempts.saveAnalysis(id, version, next))) {
            showProgress(next);
        }
    }

    private void showProgress(SituationalAnalysis analysis) {
        AnalysisProgress counted = AnalysisProgress.of(analysis, state().scenario());
        String text = getTranslation("analysis.progress.swot", counted.swotWritten(), AnalysisProgress.SWOT_PARTS);
        if (counted.competitors() > 0) {
            text += " · "
                    + getTranslation(
                            "analysis.progress.competitors", counted.competitorsWritten(), counted.competitors());
        }
        text += " · "
                + (counted.audienceWritten()
                        ? getTranslation("analysis.progress.audience-written")
                        : getTranslation("analysis.progress.audience-missing"));
        progress.setText(text);
        progress.getElement().setAttribute("data-complete", counted.complete());
    }
}
