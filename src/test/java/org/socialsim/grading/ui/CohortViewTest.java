package org.socialsim.grading.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.account.CohortService;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.ui.ChartFigure;
import org.socialsim.base.ui.AccessDeniedView;
import org.socialsim.base.ui.KpiChart;
import org.socialsim.grading.GradingService;
import org.socialsim.grading.MarkingSheet;
import org.socialsim.grading.ModerationFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
class CohortViewTest extends SpringBrowserlessTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    GradingService grading;

    @Autowired
    CohortService cohorts;

    @Autowired
    UserDetailsService users;

    ModerationFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ModerationFixtures(attempts, grading, cohorts, users);
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails("tutor1")
    void the_cohort_view_shows_the_totals_as_a_chart_with_its_numbers_and_the_bands() {
        MarkingSheet first = fixtures.firstMarked(fixtures.submitted("student1").attemptId());
        MarkingSheet second =
                fixtures.firstMarked(fixtures.submitted("student2").attemptId());
        fixtures.submitted("student3");

        CohortView view = navigate(CohortView.path(first.assignmentId()), CohortView.class);

        assertThat(view.intro.getText()).isEqualTo("2 of 3 submitted attempts have final marks.");
        assertThat(view.summary.getText()).startsWith("Mean ").contains("out of 100");
        ChartFigure totals = $(ChartFigure.class).id("chart-cohort-totals");
        KpiChart chart = $(KpiChart.class, totals).single();
        assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(chart.getElement().getAttribute("aria-label")).startsWith("2 scripts marked out of 100: median ");
        NativeDetails numbers = $(NativeDetails.class, totals).single();
        numbers.setOpen(true);
        ComponentUtil.fireEvent(numbers, new NativeDetails.ToggleEvent(numbers, true));
        assertThat(totals.getElement().getTextRecursively())
                .contains("Show the numbers: Totals")
                .contains("90–100");
        String band = first.band().equals(second.band()) ? "2" : "1";
        assertThat(text("cohort-bands")).contains(first.band()).contains(band);
    }

    @Test
    @WithUserDetails("tutor1")
    void each_criterion_has_a_chart_of_the_levels_given() {
        MarkingSheet marked =
                fixtures.firstMarked(fixtures.submitted("student1").attemptId());

        navigate(CohortView.path(marked.assignmentId()), CohortView.class);

        assertThat($(ChartFigure.class).withClassName("chart-figure").all())
                .hasSize(1 + marked.rubric().criteria().size());
        String level = marked.marks().get("strategy").level();
        assertThat(text("chart-cohort-criterion-strategy"))
                .contains("(25 marks)")
                .contains("the most common level was “" + level + "” (1 of 1 scripts)");
    }

    @Test
    @WithUserDetails("tutor1")
    void a_total_far_below_the_rest_is_listed_with_a_link_to_its_marking() {
        // Three competent scripts marked as suggested and one marked at the bottom of every criterion: the lowest total
        // lies below Q1 − 1.5·IQR.
        fixtures.enrolledInGroupA("student4");
        fixtures.firstMarked(fixtures.submitted("student1").attemptId());
        fixtures.firstMarked(fixtures.submitted("student2").attemptId());
        fixtures.firstMarked(fixtures.submitted("student3").attemptId());
        long weak = fixtures.submitted("student4").attemptId();
        MarkingSheet low = fixtures.firstMarkedAtTheBottom(weak);

        CohortView view = navigate(CohortView.path(low.assignmentId()), CohortView.class);

        assertThat(view.outliers.isVisible()).isTrue();
        assertThat(view.noOutliers.isVisible()).isFalse();
        assertThat(text("cohort-outlier-" + weak)).startsWith("Fatima Al-Sayed: 0 marks, far below the rest.");
        Anchor open =
                $(Anchor.class, $(Component.class).id("cohort-outlier-" + weak)).single();
        assertThat(open.getHref()).isEqualTo("tutor/attempts/" + weak + "/mark/first");
        assertThat(open.getText()).isEqualTo("Open Fatima Al-Sayed’s marking");
    }

    @Test
    @WithUserDetails("tutor1")
    void totals_close_together_have_no_outliers() {
        MarkingSheet marked =
                fixtures.firstMarked(fixtures.submitted("student1").attemptId());
        fixtures.firstMarked(fixtures.submitted("student2").attemptId());

        CohortView view = navigate(CohortView.path(marked.assignmentId()), CohortView.class);

        assertThat(view.outliers.isVisible()).isFalse();
        assertThat(view.noOutliers.getText()).isEqualTo("No total lies far from the rest.");
    }

    @Test
    @WithUserDetails("tutor1")
    void with_nothing_marked_the_view_says_so_instead_of_drawing_empty_charts() {
        long assignmentId = fixtures.submitted("student1").assignmentId();

        CohortView view = navigate(CohortView.path(assignmentId), CohortView.class);

        assertThat(view.intro.getText()).startsWith("No final marks yet");
        assertThat(view.report.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("tutor2")
    void another_tutors_cohort_is_refused() {
        long assignmentId = fixtures.submitted("student1").assignmentId();

        navigate(CohortView.path(assignmentId), AccessDeniedView.class);

        assertThat($(CohortView.class).all()).isEmpty();
    }
}
