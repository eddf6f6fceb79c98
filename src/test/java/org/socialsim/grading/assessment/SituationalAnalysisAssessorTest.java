package org.socialsim.grading.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialsim.attempt.work.Evaluation;
import org.socialsim.attempt.work.SituationalAnalysis;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.Plan;

class SituationalAnalysisAssessorTest {

    private static final ScenarioDefinition BREWHAVEN = Submissions.brewhaven();
    private static final SituationalAnalysisAssessor ASSESSOR = new SituationalAnalysisAssessor();

    private static Assessment assess(SituationalAnalysis analysis) {
        return assess(analysis, AssessorParameters.NONE);
    }

    private static Assessment assess(SituationalAnalysis analysis, AssessorParameters parameters) {
        return ASSESSOR.assess(Submissions.of(BREWHAVEN, Plan.empty(), analysis, Evaluation.empty(), 0), parameters);
    }

    private static SituationalAnalysis withNotes(SituationalAnalysis analysis, Map<String, String> notes) {
        return new SituationalAnalysis(
                analysis.strengths(),
                analysis.weaknesses(),
                analysis.opportunities(),
                analysis.threats(),
                notes,
                analysis.audienceInsights());
    }

    @Test
    void an_empty_analysis_scores_zero_and_says_what_to_write() {
        Assessment assessment = ASSESSOR.assess(Submissions.empty(BREWHAVEN), AssessorParameters.NONE);

        assertThat(assessment.score()).isZero();
        assertThat(assessment.evidence())
                .containsExactly(EvidenceLine.gap("You wrote no situational analysis: fill in the SWOT, a note on"
                        + " each competitor with the panel's figures, and what the brief tells you about the"
                        + " audience."));
    }

    @Test
    void a_decent_analysis_with_benchmarked_competitors_and_implications_is_excellent() {
        Assessment assessment = assess(StrategyWork.decentAnalysis());

        assertThat(assessment.score()).isGreaterThanOrEqualTo(0.85);
        assertThat(assessment.evidence())
                .contains(EvidenceLine.strength("You benchmark Bean There and Nitro North with figures, e.g."
                        + " '86,000 Instagram followers but only 0.35% engagement and 3%…'."))
                .anyMatch(line -> line.kind() == EvidenceLine.Kind.STRENGTH
                        && line.text().startsWith("You draw implications from your findings, e.g. '"));
    }

    @Test
    void a_complete_but_descriptive_analysis_is_weak_however_many_boxes_it_fills() {
        Assessment assessment = assess(StrategyWork.descriptiveAnalysis());

        assertThat(assessment.score()).isBetween(0.20, 0.45);
        assertThat(assessment.evidence())
                .contains(
                        EvidenceLine.gap("None of your competitor notes quotes a figure: benchmark at least 2"
                                + " competitors with the panel's figures (followers, engagement rate, posts a"
                                + " week)."),
                        EvidenceLine.gap("Your analysis quotes no figures: use the brief's and the competitor"
                                + " panel's numbers (followers, engagement rates, posts a week) instead of"
                                + " adjectives."),
                        EvidenceLine.gap("Your analysis describes but draws no conclusions: follow each finding with"
                                + " what you will do about it ('…, so we will …')."));
    }

