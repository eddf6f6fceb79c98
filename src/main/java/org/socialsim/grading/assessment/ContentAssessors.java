package org.socialsim.grading.assessment;

import java.util.Map;
import org.socialsim.rubric.definition.AssessorName;

/** The assessors of the content and paid plan and how it changed between weeks (CONTENT_MIX, PLATFORM_FIT, JOURNEY_COVERAGE, SCHEDULING, PAID_EFFICIENCY, ITERATION). */
final class ContentAssessors {

    private ContentAssessors() {}

    static Map<AssessorName, Assessor> all() {
        return Map.of(
                AssessorName.CONTENT_MIX, new ContentMixAssessor(),
                AssessorName.PLATFORM_FIT, new PlatformFitAssessor(),
                AssessorName.JOURNEY_COVERAGE, new JourneyCoverageAssessor(),
                AssessorName.SCHEDULING, new SchedulingAssessor(),
                AssessorName.PAID_EFFICIENCY, new PaidEfficiencyAssessor(),
                AssessorName.ITERATION, new IterationAssessor());
    }
}
