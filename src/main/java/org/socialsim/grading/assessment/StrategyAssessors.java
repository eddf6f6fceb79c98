package org.socialsim.grading.assessment;

import java.util.Map;
import org.socialsim.rubric.definition.AssessorName;

/**
 * The assessors of situational analysis, SMART objectives, business link, personas and objective attainment
 * (SMART_OBJECTIVES, BUSINESS_LINK, SITUATIONAL_ANALYSIS, PERSONA_FIT, OBJECTIVE_ATTAINMENT).
 */
final class StrategyAssessors {

    private StrategyAssessors() {}

    static Map<AssessorName, Assessor> all() {
        return Map.of(
                AssessorName.SMART_OBJECTIVES, new SmartObjectivesAssessor(),
                AssessorName.BUSINESS_LINK, new BusinessLinkAssessor(),
                AssessorName.SITUATIONAL_ANALYSIS, new SituationalAnalysisAssessor(),
                AssessorName.PERSONA_FIT, new PersonaFitAssessor(),
                AssessorName.OBJECTIVE_ATTAINMENT, new ObjectiveAttainmentAssessor());
    }
}
