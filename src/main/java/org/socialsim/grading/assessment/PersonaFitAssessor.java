package org.socialsim.grading.assessment;

import static org.socialsim.grading.assessment.StrategyText.and;
import static org.socialsim.grading.assessment.StrategyText.count;
import static org.socialsim.grading.assessment.StrategyText.persona;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.socialsim.attempt.work.PersonaDebrief;
import org.socialsim.attempt.work.PersonaDebrief.AgeOutside;
import org.socialsim.attempt.work.PersonaDebrief.Comparison;
import org.socialsim.attempt.work.PersonaDebrief.Difference;
import org.socialsim.attempt.work.PersonaDebrief.ExtraPlatform;
import org.socialsim.attempt.work.PersonaDebrief.MissedHours;
import org.socialsim.attempt.work.PersonaDebrief.MissedPlatform;
import org.socialsim.attempt.work.PersonaDebrief.OtherFavouritePillar;
import org.socialsim.scenario.definition.SegmentDefinition;
import org.socialsim.simulation.plan.Persona;

/**
 * {@code persona_fit}: how closely the personas describe the hidden segments ({@link PersonaDebrief}'s closeness,
 * which weighs platforms, interests, active hours and age as the engine's audience fit does) and how completely they
 * are filled in. Each persona earns 75% fit — closeness rescaled so that 0.25 (what a guess shares with some segment)
 * is 0 and 0.9 is 1 — and 25% completeness; a persona describing the same segment as a better one earns half. The best
 * {@code min_personas} credits are averaged over {@code min_personas} (80% of the score), and the share of the
 * audience whose segment some persona describes well adds the last 20%. Evidence never names a segment: it says
 * where "the people it resembles" are.
 */
final class PersonaFitAssessor implements Assessor {

    static final int DEFAULT_MIN_PERSONAS = 2;

    /** Closeness a persona reaches by chance against its nearest segment; it earns no fit. */
    static final double CHANCE_CLOSENESS = 0.25;

    /** Closeness from which a persona counts as a full match. */
    static final double FULL_CLOSENESS = 0.9;

    /** A persona this close or closer describes its segment well enough to cover it. */
    static final double COVERS = 0.6;

    static final double FIT_WEIGHT = 0.75;
    static final double PERSONAS_WEIGHT = 0.8;

    /** Credit kept by a persona that describes the same people as a better one. */
    static final double DUPLICATE_CREDIT = 0.5;

    private static final int MAX_PERSONA_LINES = 2;

    /** The persona fields {@link #missing} checks. */
    static final int FIELDS = 9;

    @Override
    public Assessment assess(Submission submission, AssessorParameters parameters) {
        int min = Math.max(1, parameters.integer("min_personas", DEFAULT_MIN_PERSONAS));
        List<Persona> personas = submission.plan().personas();
        List<SegmentDefinition> segments = submission.scenario().segments();
        if (personas.isEmpty()) {
            return new Assessment(
                    0,
                    List.of(EvidenceLine.gap(
                            "You wrote no personas: describe at least " + count(min, "person", "people")
                                    + " of the brand's audience (age, platforms, when they are online, what they"
                                    + " want to see) from the brief's evidence.")));
        }
        List<Comparison> comparisons = PersonaDebrief.compare(personas, segments);
        List<Rated> rated = new ArrayList<>();
        for (Comparison comparison : comparisons) {
            rated.add(new Rated(comparison, fit(comparison.closeness()), missing(comparison.persona())));
        }
        // Best first; a persona whose segment a better one already describes keeps half its credit.
        List<Rated> ranked = rated.stream()
                .sorted(Comparator.comparingDouble(Rated::credit).reversed())
                .toList();
        Set<String> described = new HashSet<>();
        List<Double> credits = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (Rated r : ranked) {
            boolean first = described.add(r.comparison().closest().id());
            credits.add(first ? r.credit() : DUPLICATE_CREDIT * r.credit());
            if (!first && r.comparison().closeness() >= COVERS) {
                duplicates.add(persona(r.comparison().persona()));
            }
        }
        double slots = credits.stream()
                        .sorted(Comparator.reverseOrder())
                        .limit(min)
                        .mapToDouble(Double::doubleValue)
                        .sum()
                / min;
        Map<String, Double> covered = new LinkedHashMap<>();
        for (Comparison comparison : comparisons) {
            if (comparison.closeness() >= COVERS) {
                covered.put(comparison.closest().id(), comparison.closest().share());
            }
        }
        double coverage =
                covered.values().stream().mapToDouble(Double::doubleValue).sum();
        double score = PERSONAS_WEIGHT * slots + (1 - PERSONAS_WEIGHT) * Math.min(1, coverage);
        return new Assessment(StrategyText.unit(score), evidence(rated, duplicates, coverage, min));
    }

