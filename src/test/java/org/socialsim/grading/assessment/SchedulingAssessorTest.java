package org.socialsim.grading.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialsim.grading.assessment.ContentPlans.at;
import static org.socialsim.grading.assessment.ContentPlans.keepPosts;
import static org.socialsim.grading.assessment.ContentPlans.posts;
import static org.socialsim.grading.assessment.ContentPlans.postsWhere;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.Post;

class SchedulingAssessorTest {

    private static final ScenarioDefinition BREWHAVEN = Submissions.brewhaven();
    private static final SchedulingAssessor ASSESSOR = new SchedulingAssessor();

    private static Assessment assess(Submission submission) {
        return ASSESSOR.assess(submission, AssessorParameters.NONE);
    }

    @Test
    void the_reference_plan_posts_at_the_audiences_peaks_within_the_sweet_spot() {
        Assessment assessment = assess(Submissions.competentPlan(BREWHAVEN));

        assertThat(assessment.score()).isGreaterThanOrEqualTo(0.9);
        assertThat(assessment.evidence())
                .containsExactly(
                        EvidenceLine.strength("Every post goes out when most of its platform's audience is online."),
                        EvidenceLine.strength("Posting frequency stays in each platform's sweet spot every week:"
                                + " Instagram (3–5 a week) and TikTok (4–7 a week)."));
    }

    @Test
    void an_empty_calendar_scores_nothing() {
        Assessment assessment = assess(Submissions.empty(BREWHAVEN));

        assertThat(assessment.score()).isZero();
        assertThat(assessment.evidence())
                .singleElement()
                .extracting(EvidenceLine::kind)
                .isEqualTo(EvidenceLine.Kind.GAP);
    }

    @Test
    void posting_at_night_to_an_audience_that_sleeps_is_insufficient() {
        Assessment assessment = assess(Submissions.competentPlan(BREWHAVEN, p -> posts(p, post -> at(post, 3))));

        assertThat(assessment.score()).isBetween(0.2, 0.4);
        assertThat(assessment.evidence().getFirst().text())
                .isEqualTo(
                        "60 of 60 posts go out when few of their audience are online, e.g. week 1 Instagram, Saturday"
                                + " 03:00, 'A post'. Your Instagram audience is most active around 09:00–13:00 on Saturdays.");
        assertThat(assessment.evidence().get(1).kind()).isEqualTo(EvidenceLine.Kind.NOTE);
        assertThat(assessment.evidence().get(1).text())
                .startsWith("In the simulation, timing cost ")
                .endsWith(" reach against well-timed posts.");
    }

    @Test
    void more_weeks_at_night_score_lower_step_by_step() {
        double previous = 1.01;
        for (int weeks = 0; weeks <= 6; weeks++) {
            int last = weeks;
            double score = assess(Submissions.competentPlan(
                            BREWHAVEN, p -> postsWhere(p, post -> post.week() <= last, post -> at(post, 3))))
                    .score();
            assertThat(score).as("night posts in weeks 1..%d", weeks).isLessThan(previous);
            previous = score;
        }
    }

    @Test
    void quiet_weeks_are_named_and_cost_frequency_credit() {
        Assessment assessment = assess(Submissions.competentPlan(
                BREWHAVEN,
                p -> keepPosts(
                        p, post -> post.platform() != Platform.INSTAGRAM || post.week() < 3 || post.week() > 4)));

        assertThat(assessment.score()).isBetween(0.8, 0.95);
        assertThat(assessment.evidence())
                .extracting(EvidenceLine::text)
                .contains("No posts on Instagram in weeks 3 and 4: quiet weeks make the algorithm show your next posts"
                        + " to fewer people.");
    }

    @Test
    void a_calendar_silent_for_the_last_three_of_six_weeks_is_capped_at_adequate_and_says_which_weeks() {
        Assessment assessment =
                assess(Submissions.competentPlan(BREWHAVEN, p -> keepPosts(p, post -> post.week() <= 3)));

        assertThat(assessment.ceiling()).isEqualTo(Assessment.AT_MOST_ADEQUATE);
        assertThat(assessment.evidence().getFirst())
                .isEqualTo(EvidenceLine.gap("Your calendar has no posts in weeks 4, 5 and 6 of 6, so it does not fill"
                        + " the campaign and this criterion cannot be rated above Adequate; plan posts for every"
                        + " week."));
    }

