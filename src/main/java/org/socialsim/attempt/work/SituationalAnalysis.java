package org.socialsim.attempt.work;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The student's situational analysis: a SWOT of the brand in its market, notes on each competitor the brief names, and
 * what they conclude about the audience. Free text; empty strings for parts not yet written.
 *
 * @param strengths internal strengths of the brand
 * @param weaknesses internal weaknesses
 * @param opportunities external opportunities in the market
 * @param threats external threats
 * @param competitorNotes notes per competitor, keyed by the competitor's name in the scenario (competitors have no id)
 * @param audienceInsights who the student believes the audience is and why
 */
public record SituationalAnalysis(
        String strengths,
        String weaknesses,
        String opportunities,
        String threats,
        Map<String, String> competitorNotes,
        String audienceInsights) {

    public SituationalAnalysis {
        competitorNotes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(competitorNotes));
    }

    public static SituationalAnalysis empty() {
        return new SituationalAnalysis("", "", "", "", Map.of(), "");
    }
}