    private static List<EvidenceLine> evidence(List<Rated> rated, List<String> duplicates, double coverage, int min) {
        List<EvidenceLine> lines = new ArrayList<>();
        List<String> close = rated.stream()
                .filter(r -> r.comparison().closeness() >= FULL_CLOSENESS)
                .map(r -> persona(r.comparison().persona()))
                .toList();
        if (!close.isEmpty()) {
            lines.add(EvidenceLine.strength((close.size() == 1 ? "Your persona " : "Your personas ") + and(close)
                    + (close.size() == 1 ? " matches" : " match") + " the audience the simulation found closely:"
                    + " platforms, interests, active hours and age."));
        }
        rated.stream()
                .filter(r -> !r.comparison().differences().isEmpty())
                .sorted(Comparator.comparingDouble(r -> r.comparison().closeness()))
                .limit(MAX_PERSONA_LINES)
                .forEach(r -> lines.add(EvidenceLine.gap(persona(r.comparison().persona()) + " "
                        + and(describe(r.comparison().differences()).stream()
                                .limit(2)
                                .toList())
                        + ".")));
        if (!duplicates.isEmpty()) {
            lines.add(EvidenceLine.gap(and(duplicates) + (duplicates.size() == 1 ? " describes" : " describe")
                    + " much the same people as another of your personas: aim it at another part of the audience."));
        }
        List<String> incomplete = rated.stream()
                .filter(r -> !r.missing().isEmpty())
                .map(r -> persona(r.comparison().persona()) + " has no " + StrategyText.or(r.missing()))
                .toList();
        if (!incomplete.isEmpty()) {
            lines.add(EvidenceLine.gap(incomplete.getFirst()
                    + (incomplete.size() > 1
                            ? " (and " + count(incomplete.size() - 1, "more persona", "more personas") + " have gaps)"
                            : "")
                    + ": fill them in from the brief's evidence."));
        }
        if (rated.size() < min) {
            lines.add(EvidenceLine.gap("You wrote " + count(rated.size(), "persona", "personas") + "; " + min
                    + " are needed for full credit."));
        }
        if (coverage == 0) {
            lines.add(EvidenceLine.note("None of the brand's audience resembles your personas closely: look again"
                    + " at who the brief says buys, and when."));
        } else if (coverage < COVERS) {
            lines.add(EvidenceLine.note(String.format(
                    Locale.UK,
                    "About %.0f%% of the brand's audience resembles none of your personas closely: look again at"
                            + " who the brief says buys, and when.",
                    100 * (1 - Math.min(1, coverage)))));
        }
        return lines;
    }

    /** The differences in words, platforms left out taken together. */
    static List<String> describe(List<Difference> differences) {
        List<MissedPlatform> missed = differences.stream()
                .filter(MissedPlatform.class::isInstance)
                .map(MissedPlatform.class::cast)
                .toList();
        List<String> words = new ArrayList<>();
        for (Difference difference : differences) {
            if (difference instanceof MissedPlatform && missed.size() > 1) {
                if (difference == missed.getFirst()) {
                    words.add(String.format(
                            Locale.UK,
                            "leaves out %s, where the people it resembles spend %.0f%% of their social time",
                            and(missed.stream()
                                    .map(m -> StrategyText.platform(m.platform()))
                                    .toList()),
                            100
                                    * missed.stream()
                                            .mapToDouble(MissedPlatform::share)
                                            .sum()));
                }
            } else {
                words.add(describe(difference));
            }
        }
        return words;
    }

    /** One difference in words that quote the simulated audience but never name its segment. */
    static String describe(Difference difference) {
        return switch (difference) {
            case AgeOutside age ->
                "is aged " + age.personaMin() + "–" + age.personaMax() + ", but the people it resembles most are "
                        + age.segmentMin() + "–" + age.segmentMax();
            case MissedPlatform missed ->
                String.format(
                        Locale.UK,
                        "leaves out %s, where the people it resembles spend %.0f%% of their social time",
                        StrategyText.platform(missed.platform()),
                        100 * missed.share());
            case ExtraPlatform extra ->
                "names " + StrategyText.platform(extra.platform()) + ", where the people it resembles hardly are";
            case OtherFavouritePillar pillar ->
                "favours " + StrategyText.pillar(pillar.persona())
                        + " posts, but the people it resembles respond best to " + StrategyText.pillar(pillar.segment())
                        + " ones";
            case MissedHours hours ->
                "is online at none of the weekday hours the people it resembles are most" + " active ("
                        + hourList(hours.segmentPeaks()) + ")";
        };
    }

    private static String hourList(List<Integer> hours) {
        return and(hours.stream()
                .map(hour -> String.format(Locale.ROOT, "%02d:00", hour))
                .toList());
    }

    static double fit(double closeness) {
        return StrategyText.unit((closeness - CHANCE_CLOSENESS) / (FULL_CLOSENESS - CHANCE_CLOSENESS));
    }

    /** The fields a persona leaves empty, in the order of the persona form. */
    static List<String> missing(Persona persona) {
        List<String> missing = new ArrayList<>();
        if (persona.name().isBlank()) {
            missing.add("name");
        }
        if (persona.minAge() < 13 || persona.maxAge() < persona.minAge() || persona.maxAge() - persona.minAge() > 40) {
            missing.add("useful age range");
        }
        if (persona.occupation().isBlank()) {
            missing.add("occupation");
        }
        if (persona.goals().isBlank()) {
            missing.add("goals");
        }
        if (persona.painPoints().isBlank()) {
            missing.add("pain points");
        }
        if (persona.platforms().isEmpty()) {
            missing.add("platforms");
        }
        if (persona.weekdayHours().isEmpty()) {
            missing.add("weekday hours");
        }
        if (persona.weekendHours().isEmpty()) {
            missing.add("weekend hours");
        }
        if (persona.contentPreferences().isEmpty()) {
            missing.add("content preferences");
        }
        return missing;
    }

    private record Rated(Comparison comparison, double fit, List<String> missing) {

        double credit() {
            return FIT_WEIGHT * fit + (1 - FIT_WEIGHT) * (FIELDS - missing.size()) / FIELDS;
        }
    }
}