    @Test
    void one_silent_week_keeps_the_content_plan_at_good() {
        Assessment assessment =
                assess(Submissions.competentPlan(BREWHAVEN, p -> keepPosts(p, post -> post.week() != 4)));

        assertThat(assessment.ceiling()).isEqualTo(Assessment.AT_MOST_GOOD);
        assertThat(assessment.evidence().getFirst())
                .isEqualTo(EvidenceLine.gap("Your calendar has no posts in week 4 of 6, so this criterion cannot be"
                        + " rated above Good; plan posts for every week of the campaign."));
    }

    @Test
    void a_third_of_the_campaigns_weeks_empty_is_already_an_incomplete_calendar() {
        assertThat(SchedulingAssessor.emptyWeeksCeiling(0, 6)).isEqualTo(Assessment.NO_CEILING);
        assertThat(SchedulingAssessor.emptyWeeksCeiling(1, 6)).isEqualTo(Assessment.AT_MOST_GOOD);
        assertThat(SchedulingAssessor.emptyWeeksCeiling(2, 6)).isEqualTo(Assessment.AT_MOST_ADEQUATE);
        assertThat(SchedulingAssessor.emptyWeeksCeiling(2, 8)).isEqualTo(Assessment.AT_MOST_GOOD);
        assertThat(SchedulingAssessor.emptyWeeksCeiling(3, 8)).isEqualTo(Assessment.AT_MOST_ADEQUATE);
    }

    @Test
    void a_week_quiet_on_one_platform_but_not_the_other_is_not_an_empty_week() {
        Assessment assessment = assess(Submissions.competentPlan(
                BREWHAVEN,
                p -> keepPosts(
                        p, post -> post.platform() != Platform.INSTAGRAM || post.week() < 3 || post.week() > 4)));

        assertThat(assessment.ceiling()).isEqualTo(Assessment.NO_CEILING);
    }

    @Test
    void the_reference_plan_fills_every_week_and_is_not_capped() {
        assertThat(assess(Submissions.competentPlan(BREWHAVEN)).ceiling()).isEqualTo(Assessment.NO_CEILING);
    }

    @Test
    void posting_three_times_the_sweet_spot_is_called_too_many() {
        Assessment assessment = assess(Submissions.competentPlan(BREWHAVEN, p -> {
            List<Post> tripled = new ArrayList<>(p.posts());
            for (Post post : p.posts()) {
                tripled.add(ContentPlans.copy(
                        post,
                        post.week(),
                        post.day().plus(1),
                        post.hour(),
                        post.platform(),
                        post.format(),
                        post.pillar(),
                        post.stage(),
                        post.callToAction(),
                        post.caption()));
                tripled.add(ContentPlans.copy(
                        post,
                        post.week(),
                        post.day().plus(2),
                        post.hour(),
                        post.platform(),
                        post.format(),
                        post.pillar(),
                        post.stage(),
                        post.callToAction(),
                        post.caption()));
            }
            return ContentPlans.withPosts(p, tripled);
        }));

        assertThat(assessment.score())
                .isLessThan(assess(Submissions.competentPlan(BREWHAVEN)).score());
        assertThat(assessment.evidence())
                .extracting(EvidenceLine::text)
                .contains("Too many posts on Instagram (up to 12 a week against a sweet spot of 3–5) and TikTok (up to"
                        + " 18 a week against a sweet spot of 4–7): extra posts compete with each other and tire"
                        + " followers.");
    }

    @Test
    void all_posts_on_one_platform_are_judged_on_that_platform_alone() {
        Assessment assessment = assess(Submissions.competentPlan(
                BREWHAVEN, p -> keepPosts(p, post -> post.platform() == Platform.TIKTOK)));

        assertThat(assessment.score()).isGreaterThanOrEqualTo(0.9);
        assertThat(assessment.evidence())
                .contains(EvidenceLine.strength(
                        "Posting frequency stays in each platform's sweet spot every week: TikTok (4–7 a week)."));
    }

    @Test
    void identical_submissions_get_identical_assessments() {
        assertThat(assess(Submissions.competentPlan(BREWHAVEN, p -> posts(p, post -> at(post, 3)))))
                .isEqualTo(assess(Submissions.competentPlan(BREWHAVEN, p -> posts(p, post -> at(post, 3)))));
    }
}
