package org.socialsim.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.AttemptStatus;
import org.socialsim.base.UserFacingException;
import org.socialsim.grading.assessment.CriterionSuggestion;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.LevelDefinition;
import org.socialsim.simulation.ReferencePlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
class GradingServiceTest {

    @Autowired
    GradingService grading;

    @Autowired
    AttemptService attempts;

    @Autowired
    UserDetailsService users;

    SignedIn signedIn;
    long assignmentId;
    long attemptId;

    @BeforeEach
    void student1_submits_a_competent_attempt() {
        signedIn = new SignedIn(users);
        attemptId = signedIn.as("student1", () -> {
            assignmentId = attempts.myAssignments().getFirst().assignmentId();
            AttemptState state = attempts.open(assignmentId);
            state = attempts.savePlan(state.attemptId(), state.version(), ReferencePlans.competent(state.scenario()));
            while (!state.allWeeksRun()) {
                state = attempts.runWeek(state.attemptId(), state.version());
            }
            return attempts.submit(state.attemptId(), state.version()).attemptId();
        });
    }

    @Test
    void the_queue_shows_the_submission_with_its_suggested_total() {
        MarkingQueueRow row = signedIn.as("tutor1", () -> grading.queue(assignmentId)).stream()
                .filter(candidate -> candidate.attemptId() == attemptId)
                .findFirst()
                .orElseThrow();

        assertThat(row.stage()).isEqualTo(MarkingStage.TO_MARK);
        assertThat(row.suggestedTotal()).isBetween(0, 100);
        assertThat(row.suggestedBand()).isNotBlank();
        assertThat(row.finalTotal()).isNull();
    }

    @Test
    void a_tutor_accepts_and_overrides_then_completes_and_every_decision_is_recorded() {
        MarkingSheet sheet = signedIn.as("tutor1", () -> grading.sheet(attemptId, MarkerRole.FIRST));
        assertThat(sheet.suggestion()).isNotNull();
        assertThat(sheet.editable()).isTrue();
        CriterionDefinition strategy = sheet.rubric().criteria().getFirst();
        CriterionSuggestion suggested = sheet.suggestion().criterion(strategy.id());

        MarkingSheet accepted =
                signedIn.as("tutor1", () -> grading.acceptSuggestion(sheet.sheetId(), sheet.version(), strategy.id()));
        assertThat(accepted.marks().get(strategy.id()))
                .isEqualTo(new CriterionMark(suggested.level(), suggested.mark(), "", true));

        LevelDefinition lowest = strategy.levels().getLast();
        MarkingSheet overridden = signedIn.as(
                "tutor1",
                () -> grading.mark(
                        accepted.sheetId(),
                        accepted.version(),
                        strategy.id(),
                        lowest.label(),
                        3,
                        "No competitor figures."));
        assertThat(overridden.marks().get(strategy.id()))
                .isEqualTo(new CriterionMark(lowest.label(), 3, "No competitor figures.", false));
        assertThat(overridden.history())
                .extracting(MarkingDecision::action)
                .containsExactly(MarkingAction.ACCEPTED, MarkingAction.MARKED);
        assertThat(overridden.history()).allMatch(decision -> decision.by().equals("Dr Priya Natarajan"));

        assertThatThrownBy(
                        () -> signedIn.as("tutor1", () -> grading.complete(overridden.sheetId(), overridden.version())))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("grading.incomplete"));

