package org.socialsim.grading.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialsim.attempt.work.Evaluation;
import org.socialsim.attempt.work.KpiCitation;
import org.socialsim.attempt.work.SevenP;
import org.socialsim.attempt.work.SituationalAnalysis;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.ReferencePlans;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.plan.Kpi;

class EvaluationQualityAssessorTest {

    private static final ScenarioDefinition BREWHAVEN = Submissions.brewhaven();
    private static final EvaluationQualityAssessor ASSESSOR = new EvaluationQualityAssessor();
    private static final SimulationRun RUN =
            Submissions.competentPlan(BREWHAVEN).results();

    /** What the "Cite a KPI" helper inserts for a value of the whole run, e.g. "Reach in weeks 1–6: 475,924". */
    private static String cited(String name, Kpi kpi) {
        return name + " in weeks 1–6: " + KpiCitation.format(kpi, RUN.totals().value(kpi), "GBP", Locale.UK);
    }

    private static String citedOnInstagramInWeek3(String name, Kpi kpi) {
        return name + " on Instagram in week 3: "
                + KpiCitation.format(
                        kpi, KpiCitation.value(RUN, 3, Platform.INSTAGRAM, kpi).orElseThrow(), "GBP", Locale.UK);
    }

    private static final String FIGURES = cited("Reach", Kpi.REACH) + ". "
            + citedOnInstagramInWeek3("Engagement rate", Kpi.ENGAGEMENT_RATE) + ". "
            + cited("Cost per acquisition", Kpi.CPA) + ". " + cited("Net sentiment", Kpi.NET_SENTIMENT) + ".";

    private static final String INTERPRETATION =
            " The engagement rate beat our objective of 1% and the CPA was below the £10 target.";

    private static final String WHY = "Engagement rose because we posted reels at 19:00 when the audience is online;"
            + " sentiment dipped in week 4 due to the crisis, but our fast apology limited it. Ads worked because"
            + " targeting matched the personas.";

    private static final String RECOMMENDATIONS = """
            1. First, move 20% of the ad budget to TikTok in week 1 because CPA there was lowest.
            2. Then post 3 reels per week on Instagram at 19:00, since engagement rate peaked then.
            3. Answer complaints within 1 hour in DM to lift net sentiment above +20%.""";

    private static Assessment assess(Evaluation evaluation, Object... parameters) {
        return ASSESSOR.assess(
                Submissions.of(BREWHAVEN, ReferencePlans.competent(BREWHAVEN), SituationalAnalysis.empty(), evaluation),
                AssessorParameters.of(parameters));
    }

    private static Evaluation evaluation(String whatHappened, String why, String recommendations) {
        return new Evaluation(whatHappened, why, recommendations, Map.of());
    }

    @Test
    void an_empty_evaluation_scores_zero_on_every_focus() {
        for (String focus : new String[] {"kpis", "seven_ps", "recommendations"}) {
            assertThat(ASSESSOR.assess(Submissions.empty(BREWHAVEN), AssessorParameters.of("focus", focus))
                            .score())
                    .as(focus)
                    .isZero();
        }
    }

    @Test
    void an_objective_without_a_kpi_does_not_stop_the_assessment_of_too_few_cited_kpis() {
        var plan = ReferencePlans.competent(BREWHAVEN);
        var vague = new org.socialsim.simulation.plan.SmartObjective(
                "o1", "Grow Instagram", null, Platform.INSTAGRAM, 0, 0, null, null);
        var withVague = new org.socialsim.simulation.plan.Plan(
                java.util.List.of(vague),
                plan.personas(),
                plan.posts(),
                plan.campaigns(),
                plan.influencers(),
                plan.community(),
                plan.crisis());
        Assessment assessment = ASSESSOR.assess(
                Submissions.of(
                        BREWHAVEN,
                        withVague,
                        SituationalAnalysis.empty(),
                        evaluation("We got likes.", "People like coffee.", "Post more.")),
                AssessorParameters.of());

        assertThat(assessment.score()).isBetween(0.0, 0.4);
        assertThat(assessment.evidence())
                .anySatisfy(line -> assertThat(line.text()).startsWith("You cite 0 KPIs"));
    }

    @Test
    void figures_that_match_the_run_explained_and_acted_on_reach_excellent() {
        Assessment assessment = assess(evaluation(FIGURES + INTERPRETATION, WHY, RECOMMENDATIONS));

        assertThat(assessment.score()).isGreaterThanOrEqualTo(0.7);
        assertThat(assessment.evidence())
                .contains(EvidenceLine.strength("You cite 4 KPIs with figures that match your results: reach,"
                        + " engagement rate, cost per acquisition, net sentiment."));
        assertThat(assessment.evidence())
                .allSatisfy(line -> assertThat(line.kind()).isNotEqualTo(EvidenceLine.Kind.GAP));
    }

