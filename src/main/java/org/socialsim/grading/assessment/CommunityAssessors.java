package org.socialsim.grading.assessment;

import java.util.Map;
import org.socialsim.rubric.definition.AssessorName;

/** The assessors of the inbox, the crisis, creators and the written evaluation (COMMUNITY_MANAGEMENT, CRISIS_RESPONSE, INFLUENCER_COMPLIANCE, EVALUATION_QUALITY). */
final class CommunityAssessors {

    private CommunityAssessors() {}

    static Map<AssessorName, Assessor> all() {
        return Map.of(
                AssessorName.COMMUNITY_MANAGEMENT, new CommunityManagementAssessor(),
                AssessorName.CRISIS_RESPONSE, new CrisisResponseAssessor(),
                AssessorName.INFLUENCER_COMPLIANCE, new InfluencerComplianceAssessor(),
                AssessorName.EVALUATION_QUALITY, new EvaluationQualityAssessor());
    }
}
