package org.socialsim.grading.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.attempt.work.Evaluation;
import org.socialsim.attempt.work.PlanEdits;
import org.socialsim.attempt.work.SituationalAnalysis;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.definition.SegmentDefinition;
import org.socialsim.simulation.ReferencePlans;
import org.socialsim.simulation.plan.Persona;

class PersonaFitAssessorTest {

    private static final ScenarioDefinition BREWHAVEN = Submissions.brewhaven();
    private static final PersonaFitAssessor ASSESSOR = new PersonaFitAssessor();
    private static final List<Persona> REFERENCE =
            ReferencePlans.competent(BREWHAVEN).personas();

    /** A stereotype: the whole adult population, on a platform the brand is not on, online in the evening. */
    static final Persona COFFEE_LOVER = new Persona(
            "lover",
            "Coffee Lover",
            18,
            65,
            "Office worker",
            "",
            "",
            List.of(Platform.FACEBOOK),
            List.of(19, 20, 21),
            List.of(),
            List.of(Pillar.PROMOTIONAL),
            FunnelStage.AWARENESS);

    /** Plausible from the brief, but only partly right. */
    static final Persona STUDENT_SAM = new Persona(
            "sam",
            "Student Sam",
            18,
            23,
            "Undergraduate",
            "Cheap caffeine for late study sessions",
            "Cafés are expensive",
            List.of(Platform.TIKTOK),
            List.of(21, 22, 23),
            List.of(12, 13),
            List.of(Pillar.PROMOTIONAL),
            FunnelStage.AWARENESS);

    private static Assessment assess(List<Persona> personas) {
        return assess(personas, AssessorParameters.NONE);
    }

    private static Assessment assess(List<Persona> personas, AssessorParameters parameters) {
        return ASSESSOR.assess(
                Submissions.of(
                        BREWHAVEN,
                        PlanEdits.withPersonas(ReferencePlans.competent(BREWHAVEN), personas),
                        SituationalAnalysis.empty(),
                        Evaluation.empty(),
                        0),
                parameters);
    }

    private static Persona withGoals(Persona persona, String goals, String painPoints) {
        return new Persona(
                persona.id(),
                persona.name(),
                persona.minAge(),
                persona.maxAge(),
                persona.occupation(),
                goals,
                painPoints,
                persona.platforms(),
                persona.weekdayHours(),
                persona.weekendHours(),
                persona.contentPreferences(),
                persona.journeyStage());
    }

    @Test
    void no_personas_score_zero_and_the_student_is_told_what_to_describe() {
        Assessment assessment = ASSESSOR.assess(Submissions.empty(BREWHAVEN), AssessorParameters.NONE);

        assertThat(assessment.score()).isZero();
        assertThat(assessment.evidence())
                .containsExactly(EvidenceLine.gap("You wrote no personas: describe at least 2 people of the brand's"
                        + " audience (age, platforms, when they are online, what they want to see) from the brief's"
                        + " evidence."));
    }

    @Test
    void the_reference_personas_match_the_audience_and_are_excellent() {
        Assessment assessment = ASSESSOR.assess(Submissions.competentPlan(BREWHAVEN), AssessorParameters.NONE);

        assertThat(assessment.score()).isGreaterThanOrEqualTo(0.9);
        assertThat(assessment.evidence().getFirst().kind()).isEqualTo(EvidenceLine.Kind.STRENGTH);
        assertThat(assessment.evidence().getFirst().text()).contains("match the audience the simulation found closely");
    }

    @Test
    void a_stereotype_is_insufficient_and_the_mismatch_is_described_without_naming_a_segment() {
        Assessment assessment = assess(List.of(COFFEE_LOVER));

        assertThat(assessment.score()).isLessThan(0.2);
        assertThat(assessment.evidence())
                .contains(EvidenceLine.gap("You wrote 1 persona; 2 are needed for full credit."))
                .contains(EvidenceLine.gap("'Coffee Lover' leaves out Instagram and TikTok, where the people it"
                        + " resembles spend 100% of their social time and names Facebook, where the people it"
                        + " resembles hardly are."));
        for (SegmentDefinition segment : BREWHAVEN.segments()) {
            assertThat(assessment.evidence())
                    .noneMatch(line ->
                            line.text().toLowerCase(java.util.Locale.ROOT).contains(segment.id())
                                    || line.text().contains(segment.name()));
        }
    }

    @Test
    void typical_weak_personas_land_between_insufficient_and_adequate() {
        assertThat(assess(List.of(COFFEE_LOVER, STUDENT_SAM)).score()).isBetween(0.20, 0.45);
    }

    @Test
    void min_personas_sets_how_many_personas_full_credit_needs() {
        List<Persona> one = List.of(REFERENCE.getFirst());

        double needsOne = assess(one, AssessorParameters.of("min_personas", 1)).score();
        double needsTwo = assess(one, AssessorParameters.of("min_personas", 2)).score();

        assertThat(needsOne).isGreaterThan(needsTwo);
        assertThat(assess(REFERENCE, AssessorParameters.of("min_personas", 4)).score())
                .isGreaterThan(assess(REFERENCE.subList(0, 2), AssessorParameters.of("min_personas", 4))
                        .score());
    }

    @Test
    void two_personas_of_the_same_people_count_less_than_two_of_different_people() {
        Persona first = REFERENCE.getFirst();
        Persona copy = new Persona(
                "copy",
                "Copy of " + first.name(),
                first.minAge(),
                first.maxAge(),
                first.occupation(),
                first.goals(),
                first.painPoints(),
                first.platforms(),
                first.weekdayHours(),
                first.weekendHours(),
                first.contentPreferences(),
                first.journeyStage());

        Assessment twins = assess(List.of(first, copy));

        assertThat(twins.score()).isLessThan(assess(REFERENCE.subList(0, 2)).score());
        assertThat(twins.evidence())
                .contains(EvidenceLine.gap("'Copy of " + first.name() + "' describes much the same people as another"
                        + " of your personas: aim it at another part of the audience."));
    }

    @Test
    void empty_fields_cost_credit_and_are_named() {
        Persona sam = STUDENT_SAM;
        Persona thin = withGoals(sam, "", " ");

        Assessment assessment = assess(List.of(thin, REFERENCE.getFirst()));

        assertThat(assessment.score())
                .isLessThan(assess(List.of(sam, REFERENCE.getFirst())).score());
        assertThat(assessment.evidence())
                .contains(EvidenceLine.gap(
                        "'Student Sam' has no goals or pain points: fill them in from the brief's evidence."));
    }

    @Test
    void identical_submissions_get_identical_assessments() {
        assertThat(assess(List.of(COFFEE_LOVER, STUDENT_SAM))).isEqualTo(assess(List.of(COFFEE_LOVER, STUDENT_SAM)));
    }
}
