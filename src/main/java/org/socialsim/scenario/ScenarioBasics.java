package org.socialsim.scenario;

import org.socialsim.scenario.definition.Brand;
import org.socialsim.scenario.definition.Budget;
import org.socialsim.scenario.definition.ScenarioDefinition;

/**
 * The top-level facts of a scenario that the structured form edits; everything else (platforms, segments, community,
 * crisis) stays as the YAML says. Ranges are those of {@link ScenarioDefinition}; the reader checks them.
 */
public record ScenarioBasics(
        String title,
        String brief,
        String brandName,
        String industry,
        String voice,
        int weeks,
        String currency,
        double adsBudget,
        double influencerBudget) {

    public static ScenarioBasics of(ScenarioDefinition scenario) {
        return new ScenarioBasics(
                scenario.title(),
                scenario.brief(),
                scenario.brand().name(),
                scenario.brand().industry(),
                scenario.brand().voice(),
                scenario.weeks(),
                scenario.currency(),
                scenario.budget().ads(),
                scenario.budget().influencers());
    }

    /** {@code scenario} with these facts in place of its own. */
    public ScenarioDefinition applyTo(ScenarioDefinition scenario) {
        return new ScenarioDefinition(
                scenario.id(),
                title,
                brief,
                new Brand(brandName, industry, voice, scenario.brand().mentionsPerWeek()),
                weeks,
                currency,
                scenario.conversion(),
                new Budget(adsBudget, influencerBudget),
                scenario.businessObjectives(),
                scenario.platforms(),
                scenario.segments(),
                scenario.competitors(),
                scenario.influencers(),
                scenario.community(),
                scenario.crisis());
    }
}
