package org.socialsim.grading.ui;

import org.socialsim.grading.agreement.Agreement;
import org.socialsim.grading.agreement.Calibration;
import org.socialsim.grading.agreement.KappaReading;

/** Agreement numbers and calibration verdicts in words, for the agreement report. */
final class AgreementTexts {

    private final CohortCharts.Texts texts;

    AgreementTexts(CohortCharts.Texts texts) {
        this.texts = texts;
    }

    /** "2 of 3 (67%)", or a dash when no script was rated by both. */
    String share(int count, Agreement agreement) {
        return agreement.n() == 0
                ? texts.getTranslation("agreement.none")
                : texts.getTranslation("agreement.share", count, agreement.n(), (double) count / agreement.n());
    }

    /** The kappa to two decimals, or why there is none. */
    String kappa(Agreement agreement) {
        if (agreement.quadraticKappa().isPresent()) {
            return texts.getTranslation(
                    "agreement.kappa", agreement.quadraticKappa().getAsDouble());
        }
        return switch (agreement.whyNoKappa().orElseThrow()) {
            case NO_SCRIPTS -> texts.getTranslation("agreement.no-kappa.no-scripts");
            case ONE_CATEGORY_ONLY -> texts.getTranslation("agreement.no-kappa.one-category");
        };
    }

    /**
     * Landis and Koch's word for the kappa, or a dash; below the calibration's minimum of scripts a word would claim
     * more than a handful of scripts can show, so it says they are too few.
     */
    String reading(Agreement agreement) {
        if (agreement.quadraticKappa().isPresent() && agreement.n() < Calibration.DEFAULT_MINIMUM_SCRIPTS) {
            return texts.getTranslation("agreement.reading.too-few", Calibration.DEFAULT_MINIMUM_SCRIPTS);
        }
        return agreement.reading().map(this::reading).orElseGet(() -> texts.getTranslation("agreement.none"));
    }

    String reading(KappaReading reading) {
        return switch (reading) {
            case POOR -> texts.getTranslation("agreement.reading.poor");
            case SLIGHT -> texts.getTranslation("agreement.reading.slight");
            case FAIR -> texts.getTranslation("agreement.reading.fair");
            case MODERATE -> texts.getTranslation("agreement.reading.moderate");
            case SUBSTANTIAL -> texts.getTranslation("agreement.reading.substantial");
            case ALMOST_PERFECT -> texts.getTranslation("agreement.reading.almost-perfect");
        };
    }

    /** What a tutor can do with a criterion's suggestions, in one or two sentences. */
    String verdict(Calibration.Verdict verdict, String title) {
        Agreement agreement = verdict.agreement();
        String advice = switch (verdict.advice()) {
            case TOO_FEW_SCRIPTS ->
                texts.getTranslation("agreement.verdict.too-few", title, verdict.minimumScripts(), agreement.n());
            case ONE_LEVEL_ONLY -> texts.getTranslation("agreement.verdict.one-level", title, agreement.n());
            case START_FROM_THEM ->
                texts.getTranslation(
                        "agreement.verdict.start", title, agreement.exact(), agreement.n(), kappaValue(agreement));
            case CHECK_THE_EVIDENCE ->
                texts.getTranslation(
                        "agreement.verdict.check", title, agreement.exact(), agreement.n(), kappaValue(agreement));
            case READ_THE_WORK_FIRST ->
                texts.getTranslation(
                        "agreement.verdict.read", title, agreement.exact(), agreement.n(), kappaValue(agreement));
        };
        boolean worthSaying = verdict.advice() == Calibration.Advice.CHECK_THE_EVIDENCE
                || verdict.advice() == Calibration.Advice.READ_THE_WORK_FIRST;
        if (worthSaying && verdict.suggestionHigher() + verdict.suggestionLower() > 0) {
            advice += " "
                    + texts.getTranslation(
                            "agreement.verdict.lean", verdict.suggestionHigher(), verdict.suggestionLower());
        }
        return advice;
    }

    private static double kappaValue(Agreement agreement) {
        return agreement.quadraticKappa().orElseThrow();
    }
}