    @Test
    void figures_without_implications_lean_towards_description_and_stay_below_very_good() {
        SituationalAnalysis decent = StrategyWork.decentAnalysis();
        // The decent analysis's figures and facts, with every sentence that concludes something taken out.
        SituationalAnalysis figuresOnly = new SituationalAnalysis(
                "4,200 Instagram followers and 1,800 on TikTok; 40 independent cafés stock the beans.",
                "Posting has been irregular: 0 to 5 posts a week on Instagram.",
                "UK ready-to-drink coffee is growing; one TikTok reached 40,000 views.",
                "Bean There has 86,000 Instagram followers; Nitro North posts 10 TikToks a week.",
                decent.competitorNotes().entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                Map.Entry::getKey,
                                e -> e.getKey().equals("Bean There")
                                        ? "86,000 Instagram and 24,000 TikTok followers, 0.35% engagement."
                                        : "41,000 TikTok followers, 4.1% engagement, 10 posts a week.")),
                "Commuters on Instagram 8–12 on weekdays; students on TikTok 20–22.");

        Assessment assessment = assess(figuresOnly);

        assertThat(assessment.score())
                .isBetween(0.45, 0.60)
                .isLessThan(assess(decent).score());
        assertThat(assessment.evidence())
                .contains(EvidenceLine.gap("Your analysis describes but draws no conclusions: follow each finding with"
                        + " what you will do about it ('…, so we will …')."));
    }

    @Test
    void repeating_a_generic_analysis_many_times_over_earns_nothing_more() {
        SituationalAnalysis once = StrategyWork.descriptiveAnalysis();
        String padding = (once.strengths() + " ").repeat(20);
        SituationalAnalysis padded = new SituationalAnalysis(
                padding,
                once.weaknesses().repeat(20),
                once.opportunities().repeat(20),
                once.threats().repeat(20),
                once.competitorNotes(),
                once.audienceInsights().repeat(20));

        assertThat(assess(padded).score()).isEqualTo(assess(once).score());
    }

    @Test
    void a_missing_swot_part_and_audience_are_named() {
        SituationalAnalysis decent = StrategyWork.decentAnalysis();
        SituationalAnalysis partial = new SituationalAnalysis(
                decent.strengths(), decent.weaknesses(), "", "tbc", decent.competitorNotes(), "");

        Assessment assessment = assess(partial);

        assertThat(assessment.score()).isLessThan(assess(decent).score()).isBetween(0.40, 0.70);
        assertThat(assessment.evidence())
                .contains(
                        EvidenceLine.gap("Your SWOT leaves out the opportunities and threats: write each from the"
                                + " brief's facts, in a sentence or two."),
                        EvidenceLine.gap("You wrote no audience insights: say who buys, on which platforms and when"
                                + " they are online, with the brief's evidence."));
    }

    @Test
    void min_competitors_sets_how_many_benchmarked_notes_full_credit_needs() {
        SituationalAnalysis decent = StrategyWork.decentAnalysis();
        SituationalAnalysis oneBenchmark =
                withNotes(decent, Map.of("Nitro North", decent.competitorNotes().get("Nitro North")));

        double needsOne = assess(oneBenchmark, AssessorParameters.of("min_competitors", 1))
                .score();
        double needsTwo = assess(oneBenchmark, AssessorParameters.of("min_competitors", 2))
                .score();
        double needsNone = assess(withNotes(decent, Map.of()), AssessorParameters.of("min_competitors", 0))
                .score();

        assertThat(needsOne).isGreaterThan(needsTwo);
        assertThat(needsNone).isGreaterThan(assess(withNotes(decent, Map.of())).score());
        assertThat(assess(oneBenchmark).evidence())
                .contains(EvidenceLine.gap("Only your note on Nitro North quotes figures: benchmark at least 2"
                        + " competitors with the panel's figures (followers, engagement rate, posts a week)."));
    }

    @Test
    void a_competitor_note_that_quotes_figures_counts_for_more_than_one_that_describes() {
        SituationalAnalysis decent = StrategyWork.decentAnalysis();
        SituationalAnalysis described = withNotes(
                decent,
                Map.of(
                        "Bean There", "A big chain with lots of followers and a big budget.",
                        "Nitro North", "A loud start-up that posts very often on TikTok."));

        assertThat(assess(decent).score()).isGreaterThan(assess(described).score());
    }

    @Test
    void figures_are_read_as_the_brief_writes_them() {
        assertThat(SituationalAnalysisAssessor.figures("4,200 followers, 0.35% engagement and 86k views."))
                .containsExactly("4,200", "0.35%", "86k");
        assertThat(SituationalAnalysisAssessor.grounded(
                        SituationalAnalysisAssessor.figures("4,200 and 86k and 0.35% and 123"), BREWHAVEN))
                .containsExactly("4,200", "86k", "0.35%");
    }

    @Test
    void identical_submissions_get_identical_assessments() {
        assertThat(assess(StrategyWork.decentAnalysis())).isEqualTo(assess(StrategyWork.decentAnalysis()));
    }
}
