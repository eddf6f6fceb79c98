package org.socialsim.grading;

import java.util.function.Supplier;
import org.socialsim.account.CohortService;
import org.socialsim.account.CohortSummary;
import org.socialsim.account.UserSummary;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.grading.assessment.CriterionSuggestion;
import org.socialsim.grading.assessment.SuggestedGrade;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.LevelDefinition;
import org.socialsim.simulation.ReferencePlans;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Brings Group A's attempts (tutor1's cohort: student1..3) through submission, first marking and blind second marking
 * by tutor2, as the marking views would, so the moderation and report views have something to show.
 */
public final class ModerationFixtures {

    private static final String GROUP_A = "SMM 2026 — Group A";

    private final AttemptService attempts;
    private final GradingService grading;
    private final CohortService cohorts;
    private final UserDetailsService users;

    public ModerationFixtures(
            AttemptService attempts, GradingService grading, CohortService cohorts, UserDetailsService users) {
        this.attempts = attempts;
        this.grading = grading;
        this.cohorts = cohorts;
        this.users = users;
    }

    /** The student's attempt at Group A's assignment, planned competently, every week run, submitted. */
    public AttemptState submitted(String student) {
        return as(student, () -> {
            long assignmentId = attempts.myAssignments().stream()
                    .filter(assignment -> assignment.cohortName().equals(GROUP_A))
                    .findFirst()
                    .orElseThrow()
                    .assignmentId();
            AttemptState state = attempts.open(assignmentId);
            state = attempts.savePlan(state.attemptId(), state.version(), ReferencePlans.competent(state.scenario()));
            for (int week = 1; week <= state.totalWeeks(); week++) {
                state = attempts.runWeek(state.attemptId(), state.version());
            }
            return attempts.submit(state.attemptId(), state.version());
        });
    }

    /** tutor1 accepts every suggestion and completes the first marking. */
    public MarkingSheet firstMarked(long attemptId) {
        return as("tutor1", () -> {
            MarkingSheet sheet = grading.sheet(attemptId, MarkerRole.FIRST);
            for (CriterionDefinition criterion : sheet.rubric().criteria()) {
                sheet = grading.acceptSuggestion(sheet.sheetId(), sheet.version(), criterion.id());
            }
            return grading.complete(sheet.sheetId(), sheet.version());
        });
    }

    /** tutor1 marks every criterion at its lowest level's lowest mark (a script with nothing in it) and completes. */
    public MarkingSheet firstMarkedAtTheBottom(long attemptId) {
        return as("tutor1", () -> {
            MarkingSheet sheet = grading.sheet(attemptId, MarkerRole.FIRST);
            for (CriterionDefinition criterion : sheet.rubric().criteria()) {
                LevelDefinition lowest = criterion.levels().getLast();
                sheet = grading.mark(
                        sheet.sheetId(), sheet.version(), criterion.id(), lowest.label(), lowest.minMarks(), "");
            }
            return grading.complete(sheet.sheetId(), sheet.version());
        });
    }

    /** The administrator adds a Group B student to Group A, so tutor1's cohort has a fourth script. */
    public void enrolledInGroupA(String username) {
        as("admin", () -> {
            CohortSummary groupA = cohorts.visibleCohorts().stream()
                    .filter(cohort -> cohort.name().equals(GROUP_A))
                    .findFirst()
                    .orElseThrow();
            UserSummary student = cohorts.studentsNotIn(groupA.id()).stream()
                    .filter(candidate -> candidate.username().equals(username))
                    .findFirst()
                    .orElseThrow();
            return cohorts.addStudent(groupA.id(), student.id());
        });
    }

    /** tutor1 names tutor2 second marker. */
    public void secondMarkerNamed(long attemptId) {
        as("tutor1", () -> {
            long assignmentId = grading.sheet(attemptId, MarkerRole.FIRST).assignmentId();
            GradingService.Marker tutor2 = grading.possibleSecondMarkers(assignmentId).stream()
                    .filter(marker -> marker.name().startsWith("Tomás"))
                    .findFirst()
                    .orElseThrow();
            grading.assignSecondMarker(attemptId, tutor2.id());
            return null;
        });
    }

    /** The suggestion, as the cohort's tutor reads it. */
    public SuggestedGrade suggestion(long attemptId) {
        return as("tutor1", () -> grading.suggestion(attemptId));
    }

    /**
     * tutor2 marks blind: the suggested level and mark on every criterion but {@code differing}, which gets the
     * lowest mark of the next lower level (or of the next higher one at the bottom). Completes the sheet when asked.
     */
    public MarkingSheet secondMarked(long attemptId, String differing, boolean complete) {
        SuggestedGrade suggestion = suggestion(attemptId);
        return as("tutor2", () -> {
            MarkingSheet sheet = grading.sheet(attemptId, MarkerRole.SECOND);
            for (CriterionDefinition criterion : sheet.rubric().criteria()) {
                CriterionSuggestion suggested = suggestion.criterion(criterion.id());
                String level = suggested.level();
                int mark = suggested.mark();
                if (criterion.id().equals(differing)) {
                    LevelDefinition other = otherLevel(criterion, level);
                    level = other.label();
                    mark = other.minMarks();
                }
                sheet = grading.mark(sheet.sheetId(), sheet.version(), criterion.id(), level, mark, "");
            }
            return complete ? grading.complete(sheet.sheetId(), sheet.version()) : sheet;
        });
    }

    /** The level below {@code label}, or the one above it when it is the lowest. */
    public static LevelDefinition otherLevel(CriterionDefinition criterion, String label) {
        int index = 0;
        while (!criterion.levels().get(index).label().equals(label)) {
            index++;
        }
        return index + 1 < criterion.levels().size()
                ? criterion.levels().get(index + 1)
                : criterion.levels().get(index - 1);
    }

    /** Runs {@code action} signed in as {@code username}. */
    public <T> T as(String username, Supplier<T> action) {
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
