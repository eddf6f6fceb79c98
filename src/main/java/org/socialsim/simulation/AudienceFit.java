package org.socialsim.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.SegmentDefinition;
import org.socialsim.simulation.plan.Persona;

/**
 * How well the student's personas describe the hidden segments. A persona is compared with each
 * segment on four things a real audience analysis would find: where they are (platforms, 30%),
 * what they want (content pillars, 25%), when they are online (hours, 25%) and how old they are
 * (20%). Each part is in [0, 1].
 */
final class AudienceFit {

    static final double PLATFORM_WEIGHT = 0.30;
    static final double INTEREST_WEIGHT = 0.25;
    static final double HOURS_WEIGHT = 0.25;
    static final double AGE_WEIGHT = 0.20;
    /** A segment this large on a platform counts fully when a persona matches it there. */
    static final double SIZEABLE_SEGMENT = 0.25;
    /** What a post or campaign without a known persona gets, relative to the plan's coverage. */
    static final double UNTARGETED_FACTOR = 0.6;

    private static final double[] RANK_WEIGHTS = {1, 0.6, 0.35, 0.2};

    private final ScenarioTables tables;
    private final Map<String, double[]> personaSimilarity = new HashMap<>();
    private final double coverage;

    AudienceFit(ScenarioTables tables, List<Persona> personas) {
        this.tables = tables;
        int n = tables.segments.size();
        double[] best = new double[n];
        for (Persona persona : personas) {
            double[] similarity = new double[n];
            for (int s = 0; s < n; s++) {
                similarity[s] = similarity(persona, tables.segments.get(s));
                best[s] = Math.max(best[s], similarity[s]);
            }
            personaSimilarity.putIfAbsent(persona.id(), similarity);
        }
        double sum = 0;
        for (int s = 0; s < n; s++) {
            sum += tables.segments.get(s).share() * best[s];
        }
        coverage = sum;
    }

    /** Share-weighted best match of each segment by some persona: how well the personas cover the audience. */
    double coverage() {
        return coverage;
    }

    /**
     * Fit of content aimed at a persona on a platform: its best match with a segment that is
     * actually there. Without a known persona: {@link #UNTARGETED_FACTOR} × coverage.
     */
    double fit(@Nullable String personaId, Platform platform) {
        double[] similarity = personaId == null ? null : personaSimilarity.get(personaId);
        if (similarity == null) {
            return UNTARGETED_FACTOR * coverage;
        }
        double[] weights = tables.segmentWeight[platform.ordinal()];
        double best = 0;
        for (int s = 0; s < similarity.length; s++) {
            best = Math.max(best, similarity[s] * Math.min(1, weights[s] / SIZEABLE_SEGMENT));
        }
        return best;
    }

    /** Fit of a campaign targeting several personas (their mean); broad targeting gets the untargeted fit. */
    double fit(List<String> personaIds, Platform platform) {
        if (personaIds.isEmpty()) {
            return UNTARGETED_FACTOR * coverage;
        }
        double sum = 0;
        for (String id : personaIds) {
            sum += fit(id, platform);
        }
        return sum / personaIds.size();
    }

    /** The share of the platform's audience a campaign can reach: segments its personas match well. */
    double targetedShare(List<String> personaIds, Platform platform) {
        if (personaIds.isEmpty()) {
            return 1;
        }
        double[] weights = tables.segmentWeight[platform.ordinal()];
        double share = 0;
        for (int s = 0; s < weights.length; s++) {
            double best = 0;
            for (String id : personaIds) {
                double[] similarity = personaSimilarity.get(id);
                if (similarity != null) {
                    best = Math.max(best, similarity[s]);
                }
            }
            share += weights[s] * best;
        }
        return Math.max(0.1, share);
    }

    static double similarity(Persona persona, SegmentDefinition segment) {
        return PLATFORM_WEIGHT * platforms(persona, segment)
                + INTEREST_WEIGHT * interests(persona, segment)
                + HOURS_WEIGHT * hours(persona, segment)
                + AGE_WEIGHT * age(persona, segment);
    }

    /** Share of the segment's social time spent on the persona's platforms. */
    static double platforms(Persona persona, SegmentDefinition segment) {
        double sum = 0;
        for (Platform platform : persona.platforms().stream().distinct().toList()) {
            sum += segment.platforms().getOrDefault(platform, 0.0);
        }
        return Math.min(1, sum);
    }

    /** The segment's appetite for the persona's ranked pillars, against the best ranking possible. */
    static double interests(Persona persona, SegmentDefinition segment) {
        List<Pillar> preferences =
                persona.contentPreferences().stream().distinct().toList();
        if (preferences.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(segment.interests().values());
        sorted.sort((a, b) -> Double.compare(b, a));
        double got = 0;
        double best = 0;
        for (int i = 0; i < RANK_WEIGHTS.length; i++) {
            if (i < preferences.size()) {
                got += RANK_WEIGHTS[i] * segment.interests().getOrDefault(preferences.get(i), 0.0);
            }
            if (i < sorted.size() && i < preferences.size()) {
                best += RANK_WEIGHTS[i] * sorted.get(i);
            }
        }
        return best > 0 ? Math.min(1, got / best) : 0;
    }

    /** F1 of the persona's hours against the segment's peaks (within an hour counts), weekdays and weekends. */
    static double hours(Persona persona, SegmentDefinition segment) {
        double weekday = hourMatch(persona.weekdayHours(), segment.activeHours().weekday());
        double weekend = hourMatch(persona.weekendHours(), segment.activeHours().weekend());
        return (5 * weekday + 2 * weekend) / 7;
    }

    static double hourMatch(List<Integer> guessed, List<Integer> peaks) {
        if (guessed.isEmpty() || peaks.isEmpty()) {
            return 0;
        }
        double recall = share(peaks, guessed);
        double precision = share(guessed, peaks);
        return recall + precision > 0 ? 2 * recall * precision / (recall + precision) : 0;
    }

    private static double share(List<Integer> hours, List<Integer> near) {
        int hits = 0;
        for (int hour : hours) {
            for (int other : near) {
                if (SegmentActivity.circularDistance(hour, other) <= 1) {
                    hits++;
                    break;
                }
            }
        }
        return (double) hits / hours.size();
    }

    /** Overlap of the age ranges over their union (Jaccard index of the intervals). */
    static double age(Persona persona, SegmentDefinition segment) {
        double low = Math.max(persona.minAge(), segment.age().min());
        double high = Math.min(persona.maxAge(), segment.age().max());
        double union = Math.max(persona.maxAge(), segment.age().max())
                - Math.min(persona.minAge(), segment.age().min());
        // Ages are whole years, so a range [a, b] covers b − a + 1 of them.
        return high < low ? 0 : (high - low + 1) / (union + 1);
    }
}
