package org.socialsim.rubric.definition;

/**
 * The assessors a rubric can call on (issue 7 builds them). YAML uses the lower-case names, e.g.
 * {@code smart_objectives}. A rubric naming anything else is refused with a "did you mean" hint.
 */
public enum AssessorName {
    SMART_OBJECTIVES,
    BUSINESS_LINK,
    SITUATIONAL_ANALYSIS,
    PERSONA_FIT,
    CONTENT_MIX,
    PLATFORM_FIT,
    JOURNEY_COVERAGE,
    SCHEDULING,
    PAID_EFFICIENCY,
    COMMUNITY_MANAGEMENT,
    CRISIS_RESPONSE,
    INFLUENCER_COMPLIANCE,
    OBJECTIVE_ATTAINMENT,
    EVALUATION_QUALITY,
    ITERATION;

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
