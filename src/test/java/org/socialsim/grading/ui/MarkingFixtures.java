package org.socialsim.grading.ui;

import java.util.function.Supplier;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.grading.GradingService;
import org.socialsim.grading.MarkerRole;
import org.socialsim.grading.MarkingSheet;
import org.socialsim.simulation.ReferencePlans;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Sets up what a marking screen needs through the services, as the people who would do it: a demo student's submitted
 * attempt at Group A's assignment (tutor1's cohort), marked and released by tutor1.
 */
final class MarkingFixtures {

    private final AttemptService attempts;
    private final GradingService grading;
    private final UserDetailsService users;

    MarkingFixtures(AttemptService attempts, GradingService grading, UserDetailsService users) {
        this.attempts = attempts;
        this.grading = grading;
        this.users = users;
    }

    /** The student's attempt with a competent plan, every week run, submitted. */
    AttemptState submitted(String student) {
        return as(student, () -> {
            AttemptState state =
                    attempts.open(attempts.myAssignments().getFirst().assignmentId());
            state = attempts.savePlan(state.attemptId(), state.version(), ReferencePlans.competent(state.scenario()));
            for (int week = 1; week <= state.totalWeeks(); week++) {
                state = attempts.runWeek(state.attemptId(), state.version());
            }
            return attempts.submit(state.attemptId(), state.version());
        });
    }

    /** The student's attempt, opened and not submitted. */
    AttemptState started(String student) {
        return as(
                student, () -> attempts.open(attempts.myAssignments().getFirst().assignmentId()));
    }

    /** Every criterion's suggestion accepted on tutor1's first sheet, and the sheet completed. */
    MarkingSheet markedByTutor1(long attemptId) {
        return as("tutor1", () -> {
            MarkingSheet sheet = grading.sheet(attemptId, MarkerRole.FIRST);
            for (var criterion : sheet.rubric().criteria()) {
                sheet = grading.acceptSuggestion(sheet.sheetId(), sheet.version(), criterion.id());
            }
            return grading.complete(sheet.sheetId(), sheet.version());
        });
    }

    /** Marked by tutor1 and released to the student. */
    void released(long attemptId) {
        MarkingSheet sheet = markedByTutor1(attemptId);
        as("tutor1", () -> grading.release(sheet.assignmentId()));
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
