package org.socialsim.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.attempt.work.SituationalAnalysis;
import org.socialsim.attempt.work.SubmissionChecklist;
import org.socialsim.base.UserFacingException;
import org.socialsim.simulation.ReferencePlans;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.Post;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
class AttemptServiceTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    @WithUserDetails("student1")
    void a_student_sees_the_demo_assignment_and_opening_it_starts_an_attempt() {
        StudentAssignment assignment = attempts.myAssignments().getFirst();
        assertThat(assignment.status()).isEqualTo(AttemptStatus.NOT_STARTED);
        assertThat(assignment.open()).isTrue();

        AttemptState state = attempts.open(assignment.assignmentId());

        assertThat(state.editable()).isTrue();
        assertThat(state.weeksRun()).isZero();
        assertThat(state.plan()).isEqualTo(Plan.empty());
        assertThat(attempts.myAssignments().getFirst().status()).isEqualTo(AttemptStatus.IN_PROGRESS);
        assertThat(attempts.open(assignment.assignmentId()).attemptId()).isEqualTo(state.attemptId());
    }

    @Test
    @WithUserDetails("student1")
    void a_save_based_on_an_older_version_is_refused_so_two_tabs_never_overwrite_each_other() {
        AttemptState first = attempts.open(attempts.myAssignments().getFirst().assignmentId());
        SituationalAnalysis analysis =
                new SituationalAnalysis("Loyal café customers", "", "", "", java.util.Map.of(), "");
        AttemptState saved = attempts.saveAnalysis(first.attemptId(), first.version(), analysis);
        assertThat(saved.version()).isGreaterThan(first.version());
        assertThat(attempts.attempt(first.attemptId()).analysis()).isEqualTo(analysis);

        assertThatThrownBy(() -> attempts.saveAnalysis(first.attemptId(), first.version(), SituationalAnalysis.empty()))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("attempt.changed-elsewhere"));
        assertThat(attempts.attempt(first.attemptId()).analysis()).isEqualTo(analysis);
    }

    @Test
    @WithUserDetails("student1")
    void weeks_run_one_at_a_time_and_a_run_week_is_history() {
        AttemptState state = attempts.open(attempts.myAssignments().getFirst().assignmentId());
        Plan plan = ReferencePlans.competent(state.scenario());
        state = attempts.savePlan(state.attemptId(), state.version(), plan);
        assertThat(attempts.results(state.attemptId())).isNull();

        state = attempts.runWeek(state.attemptId(), state.version());
        SimulationRun afterOne = attempts.results(state.attemptId());
        assertThat(state.weeksRun()).isEqualTo(1);
        assertThat(afterOne).isNotNull();
        assertThat(afterOne.weeksRun()).isEqualTo(1);

        List<Post> posts = new ArrayList<>(plan.posts());
        Post weekOne =
                posts.stream().filter(post -> post.week() == 1).findFirst().orElseThrow();
        posts.remove(weekOne);
        Plan rewritten = new Plan(
                plan.objectives(),
                plan.personas(),
                posts,
                plan.campaigns(),
                plan.influencers(),
                plan.community(),
                plan.crisis());
        long attemptId = state.attemptId();
        long version = state.version();
        assertThatThrownBy(() -> attempts.savePlan(attemptId, version, rewritten))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("attempt.frozen.posts"));

        state = attempts.runWeek(attemptId, version);
        SimulationRun afterTwo = attempts.results(attemptId);
        assertThat(afterTwo.week(1)).isEqualTo(afterOne.week(1));
    }

    @Test
    @WithUserDetails("student1")
    void submitting_needs_every_week_run_and_then_locks_the_attempt() {
        AttemptState state = attempts.open(attempts.myAssignments().getFirst().assignmentId());
        state = attempts.savePlan(state.attemptId(), state.version(), ReferencePlans.competent(state.scenario()));
        long attemptId = state.attemptId();
        long early = state.version();
        assertThatThrownBy(() -> attempts.submit(attemptId, early))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("attempt.gap.weeks-not-run"));
        for (int week = 1; week <= state.totalWeeks(); week++) {
            state = attempts.runWeek(attemptId, state.version());
        }
        assertThat(attempts.submissionGaps(attemptId)).noneMatch(SubmissionChecklist.Gap::blocking);

        state = attempts.submit(attemptId, state.version());

        assertThat(state.status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(state.editable()).isFalse();
        long locked = state.version();
        assertThatThrownBy(() -> attempts.saveAnalysis(attemptId, locked, SituationalAnalysis.empty()))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("attempt.locked"));
    }

    @Test
    void only_the_student_their_tutor_and_an_administrator_can_read_an_attempt() {
        long attemptId = as(
                "student1",
                () -> attempts.open(attempts.myAssignments().getFirst().assignmentId())
                        .attemptId());

        assertThatThrownBy(() -> as("student2", () -> attempts.attempt(attemptId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("tutor2", () -> attempts.attempt(attemptId)))
                .isInstanceOf(AccessDeniedException.class);
        AttemptState seenByTutor = as("tutor1", () -> attempts.attempt(attemptId));
        assertThat(seenByTutor.editable()).isFalse();
        assertThat(as("admin", () -> attempts.attempt(attemptId)).attemptId()).isEqualTo(attemptId);
        assertThatThrownBy(() -> as(
                        "tutor1",
                        () -> attempts.saveAnalysis(attemptId, seenByTutor.version(), SituationalAnalysis.empty())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private <T> T as(String username, java.util.function.Supplier<T> action) {
        var details = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                details, details.getPassword(), details.getAuthorities()));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
