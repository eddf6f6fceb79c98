package org.socialsim.scenario.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.markdown.Markdown;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.socialsim.scenario.definition.CompetitorDefinition;
import org.socialsim.scenario.definition.InfluencerDefinition;
import org.socialsim.scenario.definition.ObjectiveKind;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.PlatformDefinition;
import org.socialsim.scenario.definition.ScenarioDefinition;

/**
 * A scenario as a student will see it when the assignment opens: the brief (markdown), the brand, weeks, budget,
 * business objectives, platforms, competitors and influencers. The audience segments, community templates and crisis
 * are deliberately absent: students discover them by playing and see the segments only in the debrief.
 */
public final class ScenarioPreview extends Composite<Div> {

    public ScenarioPreview() {
        getContent().addClassName("scenario-preview");
    }

    /** Shows the scenario to a tutor, with a note on what students do not see. */
    public void show(ScenarioDefinition scenario) {
        showToStudent(scenario);
        Paragraph hidden = new Paragraph(getTranslation("preview.hidden"));
        hidden.addClassName("callout");
        getContent().add(hidden);
    }

    /** Shows the scenario as the student's brief. */
    public void showToStudent(ScenarioDefinition scenario) {
        Div content = getContent();
        content.removeAll();
        Locale locale = getLocale();
        NumberFormat whole = NumberFormat.getIntegerInstance(locale);
        NumberFormat money = NumberFormat.getCurrencyInstance(locale);
        try {
            money.setCurrency(java.util.Currency.getInstance(scenario.currency()));
        } catch (IllegalArgumentException unknownCode) {
            // The reader only accepts ISO codes; an unknown one still shows, just without its symbol.
        }
        money.setMaximumFractionDigits(0);

        H2 title = new H2(scenario.title());
        Paragraph brand = new Paragraph(getTranslation(
                "preview.brand", scenario.brand().name(), scenario.brand().industry(), scenario.weeks()));
        brand.addClassName("muted");
        Paragraph budget = new Paragraph(getTranslation(
                "preview.budget",
                money.format(scenario.budget().ads()),
                money.format(scenario.budget().influencers())));
        Markdown brief = new Markdown(scenario.brief());
        brief.addClassName("brief");
        content.add(title, brand, budget, brief);

        UnorderedList objectives = new UnorderedList();
        scenario.businessObjectives()
                .forEach(objective -> objectives.add(
                        new ListItem(new Span(kind(objective.kind()) + ": "), new Span(objective.description()))));
        content.add(section(getTranslation("preview.objectives"), objectives));

        Grid<Map.Entry<Platform, PlatformDefinition>> platforms = new Grid<>();
        platforms.addColumn(entry -> platformName(entry.getKey())).setHeader(getTranslation("preview.platform"));
        platforms
                .addColumn(entry -> whole.format(entry.getValue().followers()))
                .setHeader(getTranslation("preview.followers"));
        platforms
                .addColumn(entry -> entry.getValue().formats().keySet().stream()
                        .map(format -> format.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("preview.formats"))
                .setFlexGrow(2);
        platforms.setItems(scenario.platforms().entrySet());
        platforms.setAllRowsVisible(true);
        platforms.setAriaLabel(getTranslation("preview.platforms"));
        content.add(section(getTranslation("preview.platforms"), platforms));

        if (!scenario.competitors().isEmpty()) {
            Grid<CompetitorDefinition> competitors = new Grid<>();
            competitors.addColumn(CompetitorDefinition::name).setHeader(getTranslation("preview.competitor"));
            competitors
                    .addColumn(competitor -> competitor.followers().entrySet().stream()
                            .map(entry -> platformName(entry.getKey()) + " " + whole.format(entry.getValue()))
                            .collect(Collectors.joining(", ")))
                    .setHeader(getTranslation("preview.followers"))
                    .setFlexGrow(2);
            competitors.setItems(scenario.competitors());
            competitors.setAllRowsVisible(true);
            competitors.setAriaLabel(getTranslation("preview.competitors"));
            content.add(section(getTranslation("preview.competitors"), competitors));
        }

        if (!scenario.influencers().isEmpty()) {
            Grid<InfluencerDefinition> influencers = new Grid<>();
            influencers.addColumn(InfluencerDefinition::name).setHeader(getTranslation("preview.influencer"));
            influencers
                    .addColumn(influencer -> platformName(influencer.platform()))
                    .setHeader(getTranslation("preview.platform"));
            influencers.addColumn(InfluencerDefinition::niche).setHeader(getTranslation("preview.niche"));
            influencers
                    .addColumn(influencer -> whole.format(influencer.audience()))
                    .setHeader(getTranslation("preview.audience"));
            influencers
                    .addColumn(influencer -> money.format(influencer.fee()))
                    .setHeader(getTranslation("preview.fee"));
            influencers.setItems(scenario.influencers());
            influencers.setAllRowsVisible(true);
            influencers.setAriaLabel(getTranslation("preview.influencers"));
            content.add(section(getTranslation("preview.influencers"), influencers));
        }
    }

    private static Section section(String heading, com.vaadin.flow.component.Component body) {
        Section section = new Section(new H3(heading), body);
        section.addClassName("preview-section");
        return section;
    }

    static String platformName(Platform platform) {
        // Brand names, the same in every language.
        return switch (platform) {
            case INSTAGRAM -> "Instagram";
            case TIKTOK -> "TikTok";
            case FACEBOOK -> "Facebook";
            case LINKEDIN -> "LinkedIn";
            case X -> "X";
            case YOUTUBE -> "YouTube";
        };
    }

    private String kind(ObjectiveKind kind) {
        return switch (kind) {
            case AWARENESS -> getTranslation("objective.awareness");
            case ENGAGEMENT -> getTranslation("objective.engagement");
            case TRAFFIC -> getTranslation("objective.traffic");
            case LEADS -> getTranslation("objective.leads");
            case SALES -> getTranslation("objective.sales");
            case RETENTION -> getTranslation("objective.retention");
            case CUSTOMER_SERVICE -> getTranslation("objective.customer-service");
        };
    }
}
