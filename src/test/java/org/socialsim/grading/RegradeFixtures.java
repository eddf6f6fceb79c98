package org.socialsim.grading;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.base.content.SaveOutcome;
import org.socialsim.rubric.RubricService;
import org.socialsim.rubric.domain.RubricVersion;
import org.socialsim.rubric.domain.RubricVersionRepository;
import org.socialsim.simulation.ReferencePlans;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What a regrade test needs: demo students' submitted attempts at the BrewHaven assignment, and corrected versions of
 * the shipped rubric saved as a tutor would in the rubric editor.
 */
public final class RegradeFixtures {

    public static final String RUBRIC = "smm-coursework";

    /** Every level's threshold raised near 1 and the bands near full marks: almost any suggestion moves. */
    public static final UnaryOperator<String> STRICTER = yaml -> yaml.replace("from: 0.70", "from: 0.99")
            .replace("from: 0.60", "from: 0.98")
            .replace("from: 0.50", "from: 0.97")
            .replace("from: 0.40", "from: 0.96")
            .replace("pass: 40", "pass: 97")
            .replace("merit: 60", "merit: 98")
            .replace("distinction: 70", "distinction: 99");

    /** The first criterion's "Very good" narrowed to 17 only and "Good" widened to 13–16. */
    public static final UnaryOperator<String> NARROWER_VERY_GOOD =
            yaml -> yaml.replaceFirst("marks: \\[15, 17]", "marks: [17, 17]")
                    .replaceFirst("marks: \\[13, 14]", "marks: [13, 16]");

    private final AttemptService attempts;
    private final RubricService rubrics;
    private final RubricVersionRepository versions;
    private final UserDetailsService users;

    public RegradeFixtures(
            AttemptService attempts,
            RubricService rubrics,
            RubricVersionRepository versions,
            UserDetailsService users) {
        this.attempts = attempts;
        this.rubrics = rubrics;
        this.versions = versions;
        this.users = users;
    }

    /** The student's attempt at their first assignment, with the competent plan, every week run, submitted. */
    public AttemptState submitted(String student) {
        return as(student, () -> {
            AttemptState state =
                    attempts.open(attempts.myAssignments().getFirst().assignmentId());
            state = attempts.savePlan(state.attemptId(), state.version(), ReferencePlans.competent(state.scenario()));
            while (state.weeksRun() < state.totalWeeks()) {
                state = attempts.runWeek(state.attemptId(), state.version());
            }
            return attempts.submit(state.attemptId(), state.version());
        });
    }

    /** Saves the newest version of the shipped rubric changed by {@code edit} as its next version. */
    public RubricVersion corrected(UnaryOperator<String> edit) {
        return as("tutor1", () -> {
            RubricVersion latest = versions.findFirstByContentIdOrderByVersionNumberDesc(RUBRIC)
                    .orElseThrow();
            String changed = edit.apply(latest.getYamlText());
            if (changed.equals(latest.getYamlText())) {
                throw new IllegalStateException("the edit changed nothing in " + RUBRIC);
            }
            return switch (rubrics.save(RUBRIC, latest.getVersionNumber(), changed)) {
                case SaveOutcome.Saved saved ->
                    versions.findById(saved.version().id()).orElseThrow();
                case SaveOutcome outcome -> throw new IllegalStateException("not saved: " + outcome);
            };
        });
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