        MarkingSheet all = overridden;
        for (CriterionDefinition criterion : sheet.rubric().criteria()) {
            MarkingSheet before = all;
            all = signedIn.as(
                    "tutor1", () -> grading.acceptSuggestion(before.sheetId(), before.version(), criterion.id()));
        }
        MarkingSheet last = all;
        MarkingSheet complete = signedIn.as("tutor1", () -> grading.complete(last.sheetId(), last.version()));
        assertThat(complete.status()).isEqualTo(SheetStatus.COMPLETE);
        assertThat(complete.editable()).isFalse();
        assertThat(complete.total()).isEqualTo(sheet.suggestion().total());
        assertThat(complete.history().getLast().action()).isEqualTo(MarkingAction.COMPLETED);
    }

    @Test
    void a_mark_outside_the_chosen_levels_range_is_refused_and_nothing_is_saved() {
        MarkingSheet sheet = signedIn.as("tutor1", () -> grading.sheet(attemptId, MarkerRole.FIRST));
        CriterionDefinition strategy = sheet.rubric().criteria().getFirst();
        LevelDefinition top = strategy.levels().getFirst();

        assertThatThrownBy(() -> signedIn.as(
                        "tutor1",
                        () -> grading.mark(
                                sheet.sheetId(), sheet.version(), strategy.id(), top.label(), top.minMarks() - 1, "")))
                .isInstanceOfSatisfying(UserFacingException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("grading.mark-outside-level");
                    assertThat(refused.arguments())
                            .containsExactly(top.minMarks() - 1, top.label(), top.minMarks(), top.maxMarks());
                });
        assertThat(signedIn.as("tutor1", () -> grading.sheet(attemptId, MarkerRole.FIRST))
                        .marks())
                .isEmpty();
    }

    @Test
    void grades_reach_the_student_only_once_released() {
        assertThat(signedIn.as("student1", () -> grading.feedback(attemptId))).isNull();
        completeFirstMarking();

        ReleaseOutcome outcome = signedIn.as("tutor1", () -> grading.release(assignmentId));

        assertThat(outcome.released()).isEqualTo(1);
        Feedback feedback = signedIn.as("student1", () -> grading.feedback(attemptId));
        assertThat(feedback).isNotNull();
        assertThat(feedback.criteria()).hasSize(5);
        assertThat(feedback.band()).isNotBlank();
        assertThat(signedIn.as("student1", () -> attempts.attempt(attemptId)).status())
                .isEqualTo(AttemptStatus.MARKED);
        assertThat(signedIn.as("tutor1", () -> grading.release(assignmentId)).alreadyReleased())
                .isEqualTo(1);
        assertThatThrownBy(() -> signedIn.as("student2", () -> grading.feedback(attemptId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_second_marker_marks_blind_and_release_then_waits_for_agreed_marks() {
        var markers = signedIn.as("tutor1", () -> grading.possibleSecondMarkers(assignmentId));
        assertThat(markers).extracting(GradingService.Marker::name).containsExactly("Tomás Oyelaran");
        long tutor2 = markers.getFirst().id();
        signedIn.run("tutor1", () -> grading.assignSecondMarker(attemptId, tutor2));
        completeFirstMarking();

        MarkingSheet blind = signedIn.as("tutor2", () -> grading.sheet(attemptId, MarkerRole.SECOND));
        assertThat(blind.suggestion()).isNull();
        assertThat(blind.marks()).isEmpty();
        assertThatThrownBy(() -> signedIn.as("tutor2", () -> grading.sheet(attemptId, MarkerRole.FIRST)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as("tutor2", () -> grading.mySecondMarking()))
                .extracting(GradingService.SecondMarking::attemptId)
                .containsExactly(attemptId);
        assertThat(signedIn.as("tutor2", () -> attempts.attempt(attemptId)).editable())
                .isFalse();

        ReleaseOutcome outcome = signedIn.as("tutor1", () -> grading.release(assignmentId));
        assertThat(outcome.released()).isZero();
        assertThat(outcome.notReady()).hasSize(1);
    }

    @Test
    void only_the_cohorts_tutor_or_an_administrator_runs_the_queue() {
        assertThatThrownBy(() -> signedIn.as("tutor2", () -> grading.queue(assignmentId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("tutor2", () -> grading.sheet(attemptId, MarkerRole.FIRST)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("student1", () -> grading.queue(assignmentId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as("admin", () -> grading.queue(assignmentId))).isNotEmpty();
    }

    private void completeFirstMarking() {
        signedIn.run("tutor1", () -> {
            MarkingSheet sheet = grading.sheet(attemptId, MarkerRole.FIRST);
            for (CriterionDefinition criterion : sheet.rubric().criteria()) {
                sheet = grading.acceptSuggestion(sheet.sheetId(), sheet.version(), criterion.id());
            }
            sheet = grading.writeFeedback(sheet.sheetId(), sheet.version(), "A well-run campaign.");
            grading.complete(sheet.sheetId(), sheet.version());
        });
    }
}
