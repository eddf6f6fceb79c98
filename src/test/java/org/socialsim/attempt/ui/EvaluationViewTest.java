package org.socialsim.attempt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.work.KpiCitation;
import org.socialsim.attempt.work.SevenP;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.plan.Kpi;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
@WithUserDetails("student1")
class EvaluationViewTest extends AttemptViewTest {

    @Test
    void before_any_week_has_run_the_evaluation_explains_why_it_is_not_there_yet() {
        AttemptState state = fixtures.started();

        EvaluationView view = navigate(AttemptStep.EVALUATION.path(state.attemptId()), EvaluationView.class);

        assertThat($(Paragraph.class).id("evaluation-not-yet").getText()).contains("Run at least one week");
        assertThat($(TextArea.class).from(view).all()).isEmpty();
    }

    @Test
    void every_part_of_the_write_up_saves_itself() {
        AttemptState state = fixtures.planned(1);
        EvaluationView view = navigate(AttemptStep.EVALUATION.path(state.attemptId()), EvaluationView.class);

        test(view.whatHappened).setValue("Reach grew every week.");
        test(view.recommendations).setValue("Post reels at 08:00.");
        test(view.sevenPs.get(SevenP.PRICE)).setValue("A launch bundle lowers the first-purchase barrier.");

        var saved = attempts.attempt(state.attemptId()).evaluation();
        assertThat(saved.whatHappened()).isEqualTo("Reach grew every week.");
        assertThat(saved.why()).isEmpty();
        assertThat(saved.recommendations()).isEqualTo("Post reels at 08:00.");
        assertThat(saved.sevenPs()).containsOnlyKeys(SevenP.PRICE);
    }

    @Test
    void the_kpi_helper_inserts_the_real_value_into_the_chosen_field_and_saves_it() {
        AttemptState state = fixtures.planned(2);
        EvaluationView view = navigate(AttemptStep.EVALUATION.path(state.attemptId()), EvaluationView.class);
        test(view.why).setValue("The audience grew.");

        view.citeWeek.setValue(1);
        view.citePlatform.setValue(Platform.INSTAGRAM);
        view.citeKpi.setValue(Kpi.REACH);
        view.citeInto.setValue(view.why);
        test(view.insert).click();

        long reach = attempts.results(state.attemptId())
                .week(1)
                .platforms()
                .get(Platform.INSTAGRAM)
                .reach();
        String expected = "Reach on Instagram in week 1: " + String.format(java.util.Locale.UK, "%,d", reach);
        assertThat(view.citePreview.getText()).isEqualTo(expected);
        assertThat(view.why.getValue()).isEqualTo("The audience grew. " + expected);
        assertThat(attempts.attempt(state.attemptId()).evaluation().why()).isEqualTo(view.why.getValue());
    }

    @Test
    void the_helper_cites_the_whole_run_across_platforms_with_rates_as_percentages() {
        AttemptState state = fixtures.planned(2);
        EvaluationView view = navigate(AttemptStep.EVALUATION.path(state.attemptId()), EvaluationView.class);

        view.citeWeek.setValue(EvaluationView.WHOLE_RUN);
        view.citePlatform.setValue(null);
        view.citeKpi.setValue(Kpi.ENGAGEMENT_RATE);

        double rate = attempts.results(state.attemptId()).totals().engagementRate();
        assertThat(view.citePreview.getText())
                .isEqualTo("Engagement rate in weeks 1–2: "
                        + KpiCitation.format(
                                Kpi.ENGAGEMENT_RATE,
                                rate,
                                "GBP",
                                com.vaadin.flow.component.UI.getCurrent().getLocale()))
                .endsWith("%");
    }

    @Test
    void a_submitted_evaluation_is_read_only_and_has_no_helper() {
        AttemptState state = fixtures.submitted();

        EvaluationView view = navigate(AttemptStep.EVALUATION.path(state.attemptId()), EvaluationView.class);

        assertThat(view.whatHappened.isReadOnly()).isTrue();
        assertThat(view.sevenPs.get(SevenP.PEOPLE).isReadOnly()).isTrue();
        assertThat(view.insert.isAttached()).isFalse();
    }
}
