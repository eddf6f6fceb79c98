package org.socialsim.simulation;

import org.jspecify.annotations.Nullable;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.simulation.plan.CallToAction;

/**
 * Clicks and conversions as binomial funnels: impressions → link clicks at the platform's organic
 * CTR, moved by the call to action, its match with the funnel stage, the pillar and the audience's
 * click propensity; clicks → conversions at the audience's conversion rate (segment funnel
 * behaviour), moved by the stage and the brand's trust.
 */
final class Funnel {

    /** A call to action that does not fit the stage (a "shop now" to strangers) works at 70%. */
    static final double STAGE_MISMATCH = 0.7;

    private Funnel() {}

    /** Multiplier on the organic CTR; 0 without a link (nothing to click). */
    static double clickFactor(@Nullable String link, CallToAction cta, FunnelStage stage, Pillar pillar) {
        if (link == null || link.isBlank()) {
            return 0;
        }
        double ctaFactor = switch (cta) {
            case NONE -> 0.4;
            case FOLLOW, COMMENT, SHARE -> 0.5;
            case LEARN_MORE, SIGN_UP, SHOP_NOW, BOOK, CONTACT_US -> 1.0;
        };
        double pillarFactor = switch (pillar) {
            case PROMOTIONAL -> 1.3;
            case EDUCATIONAL -> 1.1;
            case ENTERTAINING -> 0.8;
            case USER_GENERATED -> 0.9;
        };
        return ctaFactor * pillarFactor * (fits(cta, stage) ? 1 : STAGE_MISMATCH);
    }

    /** Whether a call to action suits a stage of the customer journey. */
    static boolean fits(CallToAction cta, FunnelStage stage) {
        return switch (stage) {
            case AWARENESS ->
                cta == CallToAction.FOLLOW
                        || cta == CallToAction.SHARE
                        || cta == CallToAction.COMMENT
                        || cta == CallToAction.LEARN_MORE
                        || cta == CallToAction.NONE;
            case CONSIDERATION ->
                cta == CallToAction.LEARN_MORE
                        || cta == CallToAction.SIGN_UP
                        || cta == CallToAction.CONTACT_US
                        || cta == CallToAction.COMMENT;
            case CONVERSION ->
                cta == CallToAction.SHOP_NOW
                        || cta == CallToAction.BOOK
                        || cta == CallToAction.SIGN_UP
                        || cta == CallToAction.CONTACT_US;
            case LOYALTY ->
                cta == CallToAction.SHARE
                        || cta == CallToAction.COMMENT
                        || cta == CallToAction.SHOP_NOW
                        || cta == CallToAction.BOOK;
        };
    }

    /** Multiplier on the audience's conversion rate by the stage the content speaks to. */
    static double conversionFactor(FunnelStage stage, CallToAction cta) {
        double stageFactor = switch (stage) {
            case AWARENESS -> 0.6;
            case CONSIDERATION -> 1.0;
            case CONVERSION -> 1.25;
            case LOYALTY -> 1.1;
        };
        boolean hard = cta == CallToAction.SHOP_NOW
                || cta == CallToAction.BOOK
                || cta == CallToAction.SIGN_UP
                || cta == CallToAction.CONTACT_US;
        return stageFactor * (hard ? 1.1 : 0.8);
    }

    /** Multiplier on the audience's conversion rate by the stage a campaign's creative speaks to. */
    static double stageConversion(FunnelStage stage) {
        return switch (stage) {
            case AWARENESS -> 0.6;
            case CONSIDERATION -> 1.0;
            case CONVERSION -> 1.25;
            case LOYALTY -> 1.1;
        };
    }
}