    @Test
    void a_list_of_numbers_without_reasons_is_weak_work() {
        Assessment assessment = assess(evaluation(FIGURES, "", ""));

        assertThat(assessment.score()).isBetween(0.2, 0.45);
        assertThat(assessment.evidence())
                .extracting(EvidenceLine::text)
                .anySatisfy(text -> assertThat(text).startsWith("The evaluation reports results without saying why"));
    }

    @Test
    void a_wrong_figure_is_quoted_beside_the_actual_one_and_costs_credit() {
        String actualReach = KpiCitation.format(Kpi.REACH, RUN.totals().value(Kpi.REACH), "GBP", Locale.UK);
        String wrong = FIGURES.replace("Reach in weeks 1–6: " + actualReach, "Reach in weeks 1–6: 812,000");

        Assessment right = assess(evaluation(FIGURES + INTERPRETATION, WHY, RECOMMENDATIONS));
        Assessment mistaken = assess(evaluation(wrong + INTERPRETATION, WHY, RECOMMENDATIONS));

        assertThat(mistaken.score()).isLessThan(right.score());
        assertThat(mistaken.evidence().get(0))
                .isEqualTo(EvidenceLine.gap("You wrote reach 812,000, but your run shows " + actualReach
                        + ". Cite figures from your dashboard (the 'Cite a KPI' helper inserts them)."));
    }

    @Test
    void an_evaluation_whose_figures_are_mostly_wrong_is_capped_at_adequate_and_says_so() {
        String mostlyWrong = "Reach in weeks 1–6: 812,000. Engagement rate on Instagram in week 3: 9.10%. "
                + cited("Cost per acquisition", Kpi.CPA) + ". Net sentiment in weeks 1–6: +97%.";

        Assessment assessment = assess(evaluation(mostlyWrong + INTERPRETATION, WHY, RECOMMENDATIONS));

        assertThat(assessment.ceiling()).isEqualTo(Assessment.AT_MOST_ADEQUATE);
        assertThat(assessment.evidence().getFirst())
                .isEqualTo(EvidenceLine.gap("Your figures for reach, engagement rate and net sentiment are not your"
                        + " run's results, so your conclusions rest on results that did not happen and this criterion"
                        + " cannot be rated above Adequate; check every figure against your dashboard."));
        assertThat(assessment.evidence().get(1).text()).startsWith("You wrote reach 812,000, but your run shows ");
    }

    @Test
    void one_wrong_figure_among_right_ones_costs_credit_but_does_not_cap_the_criterion() {
        String actualReach = KpiCitation.format(Kpi.REACH, RUN.totals().value(Kpi.REACH), "GBP", Locale.UK);
        String oneWrong = FIGURES.replace("Reach in weeks 1–6: " + actualReach, "Reach in weeks 1–6: 812,000");

        assertThat(assess(evaluation(oneWrong + INTERPRETATION, WHY, RECOMMENDATIONS))
                        .ceiling())
                .isEqualTo(Assessment.NO_CEILING);
        assertThat(assess(evaluation(FIGURES + INTERPRETATION, WHY, RECOMMENDATIONS))
                        .ceiling())
                .isEqualTo(Assessment.NO_CEILING);
    }

    @Test
    void a_kpi_also_cited_with_its_right_figure_does_not_count_as_misreported() {
        String actualReach = KpiCitation.format(Kpi.REACH, RUN.totals().value(Kpi.REACH), "GBP", Locale.UK);
        String strayFigures = "Reach in weeks 1–6: " + actualReach + ". Reach in weeks 1–6: 812,000. Reach in weeks"
                + " 1–6: 913,000. Reach in weeks 1–6: 1,014,000.";

        assertThat(assess(evaluation(strayFigures + INTERPRETATION, WHY, RECOMMENDATIONS))
                        .ceiling())
                .isEqualTo(Assessment.NO_CEILING);
    }

    @Test
    void misreporting_needs_two_wrongly_cited_kpis_that_outnumber_the_rightly_cited_ones() {
        assertThat(EvaluationQualityAssessor.misreported(1, 0)).isFalse();
        assertThat(EvaluationQualityAssessor.misreported(2, 2)).isFalse();
        assertThat(EvaluationQualityAssessor.misreported(2, 1)).isTrue();
        assertThat(EvaluationQualityAssessor.misreported(3, 0)).isTrue();
    }

