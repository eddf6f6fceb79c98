package org.socialsim.grading.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.socialsim.attempt.work.KpiCitation;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.plan.Kpi;

/** Which week and platform a cited figure is read against. */
class KpiFiguresTest {

    private static final SimulationRun RUN =
            Submissions.competentPlan(Submissions.brewhaven()).results();

    private static String shown(Integer week, Platform platform, Kpi kpi) {
        return KpiCitation.format(
                kpi, KpiCitation.value(RUN, week, platform, kpi).orElseThrow(), "GBP", Locale.UK);
    }

    @Test
    void a_week_and_platform_named_before_the_kpi_scope_its_figure() {
        String text = "In week 5 TikTok's CPA rose to " + shown(5, Platform.TIKTOK, Kpi.CPA) + ".";

        assertThat(KpiFigures.cited(text, RUN)).singleElement().satisfies(figure -> {
            assertThat(figure.week()).isEqualTo(5);
            assertThat(figure.platform()).isEqualTo(Platform.TIKTOK);
            assertThat(figure.matches()).isTrue();
        });
    }

    @Test
    void a_week_named_after_the_figure_belongs_to_a_later_figure_not_to_it() {
        String text = "Share of voice " + shown(null, null, Kpi.SHARE_OF_VOICE) + " against a 20% target, inflated by"
                + " the crisis (" + shown(4, null, Kpi.SHARE_OF_VOICE) + " in week 4).";

        assertThat(KpiFigures.cited(text, RUN)).first().satisfies(figure -> {
            assertThat(figure.week()).isNull();
            assertThat(figure.matches()).isTrue();
        });
    }

    @Test
    void a_figure_the_run_never_produced_still_does_not_match() {
        assertThat(KpiFigures.cited("In week 5 TikTok's CPA rose to £31.40.", RUN))
                .singleElement()
                .satisfies(figure -> assertThat(figure.matches()).isFalse());
    }

    @Test
    void weeks_named_as_a_pair_are_not_read_as_a_figure() {
        String text = "The creator posts in weeks 2 and 3 reached students we could not reach organically.";

        assertThat(KpiFigures.cited(text, RUN)).isEmpty();
    }

    @Test
    void a_batch_number_or_a_number_with_a_leading_zero_is_not_read_as_a_figure() {
        assertThat(KpiFigures.cited("Sentiment dipped in week 4 due to the batch 0419 recall.", RUN))
                .isEmpty();
        assertThat(KpiFigures.cited("Sentiment fell after order #1234 went missing.", RUN))
                .isEmpty();
    }

    @Test
    void a_figure_after_a_week_and_a_comma_is_still_read() {
        String text = "Conversions in week 4, " + shown(4, null, Kpi.CONVERSIONS) + ", held up.";

        assertThat(KpiFigures.cited(text, RUN)).singleElement().satisfies(figure -> {
            assertThat(figure.week()).isEqualTo(4);
            assertThat(figure.matches()).isTrue();
        });
    }
}
