package org.socialsim.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.base.UserFacingException;
import org.socialsim.grading.RegradeReport.AttemptRegrade;
import org.socialsim.grading.assessment.SuggestedGrade;
import org.socialsim.grading.assessment.SuggestedMarks;
import org.socialsim.grading.domain.StoredSuggestionRepository;
import org.socialsim.rubric.RubricService;
import org.socialsim.rubric.domain.RubricVersion;
import org.socialsim.rubric.domain.RubricVersionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
class RegradeServiceTest {

    @Autowired
    RegradeService regrades;

    @Autowired
    GradingService grading;

    @Autowired
    AttemptService attempts;

    @Autowired
    RubricService rubrics;

    @Autowired
    RubricVersionRepository versions;

    @Autowired
    StoredSuggestionRepository suggestions;

    @Autowired
    UserDetailsService users;

    @Autowired
    EntityManager entityManager;

    RegradeFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new RegradeFixtures(attempts, rubrics, versions, users);
    }

    @Test
    @WithUserDetails("tutor1")
    void regrading_under_a_corrected_version_changes_the_suggestions_and_leaves_the_marks_and_their_history_alone() {
        AttemptState marked = fixtures.submitted("student1");
        AttemptState unmarked = fixtures.submitted("student2");
        long assignmentId = marked.assignmentId();
        SuggestedGrade before = grading.suggestion(marked.attemptId());
        MarkingSheet sheet = grading.sheet(marked.attemptId(), MarkerRole.FIRST);
        sheet = grading.acceptSuggestion(sheet.sheetId(), sheet.version(), "strategy");
        grading.mark(sheet.sheetId(), sheet.version(), "content-plan", "Adequate", 11, "Thin calendar.");
        entityManager.flush();
        entityManager.clear();
        // Read back, so the history's times have the database's precision on both sides of the comparison.
        sheet = grading.sheet(marked.attemptId(), MarkerRole.FIRST);
        RegradeOptions options = regrades.options(assignmentId);
        RubricVersion corrected = fixtures.corrected(RegradeFixtures.STRICTER);

        RegradeReport report = regrades.regrade(assignmentId, corrected.getId());

        SuggestedGrade expected =
                SuggestedMarks.suggest(grading.rubric(corrected), grading.submission(marked.attemptId()));
        assertThat(report.versionBefore()).isEqualTo(options.current().number());
        assertThat(report.versionAfter()).isEqualTo(corrected.getVersionNumber());
        assertThat(report.attempts()).hasSize(2);
        AttemptRegrade markedLine = line(report, marked.attemptId());
        assertThat(markedLine.totalBefore()).isEqualTo(before.total());
        assertThat(markedLine.bandBefore()).isEqualTo(before.band());
        assertThat(markedLine.totalAfter()).isEqualTo(expected.total());
        assertThat(markedLine.bandAfter()).isEqualTo(expected.band()).isNotEqualTo(before.band());
        assertThat(markedLine.changed()).isTrue();
        assertThat(markedLine.tutorMarked()).isTrue();
        assertThat(markedLine.criteria()).isNotEmpty().allSatisfy(change -> {
            assertThat(change.levelBefore())
                    .isEqualTo(before.criterion(change.criterion()).level());
            assertThat(change.markBefore())
                    .isEqualTo(before.criterion(change.criterion()).mark());
            assertThat(change.levelAfter())
                    .isEqualTo(expected.criterion(change.criterion()).level());
        });
        AttemptRegrade unmarkedLine = line(report, unmarked.attemptId());
        assertThat(unmarkedLine.totalBefore()).isNull();
        assertThat(unmarkedLine.tutorMarked()).isFalse();
        assertThat(report.changedWithTutorMarks()).isEqualTo(1);
        assertThat(report.changed() + report.unchanged()).isEqualTo(2);

        entityManager.flush();
        entityManager.clear();
        MarkingSheet after = grading.sheet(marked.attemptId(), MarkerRole.FIRST);
        assertThat(after.marks()).isEqualTo(sheet.marks());
        assertThat(after.version()).isEqualTo(sheet.version());
        assertThat(after.status()).isEqualTo(sheet.status());
        assertThat(after.history()).hasSize(sheet.history().size() + 1);
        assertThat(after.history().subList(0, sheet.history().size())).isEqualTo(sheet.history());
        MarkingDecision regraded = after.history().getLast();
        assertThat(regraded.action()).isEqualTo(MarkingAction.REGRADED);
        assertThat(regraded.mark()).isEqualTo(expected.total());
        assertThat(regraded.level()).isEqualTo(expected.band());
        assertThat(after.suggestion()).isEqualTo(expected);
        assertThat(suggestions
                        .findByAttempt(marked.attemptId())
                        .orElseThrow()
                        .getRubricVersion()
                        .getId())
                .isEqualTo(corrected.getId());
        assertThat(regrades.options(assignmentId).current().versionId()).isEqualTo(corrected.getId());
    }

    @Test
    @WithUserDetails("tutor1")
    void recomputing_under_the_same_version_changes_nothing_and_keeps_the_version() {
        AttemptState submitted = fixtures.submitted("student1");
        SuggestedGrade before = grading.suggestion(submitted.attemptId());
        long version = regrades.options(submitted.assignmentId()).current().versionId();

        RegradeReport report = regrades.regrade(submitted.assignmentId(), null);

        assertThat(report.rubricCorrected()).isFalse();
        assertThat(report.changed()).isZero();
        assertThat(report.unchanged()).isEqualTo(1);
        AttemptRegrade line = line(report, submitted.attemptId());
        assertThat(line.totalAfter()).isEqualTo(before.total());
        assertThat(line.criteria()).isEmpty();
        assertThat(regrades.options(submitted.assignmentId()).current().versionId())
                .isEqualTo(version);
    }

    @Test
    @WithUserDetails("tutor1")
    void a_version_that_leaves_a_given_mark_outside_its_level_is_refused_naming_the_student_and_the_mark() {
        AttemptState submitted = fixtures.submitted("student1");
        MarkingSheet sheet = grading.sheet(submitted.attemptId(), MarkerRole.FIRST);
        sheet = grading.mark(sheet.sheetId(), sheet.version(), "strategy", "Very good", 16, "");
        SuggestedGrade before = grading.suggestion(submitted.attemptId());
        long current = regrades.options(submitted.assignmentId()).current().versionId();
        RubricVersion narrower = fixtures.corrected(RegradeFixtures.NARROWER_VERY_GOOD);

        assertThatThrownBy(() -> regrades.regrade(submitted.assignmentId(), narrower.getId()))
                .isInstanceOfSatisfying(UserFacingException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("regrade.incompatible.marks-outside-levels");
                    assertThat(refused.arguments()[0]).isEqualTo(narrower.getVersionNumber());
                    assertThat(refused.arguments()[1]).isEqualTo(1);
                    assertThat((String) refused.arguments()[2])
                            .contains(submitted.studentName())
                            .contains("Very good 16");
                });

        assertThat(regrades.options(submitted.assignmentId()).current().versionId())
                .isEqualTo(current);
        assertThat(grading.suggestion(submitted.attemptId())).isEqualTo(before);
        assertThat(grading.sheet(submitted.attemptId(), MarkerRole.FIRST).marks())
                .isEqualTo(sheet.marks());
    }

    @Test
    @WithUserDetails("tutor1")
    void the_same_narrower_version_is_accepted_while_nobody_has_marked() {
        AttemptState submitted = fixtures.submitted("student1");
        RubricVersion narrower = fixtures.corrected(RegradeFixtures.NARROWER_VERY_GOOD);

        RegradeReport report = regrades.regrade(submitted.assignmentId(), narrower.getId());

        assertThat(report.versionAfter()).isEqualTo(narrower.getVersionNumber());
        assertThat(regrades.options(submitted.assignmentId()).newer()).isEmpty();
    }

    @Test
    @WithUserDetails("tutor1")
    void an_older_version_or_another_rubric_is_refused() {
        AttemptState submitted = fixtures.submitted("student1");
        long original = regrades.options(submitted.assignmentId()).current().versionId();
        RubricVersion corrected = fixtures.corrected(RegradeFixtures.STRICTER);
        regrades.regrade(submitted.assignmentId(), corrected.getId());
        RubricVersion other = versions.findFirstByContentIdOrderByVersionNumberDesc("crisis-community-practical")
                .orElseThrow();

        assertThatThrownBy(() -> regrades.regrade(submitted.assignmentId(), original))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("regrade.version.not-newer"));
        assertThatThrownBy(() -> regrades.regrade(submitted.assignmentId(), other.getId()))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("regrade.version.other-rubric"));
    }

    @Test
    @WithUserDetails("tutor1")
    void the_options_list_the_later_versions_of_the_assignments_rubric_and_the_attempts_a_regrade_covers() {
        AttemptState submitted = fixtures.submitted("student1");
        fixtures.as("student2", () -> attempts.open(submitted.assignmentId()));
        RubricVersion corrected = fixtures.corrected(RegradeFixtures.STRICTER);

        RegradeOptions options = regrades.options(submitted.assignmentId());

        assertThat(options.newer())
                .extracting(RegradeOptions.RubricChoice::versionId)
                .containsExactly(corrected.getId());
        assertThat(options.current().number()).isLessThan(corrected.getVersionNumber());
        assertThat(options.submitted()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("tutor2")
    void another_cohorts_tutor_can_neither_see_nor_regrade_the_assignment() {
        long assignmentId = fixtures.submitted("student1").assignmentId();

        assertThatThrownBy(() -> regrades.options(assignmentId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> regrades.regrade(assignmentId, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("student1")
    void a_student_cannot_regrade() {
        long assignmentId = fixtures.submitted("student1").assignmentId();

        assertThatThrownBy(() -> regrades.regrade(assignmentId, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_may_regrade_any_assignment() {
        AttemptState submitted = fixtures.submitted("student1");

        RegradeReport report = regrades.regrade(submitted.assignmentId(), null);

        assertThat(report.attempts()).extracting(AttemptRegrade::attemptId).containsExactly(submitted.attemptId());
    }

    private static AttemptRegrade line(RegradeReport report, long attemptId) {
        List<AttemptRegrade> lines = report.attempts().stream()
                .filter(line -> line.attemptId() == attemptId)
                .toList();
        assertThat(lines).hasSize(1);
        return lines.getFirst();
    }
}