    @Test
    void a_figure_for_the_wrong_week_does_not_match() {
        double week3 = KpiCitation.value(RUN, 3, Platform.INSTAGRAM, Kpi.REACH).orElseThrow();
        double week5 = KpiCitation.value(RUN, 5, Platform.INSTAGRAM, Kpi.REACH).orElseThrow();
        assertThat(Math.abs(week5 - week3)).isGreaterThan(0.05 * week3);
        String written = KpiCitation.format(Kpi.REACH, week5, "GBP", Locale.UK);

        Assessment assessment =
                assess(evaluation("Reach on Instagram in week 3: " + written + ".", WHY, RECOMMENDATIONS));

        assertThat(assessment.evidence().get(0).text())
                .isEqualTo("You wrote reach on Instagram in week 3 " + written + ", but your run shows "
                        + KpiCitation.format(Kpi.REACH, week3, "GBP", Locale.UK)
                        + ". Cite figures from your dashboard (the 'Cite a KPI' helper inserts them).");
    }

    @Test
    void targets_and_rounded_figures_are_not_mistaken_for_wrong_results() {
        long reach = RUN.totals().reach();
        String rounded = Math.round(reach / 1000.0) + "k";

        Assessment assessment = assess(evaluation(
                "We reached " + rounded + " people. The engagement rate beat our objective of 1%.", WHY, ""));

        assertThat(assessment.evidence())
                .extracting(EvidenceLine::text)
                .noneSatisfy(text -> assertThat(text).startsWith("You wrote"));
    }

    @Test
    void a_higher_kpi_minimum_asks_for_more() {
        Evaluation evaluation = evaluation(FIGURES + INTERPRETATION, WHY, RECOMMENDATIONS);

        double four = assess(evaluation, "min_kpis", 4).score();
        double eight = assess(evaluation, "min_kpis", 8).score();

        assertThat(eight).isLessThan(four);
        assertThat(assess(evaluation, "min_kpis", 8).evidence())
                .extracting(EvidenceLine::text)
                .anySatisfy(text -> assertThat(text).contains("; interpret at least 8"));
    }

    @Test
    void seven_ps_argued_from_evidence_score_above_ps_only_named() {
        Evaluation argued = new Evaluation(
                "",
                "",
                "",
                Map.of(
                        SevenP.PROCESS,
                        "Delivery complaints in weeks 2 and 5 show the fulfilment process fails; we should add"
                                + " tracking emails because unanswered complaints cut net sentiment.",
                        SevenP.PEOPLE,
                        "The creator drove a 4% engagement rate; people matter, so we would brief creators on the"
                                + " brand voice and train the staff who reply in the inbox.",
                        SevenP.PHYSICAL_EVIDENCE,
                        "Tagged picnic photos were our best posts in week 3; we should feature customer photos"
                                + " because reviews and UGC build trust with new buyers.",
                        SevenP.PRICE,
                        "Troll comments about £11 for four cans show price is questioned; we would test a"
                                + " single-can price in week 1 because the comments hurt sentiment."));
        Evaluation named = new Evaluation(
                "",
                "",
                "",
                Map.of(
                        SevenP.PROCESS, "Process is important.",
                        SevenP.PEOPLE, "People matter.",
                        SevenP.PRICE, "Price.",
                        SevenP.PRODUCT, "Good product."));

        Assessment good = assess(argued, "focus", "seven_ps");
        Assessment poor = assess(named, "focus", "seven_ps");

        assertThat(good.score()).isGreaterThanOrEqualTo(0.7);
        assertThat(poor.score()).isLessThan(0.2);
        assertThat(poor.evidence())
                .extracting(EvidenceLine::text)
                .anySatisfy(text -> assertThat(text)
                        .endsWith("names the P without an argument; say which result"
                                + " shows it and what you would change."));
        assertThat(assess(argued, "focus", "seven_ps", "min_ps", 7).score()).isLessThan(good.score());
    }

    @Test
    void concrete_prioritised_recommendations_beat_general_ones() {
        Assessment concrete = assess(evaluation("", "", RECOMMENDATIONS), "focus", "recommendations");
        Assessment general = assess(
                evaluation("", "", "Post more engaging content. Improve customer service. Use influencers."),
                "focus",
                "recommendations");

        assertThat(concrete.score()).isGreaterThanOrEqualTo(0.7);
        assertThat(general.score()).isLessThan(0.4);
        assertThat(general.evidence())
                .contains(EvidenceLine.gap("Your recommendations have no order; say which comes first and why."));
    }

    @Test
    void the_same_evaluation_always_gets_the_same_assessment() {
        Evaluation evaluation = evaluation(FIGURES, WHY, RECOMMENDATIONS);

        assertThat(assess(evaluation)).isEqualTo(assess(evaluation));
    }
}
