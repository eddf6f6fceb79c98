package org.socialsim.grading.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.socialsim.grading.MarkerRole;
import org.socialsim.grading.MarkingAction;
import org.socialsim.grading.MarkingStage;
import org.socialsim.grading.SheetStatus;
import org.socialsim.grading.assessment.EvidenceLine;
import org.socialsim.rubric.definition.AssessorName;

/**
 * The translation keys of the grading enums, spelled out (not built at run time) so the completeness test sees each
 * one, and the small badges the marking screens share.
 */
final class MarkingLabels {

    private MarkingLabels() {}

    static String stage(Component c, MarkingStage stage) {
        return switch (stage) {
            case NOT_SUBMITTED -> c.getTranslation("marking.stage.not-submitted");
            case TO_MARK -> c.getTranslation("marking.stage.to-mark");
            case IN_PROGRESS -> c.getTranslation("marking.stage.in-progress");
            case WITH_SECOND_MARKER -> c.getTranslation("marking.stage.with-second-marker");
            case TO_AGREE -> c.getTranslation("marking.stage.to-agree");
            case READY -> c.getTranslation("marking.stage.ready");
            case RELEASED -> c.getTranslation("marking.stage.released");
        };
    }

    static String status(Component c, SheetStatus status) {
        return switch (status) {
            case ASSIGNED -> c.getTranslation("marking.status.assigned");
            case DRAFT -> c.getTranslation("marking.status.draft");
            case COMPLETE -> c.getTranslation("marking.status.complete");
        };
    }

    static String role(Component c, MarkerRole role) {
        return switch (role) {
            case FIRST -> c.getTranslation("marking.role.first");
            case SECOND -> c.getTranslation("marking.role.second");
            case AGREED -> c.getTranslation("marking.role.agreed");
        };
    }

    static String action(Component c, MarkingAction action) {
        return switch (action) {
            case ACCEPTED -> c.getTranslation("marking.action.accepted");
            case MARKED -> c.getTranslation("marking.action.marked");
            case COMMENTED -> c.getTranslation("marking.action.commented");
            case FEEDBACK -> c.getTranslation("marking.action.feedback");
            case COMPLETED -> c.getTranslation("marking.action.completed");
            case REOPENED -> c.getTranslation("marking.action.reopened");
            case SECOND_MARKER_ASSIGNED -> c.getTranslation("marking.action.second-marker-assigned");
            case AGREED -> c.getTranslation("marking.action.agreed");
            case RELEASED -> c.getTranslation("marking.action.released");
            case REGRADED -> c.getTranslation("marking.action.regraded");
        };
    }

    static String assessor(Component c, AssessorName assessor) {
        return switch (assessor) {
            case SMART_OBJECTIVES -> c.getTranslation("marking.assessor.smart-objectives");
            case BUSINESS_LINK -> c.getTranslation("marking.assessor.business-link");
            case SITUATIONAL_ANALYSIS -> c.getTranslation("marking.assessor.situational-analysis");
            case PERSONA_FIT -> c.getTranslation("marking.assessor.persona-fit");
            case CONTENT_MIX -> c.getTranslation("marking.assessor.content-mix");
            case PLATFORM_FIT -> c.getTranslation("marking.assessor.platform-fit");
            case JOURNEY_COVERAGE -> c.getTranslation("marking.assessor.journey-coverage");
            case SCHEDULING -> c.getTranslation("marking.assessor.scheduling");
            case PAID_EFFICIENCY -> c.getTranslation("marking.assessor.paid-efficiency");
            case COMMUNITY_MANAGEMENT -> c.getTranslation("marking.assessor.community-management");
            case CRISIS_RESPONSE -> c.getTranslation("marking.assessor.crisis-response");
            case INFLUENCER_COMPLIANCE -> c.getTranslation("marking.assessor.influencer-compliance");
            case OBJECTIVE_ATTAINMENT -> c.getTranslation("marking.assessor.objective-attainment");
            case EVALUATION_QUALITY -> c.getTranslation("marking.assessor.evaluation-quality");
            case ITERATION -> c.getTranslation("marking.assessor.iteration");
        };
    }

    /** The stage as a badge coloured by whether the tutor has something to do. */
    static Span stageBadge(Component context, MarkingStage stage) {
        Span badge = new Span(stage(context, stage));
        String theme = switch (stage) {
            case READY, RELEASED -> "badge success";
            case NOT_SUBMITTED -> "badge contrast";
            default -> "badge";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    /** One evidence line with its sign: ✓ for a strength, ✗ for a gap, • for a note; the kind is also spoken. */
    static Span evidence(Component context, EvidenceLine line) {
        String sign = switch (line.kind()) {
            case STRENGTH -> "✓";
            case GAP -> "✗";
            case NOTE -> "•";
        };
        String kind = switch (line.kind()) {
            case STRENGTH -> context.getTranslation("marking.evidence.strength");
            case GAP -> context.getTranslation("marking.evidence.gap");
            case NOTE -> context.getTranslation("marking.evidence.note");
        };
        Span mark = new Span(sign);
        mark.addClassName("evidence-sign");
        mark.getElement().setAttribute("aria-hidden", "true");
        Span spoken = new Span(kind + ": ");
        spoken.addClassName("sr-only");
        Span text = new Span(line.text());
        Span item = new Span(mark, spoken, text);
        item.addClassNames("evidence-line", "evidence-" + line.kind().name().toLowerCase(java.util.Locale.ROOT));
        return item;
    }
}
