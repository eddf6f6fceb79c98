package org.socialsim.grading.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialsim.grading.assessment.ContentPlans.as;
import static org.socialsim.grading.assessment.ContentPlans.keepPosts;
import static org.socialsim.grading.assessment.ContentPlans.on;
import static org.socialsim.grading.assessment.ContentPlans.posts;
import static org.socialsim.grading.assessment.ContentPlans.postsWhere;

import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;

class PlatformFitAssessorTest {

    private static final ScenarioDefinition BREWHAVEN = Submissions.brewhaven();
    private static final PlatformFitAssessor ASSESSOR = new PlatformFitAssessor();

    private static Assessment assess(Submission submission) {
        return ASSESSOR.assess(submission, AssessorParameters.NONE);
    }

    private static Submission adapted() {
        return Submissions.competentPlan(BREWHAVEN, p -> posts(p, ContentPlans::ownCaption));
    }

    @Test
    void the_reference_plan_uses_native_formats_but_copies_its_caption_to_every_platform() {
        Assessment assessment = assess(Submissions.competentPlan(BREWHAVEN));

        assertThat(assessment.score()).isGreaterThanOrEqualTo(0.7).isLessThan(0.8);
        assertThat(assessment.evidence())
                .containsExactly(
                        EvidenceLine.strength("Every post uses a format native to its platform, e.g. carousel on"
                                + " Instagram and short video on TikTok."),
                        EvidenceLine.gap("60 of 60 posts repeat a caption word for word on another platform in the"
                                + " same week, e.g. 'A post' in week 1: adapt the words, length and hashtags to each"
                                + " platform's culture."));
    }

    @Test
    void native_formats_with_captions_written_for_each_platform_earn_full_credit() {
        Assessment assessment = assess(adapted());

        assertThat(assessment.score()).isEqualTo(1.0);
        assertThat(assessment.evidence())
                .contains(EvidenceLine.strength("No caption is copied from one platform to another in the same week."));
    }

    @Test
    void an_empty_calendar_scores_nothing() {
        Assessment assessment = assess(Submissions.empty(BREWHAVEN));

        assertThat(assessment.score()).isZero();
        assertThat(assessment.evidence())
                .singleElement()
                .extracting(EvidenceLine::text)
                .asString()
                .startsWith("The calendar has no posts");
    }

    @Test
    void one_format_everywhere_is_insufficient_and_names_what_each_platform_favours() {
        Assessment assessment =
                assess(Submissions.competentPlan(BREWHAVEN, p -> posts(p, post -> as(post, Format.IMAGE))));

        assertThat(assessment.score()).isBetween(0.2, 0.45);
        assertThat(assessment.evidence().getFirst().text())
                .isEqualTo("60 of 60 posts use formats that travel poorly on their platform, e.g. 24 image posts on"
                        + " Instagram (it favours carousel) and 36 image posts on TikTok (it favours short video):"
                        + " use each platform's strongest formats.");
    }

    @Test
    void more_posts_in_weak_formats_score_lower_step_by_step() {
        double previous = 1.01;
        for (int weeks = 0; weeks <= 6; weeks++) {
            int last = weeks;
            double score = assess(Submissions.competentPlan(
                            BREWHAVEN,
                            p -> postsWhere(
                                    posts(p, ContentPlans::ownCaption),
                                    post -> post.week() <= last,
                                    post -> as(post, Format.STORY))))
                    .score();
            assertThat(score).as("stories in weeks 1..%d", weeks).isLessThan(previous);
            previous = score;
        }
    }

    @Test
    void leaving_out_a_platform_where_the_audience_is_costs_coverage() {
        Assessment assessment = assess(Submissions.competentPlan(
                BREWHAVEN,
                p -> keepPosts(posts(p, ContentPlans::ownCaption), post -> post.platform() == Platform.INSTAGRAM)));

        assertThat(assessment.score()).isLessThan(assess(adapted()).score()).isGreaterThan(0.8);
        assertThat(assessment.evidence())
                .extracting(EvidenceLine::text)
                .anyMatch(text -> text.startsWith("No posts on TikTok, where ")
                        && text.endsWith("% of the brand's audience spends its time."));
    }

    @Test
    void posts_on_a_platform_the_brand_does_not_use_are_flagged() {
        Assessment assessment = assess(Submissions.competentPlan(
                BREWHAVEN,
                p -> postsWhere(
                        posts(p, ContentPlans::ownCaption),
                        post -> post.week() == 1 && post.platform() == Platform.TIKTOK,
                        post -> on(post, Platform.LINKEDIN))));

        assertThat(assessment.score()).isLessThan(assess(adapted()).score());
        assertThat(assessment.evidence())
                .extracting(EvidenceLine::text)
                .contains("6 posts are planned on LinkedIn, which this brand does not use; move them to Instagram and"
                        + " TikTok.");
    }

    @Test
    void identical_submissions_get_identical_assessments() {
        assertThat(assess(adapted())).isEqualTo(assess(adapted()));
    }
}
