package org.socialsim.attempt.work;

import static org.socialsim.attempt.work.Reason.because;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.socialsim.simulation.plan.AdCampaign;
import org.socialsim.simulation.plan.Persona;
import org.socialsim.simulation.plan.Plan;

/**
 * The rules of the persona builder: how many personas, which ages, what a persona still lacks, and whether one may be
 * removed. An age range that cannot be a range is never saved (a week would refuse to run); everything else is advice.
 */
public final class PersonaChecks {

    /** The brief asks for at least two personas (one is a single guess at the audience) … */
    public static final int MIN_PERSONAS = SubmissionChecklist.MIN_PERSONAS;

    /** … and at most five: more are hard to write content for, week by week. */
    public static final int MAX_PERSONAS = 5;

    /** The major platforms' minimum age (Instagram, TikTok, Facebook, X, LinkedIn's 16 aside). */
    public static final int MIN_AGE = 13;

    public static final int MAX_AGE = 100;

    private PersonaChecks() {}

    /** Why an age range cannot be saved, or empty when it can. */
    public static Optional<Reason> ageProblem(@Nullable Integer minAge, @Nullable Integer maxAge) {
        if (minAge == null || maxAge == null) {
            return Optional.of(because("personas.age.missing"));
        }
        if (minAge < MIN_AGE || maxAge > MAX_AGE) {
            return Optional.of(because("personas.age.out-of-range", MIN_AGE, MAX_AGE));
        }
        if (minAge > maxAge) {
            return Optional.of(because("personas.age.reversed", minAge, maxAge));
        }
        return Optional.empty();
    }

    /** What a saved persona still lacks for the simulation to match it with the audience, in the order of the form. */
    public static List<Reason> advice(Persona persona) {
        List<Reason> advice = new ArrayList<>();
        if (persona.name().isBlank()) {
            advice.add(because("personas.advice.no-name"));
        }
        if (persona.platforms().isEmpty()) {
            advice.add(because("personas.advice.no-platforms"));
        }
        if (persona.weekdayHours().isEmpty() && persona.weekendHours().isEmpty()) {
            advice.add(because("personas.advice.no-hours"));
        }
        if (persona.contentPreferences().isEmpty()) {
            advice.add(because("personas.advice.no-preferences"));
        }
        if (persona.goals().isBlank() || persona.painPoints().isBlank()) {
            advice.add(because("personas.advice.no-goals"));
        }
        return advice;
    }

    /** Advice about the number of personas, or empty when it is within 2..5. */
    public static Optional<Reason> countAdvice(int personas) {
        if (personas < MIN_PERSONAS) {
            return Optional.of(because("personas.count.too-few", personas, MIN_PERSONAS));
        }
        return Optional.empty();
    }

    /**
     * Why the persona {@code id} may not be removed: posts or campaigns still target it. The builder refuses rather
     * than clearing those references, because silently re-targeting planned content would change results the student
     * did not decide on.
     */
    public static Optional<Reason> removalProblem(Plan plan, String id) {
        long posts =
                plan.posts().stream().filter(post -> id.equals(post.persona())).count();
        long campaigns = plan.campaigns().stream()
                .map(AdCampaign::personas)
                .filter(personas -> personas.contains(id))
                .count();
        if (posts == 0 && campaigns == 0) {
            return Optional.empty();
        }
        return Optional.of(because("personas.remove.referenced", posts, campaigns));
    }
}
