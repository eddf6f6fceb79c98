package org.socialsim.attempt.work;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.SegmentDefinition;
import org.socialsim.simulation.plan.Persona;

/**
 * The debrief's comparison of a student's personas with the true audience segments: for each persona, the segment it
 * describes best and where it differs. The closeness weighs the same four things the engine's audience fit does
 * (platforms 30%, content interests 25%, active hours 25%, age 20%), so the debrief explains the reach the student saw.
 */
public final class PersonaDebrief {

    /** A segment spending at least this share of its social time on a platform is clearly there. */
    static final double MAIN_PLATFORM = 0.2;
    /** A platform where a segment spends less than this is not worth a persona naming it. */
    static final double MINOR_PLATFORM = 0.1;

    private PersonaDebrief() {}

    /** A persona beside its closest segment. */
    public record Comparison(
            Persona persona, SegmentDefinition closest, double closeness, List<Difference> differences) {

        public Comparison {
            differences = List.copyOf(differences);
        }
    }

    /** One way a persona misdescribes its closest segment. */
    public sealed interface Difference {}

    /** The persona's age range does not overlap the segment's. */
    public record AgeOutside(int personaMin, int personaMax, int segmentMin, int segmentMax) implements Difference {}

    /** The segment spends {@code share} of its social time on a platform the persona leaves out. */
    public record MissedPlatform(Platform platform, double share) implements Difference {}

    /** The persona names a platform where the segment hardly is. */
    public record ExtraPlatform(Platform platform, double share) implements Difference {}

    /** The persona's favourite content pillar is not the segment's. */
    public record OtherFavouritePillar(Pillar persona, Pillar segment) implements Difference {}

    /** None of the persona's weekday hours is within an hour of the segment's weekday peaks. */
    public record MissedHours(List<Integer> segmentPeaks) implements Difference {

        public MissedHours {
            segmentPeaks = List.copyOf(segmentPeaks);
        }
    }

    /** Each persona with its closest segment, in the persona order; none when there are no segments. */
    public static List<Comparison> compare(List<Persona> personas, List<SegmentDefinition> segments) {
        if (segments.isEmpty()) {
            return List.of();
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (Persona persona : personas) {
            SegmentDefinition closest = segments.stream()
                    .max(Comparator.comparingDouble(segment -> closeness(persona, segment)))
                    .orElseThrow();
            comparisons.add(
                    new Comparison(persona, closest, closeness(persona, closest), differences(persona, closest)));
        }
        return comparisons;
    }

    /** In [0, 1]: 1 when the persona names exactly where, when and for what the segment is there, at its age. */
    public static double closeness(Persona persona, SegmentDefinition segment) {
        return 0.30 * platformShare(persona, segment)
                + 0.25 * interest(persona, segment)
                + 0.25 * hours(persona.weekdayHours(), segment.activeHours().weekday())
                + 0.20 * ageOverlap(persona, segment);
    }

    static List<Difference> differences(Persona persona, SegmentDefinition segment) {
        List<Difference> differences = new ArrayList<>();
        if (ageOverlap(persona, segment) == 0) {
            differences.add(new AgeOutside(
                    persona.minAge(), persona.maxAge(), (int) segment.age().min(), (int)
                            segment.age().max()));
        }
        segment.platforms().entrySet().stream()
                .filter(entry -> entry.getValue() >= MAIN_PLATFORM)
                .filter(entry -> !persona.platforms().contains(entry.getKey()))
                .sorted(Map.Entry.<Platform, Double>comparingByValue().reversed())
                .forEach(entry -> differences.add(new MissedPlatform(entry.getKey(), entry.getValue())));
        persona.platforms().stream()
                .distinct()
                .filter(platform -> segment.platforms().getOrDefault(platform, 0.0) < MINOR_PLATFORM)
                .forEach(platform -> differences.add(
                        new ExtraPlatform(platform, segment.platforms().getOrDefault(platform, 0.0))));
        Pillar favourite = favourite(segment);
        if (!persona.contentPreferences().isEmpty()
                && persona.contentPreferences().getFirst() != favourite) {
            differences.add(
                    new OtherFavouritePillar(persona.contentPreferences().getFirst(), favourite));
        }
        if (hours(persona.weekdayHours(), segment.activeHours().weekday()) == 0) {
            differences.add(new MissedHours(
                    segment.activeHours().weekday().stream().sorted().toList()));
        }
        return differences;
    }

    private static double platformShare(Persona persona, SegmentDefinition segment) {
        double sum = 0;
        for (Platform platform : persona.platforms().stream().distinct().toList()) {
            sum += segment.platforms().getOrDefault(platform, 0.0);
        }
        return Math.min(1, sum);
    }

    /** The segment's appetite for the persona's favourite pillar, against its own favourite's. */
    private static double interest(Persona persona, SegmentDefinition segment) {
        if (persona.contentPreferences().isEmpty()) {
            return 0;
        }
        double best = segment.interests().getOrDefault(favourite(segment), 0.0);
        double got =
                segment.interests().getOrDefault(persona.contentPreferences().getFirst(), 0.0);
        return best > 0 ? got / best : 0;
    }

    private static Pillar favourite(SegmentDefinition segment) {
        return segment.interests().entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(Pillar.EDUCATIONAL);
    }

    /** Share of the segment's peaks that some persona hour is within an hour of. */
    private static double hours(List<Integer> guessed, List<Integer> peaks) {
        if (guessed.isEmpty() || peaks.isEmpty()) {
            return 0;
        }
        long hit = peaks.stream()
                .filter(peak -> guessed.stream().anyMatch(hour -> Math.abs(hour - peak) <= 1))
                .count();
        return (double) hit / peaks.size();
    }

    /** Share of the persona's age range inside the segment's. */
    private static double ageOverlap(Persona persona, SegmentDefinition segment) {
        double low = Math.max(persona.minAge(), segment.age().min());
        double high = Math.min(persona.maxAge(), segment.age().max());
        if (high < low) {
            return 0;
        }
        double span = Math.max(1, persona.maxAge() - persona.minAge());
        return Math.min(1, Math.max(1, high - low) / span);
    }
}
