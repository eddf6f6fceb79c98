package org.socialsim.grading.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialsim.grading.assessment.ContentPlans.pillar;
import static org.socialsim.grading.assessment.ContentPlans.posts;
import static org.socialsim.grading.assessment.ContentPlans.postsWhere;

import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.ScenarioDefinition;

class ContentMixAssessorTest {

    private static final ScenarioDefinition BREWHAVEN = Submissions.brewhaven();
    private static final ContentMixAssessor ASSESSOR = new ContentMixAssessor();

    private static Assessment assess(Submission submission) {
        return ASSESSOR.assess(submission, AssessorParameters.NONE);
    }

    @Test
    void the_reference_competent_plan_has_an_excellent_mix() {
        Assessment assessment = assess(Submissions.competentPlan(BREWHAVEN));

        assertThat(assessment.score()).isGreaterThanOrEqualTo(0.7);
        assertThat(assessment.evidence())
                .first()
                .isEqualTo(EvidenceLine.strength("6 of 60 posts (10%) are promotional, within the 30% limit."));
        assertThat(assessment.evidence().get(1).text())
                .isEqualTo("Your mix is 50% entertaining, 20% educational, 20% user-generated and 10% promotional;"
                        + " your audience responds most to entertaining, then educational content.");
    }

    @Test
    void an_empty_calendar_scores_nothing_and_says_what_is_missing() {
        Assessment assessment = assess(Submissions.empty(BREWHAVEN));

        assertThat(assessment.score()).isZero();
        assertThat(assessment.evidence()).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(EvidenceLine.Kind.GAP);
            assertThat(line.text()).startsWith("The calendar has no posts");
        });
    }

    @Test
    void an_all_promotional_calendar_is_insufficient_and_is_told_what_to_post_instead() {
        Assessment assessment = assess(Submissions.competentPlan(BREWHAVEN, p -> posts(p, ContentPlans::selling)));

        assertThat(assessment.score()).isBetween(0.15, 0.3);
        assertThat(assessment.evidence().getFirst())
                .isEqualTo(EvidenceLine.gap("60 of 60 posts (100%) are promotional, above the 30% this assignment"
                        + " allows: swap some for educational, entertaining or customers' own content."));
        assertThat(assessment.evidence())
                .extracting(EvidenceLine::text)
                .contains("No educational, entertaining or user-generated posts: reposting customers' photos and"
                        + " reviews earns trust a brand cannot buy.")
                .anyMatch(text -> text.startsWith("In the simulation: About ") && text.contains("unfollowed"));
    }

    @Test
    void more_promotion_above_the_limit_never_scores_higher() {
        double previous = 1;
        for (int weeks = 2; weeks <= 6; weeks++) {
            int last = weeks;
            double score = assess(Submissions.competentPlan(
                            BREWHAVEN, p -> postsWhere(p, post -> post.week() <= last, ContentPlans::selling)))
                    .score();
            assertThat(score).as("promotional in weeks 1..%d", weeks).isLessThanOrEqualTo(previous);
            previous = score;
        }
    }

    @Test
    void a_higher_promotional_limit_forgives_a_promotion_heavy_mix() {
        Submission halfSelling = Submissions.competentPlan(
                BREWHAVEN, p -> postsWhere(p, post -> post.week() <= 3, ContentPlans::selling));

        double strict = assess(halfSelling).score();
        double lenient = ASSESSOR.assess(halfSelling, AssessorParameters.of("max_promotional_share", 0.6))
                .score();

        assertThat(strict).isLessThan(0.5);
        assertThat(lenient).isGreaterThan(strict + 0.2);
    }

    @Test
    void a_calendar_without_user_generated_content_is_told_to_repost_customers() {
        Assessment assessment = assess(Submissions.competentPlan(
                BREWHAVEN,
                p -> postsWhere(
                        p, post -> post.pillar() == Pillar.USER_GENERATED, post -> pillar(post, Pillar.EDUCATIONAL))));

        assertThat(assessment.evidence())
                .extracting(EvidenceLine::text)
                .contains("No user-generated posts: reposting customers' photos and reviews earns trust a brand"
                        + " cannot buy.");
        assertThat(assessment.score())
                .isLessThan(assess(Submissions.competentPlan(BREWHAVEN)).score());
    }

    @Test
    void a_calendar_of_one_pillar_leans_too_far_to_reach_good() {
        Assessment assessment =
                assess(Submissions.competentPlan(BREWHAVEN, p -> posts(p, post -> pillar(post, Pillar.ENTERTAINING))));

        assertThat(assessment.score()).isBetween(0.2, 0.5);
        assertThat(assessment.evidence().get(1).kind()).isEqualTo(EvidenceLine.Kind.GAP);
    }

    @Test
    void identical_submissions_get_identical_assessments() {
        assertThat(assess(Submissions.competentPlan(BREWHAVEN)))
                .isEqualTo(assess(Submissions.competentPlan(BREWHAVEN)));
    }
}
