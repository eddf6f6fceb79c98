package org.socialsim.attempt.work;

import org.socialsim.scenario.definition.CompetitorDefinition;
import org.socialsim.scenario.definition.ScenarioDefinition;

/**
 * How much of the situational analysis is written, for the indicator at the top of the step: a part counts once it
 * holds more than blanks.
 *
 * @param swotWritten SWOT parts written, 0..4
 * @param competitorsWritten competitors of the scenario with notes
 * @param competitors competitors the scenario names
 * @param audienceWritten whether the audience insights are written
 */
public record AnalysisProgress(int swotWritten, int competitorsWritten, int competitors, boolean audienceWritten) {

    public static final int SWOT_PARTS = 4;

    public static AnalysisProgress of(SituationalAnalysis analysis, ScenarioDefinition scenario) {
        int swot = 0;
        for (String part :
                new String[] {analysis.strengths(), analysis.weaknesses(), analysis.opportunities(), analysis.threats()
                }) {
            if (!part.isBlank()) {
                swot++;
            }
        }
        int competitors = 0;
        // Notes are keyed by the competitor's name; notes for a name the scenario no longer has do not count.
        for (CompetitorDefinition competitor : scenario.competitors()) {
            if (!analysis.competitorNotes().getOrDefault(competitor.name(), "").isBlank()) {
                competitors++;
            }
        }
        return new AnalysisProgress(
                swot,
                competitors,
                scenario.competitors().size(),
                !analysis.audienceInsights().isBlank());
    }

    /** Whether every part is written. */
    public boolean complete() {
        return swotWritten == SWOT_PARTS && competitorsWritten == competitors && audienceWritten;
    }
}
