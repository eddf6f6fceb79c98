package org.socialsim.grading.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialsim.rubric.definition.AssessorName;

class StrategyAssessorsTest {

    @Test
    void the_five_strategy_assessors_are_registered_under_their_names() {
        Map<AssessorName, Assessor> all = StrategyAssessors.all();

        assertThat(all)
                .containsOnlyKeys(
                        AssessorName.SMART_OBJECTIVES,
                        AssessorName.BUSINESS_LINK,
                        AssessorName.SITUATIONAL_ANALYSIS,
                        AssessorName.PERSONA_FIT,
                        AssessorName.OBJECTIVE_ATTAINMENT);
        assertThat(all.get(AssessorName.PERSONA_FIT)).isInstanceOf(PersonaFitAssessor.class);
    }

    @Test
    void every_strategy_assessor_scores_an_empty_submission_zero_and_says_what_is_missing_on_every_scenario() {
        for (String id :
                new String[] {"brewhaven-cold-brew", "glowfolk-skincare", "nonna-rosa-restaurants", "tallybook-b2b-saas"
                }) {
            Submission empty = Submissions.empty(Submissions.scenario(id));
            StrategyAssessors.all().forEach((name, assessor) -> {
                Assessment assessment = assessor.assess(empty, AssessorParameters.NONE);
                assertThat(assessment.score()).as(name + " on " + id).isZero();
                assertThat(assessment.evidence()).as(name + " on " + id).isNotEmpty();
            });
        }
    }
}
