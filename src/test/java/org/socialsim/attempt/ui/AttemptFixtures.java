package org.socialsim.attempt.ui;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.domain.AttemptRepository;
import org.socialsim.grading.GradingService;
import org.socialsim.grading.MarkerRole;
import org.socialsim.grading.MarkingSheet;
import org.socialsim.simulation.ReferencePlans;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Brings the demo student's attempt to the state a view test needs: started, planned, weeks run, submitted, marked and
 * released;
 * and moves the assignment's dates, which the app offers no way to do once set.
 */
final class AttemptFixtures {

    private final AttemptService attempts;
    private final AttemptRepository repository;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final UserDetailsService users;
    private final Clock clock;
    private final GradingService grading;

    AttemptFixtures(
            AttemptService attempts,
            AttemptRepository repository,
            JdbcTemplate jdbc,
            EntityManager entityManager,
            UserDetailsService users,
            Clock clock,
            GradingService grading) {
        this.attempts = attempts;
        this.repository = repository;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.users = users;
        this.clock = clock;
        this.grading = grading;
    }

    long firstAssignment() {
        return attempts.myAssignments().getFirst().assignmentId();
    }

    AttemptState started() {
        return attempts.open(firstAssignment());
    }

    /** Started with a competent plan and {@code weeks} weeks run. */
    AttemptState planned(int weeks) {
        AttemptState state = started();
        state = attempts.savePlan(state.attemptId(), state.version(), ReferencePlans.competent(state.scenario()));
        for (int week = 1; week <= weeks; week++) {
            state = attempts.runWeek(state.attemptId(), state.version());
        }
        return state;
    }

    AttemptState submitted() {
        AttemptState state = planned(started().totalWeeks());
        return attempts.submit(state.attemptId(), state.version());
    }

    /**
     * Marks the attempt as its cohort's tutor (every criterion's suggestion accepted), completes the sheet and releases
     * the assignment's grades, as the marking queue does.
     */
    void release(long attemptId) {
        as("tutor1", () -> {
            MarkingSheet sheet = grading.sheet(attemptId, MarkerRole.FIRST);
            for (var criterion : sheet.rubric().criteria()) {
                sheet = grading.acceptSuggestion(sheet.sheetId(), sheet.version(), criterion.id());
            }
            sheet = grading.complete(sheet.sheetId(), sheet.version());
            return grading.release(sheet.assignmentId());
        });
    }

    /** Moves the assignment's opening and deadline relative to now. */
    void moveAssignment(long assignmentId, Duration opensFromNow, Duration dueFromNow) {
        entityManager.flush();
        Instant now = clock.instant();
        jdbc.update(
                "update assignment set opens_at = ?, due_at = ? where id = ?",
                Timestamp.from(now.plus(opensFromNow)),
                Timestamp.from(now.plus(dueFromNow)),
                assignmentId);
        entityManager.clear();
    }

    /** Runs {@code action} signed in as {@code username}. */
    <T> T as(String username, Supplier<T> action) {
        var details = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                new UsernamePasswordAuthenticationToken(details, details.getPassword(), details.getAuthorities()));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
