package org.socialsim.simulation;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.jspecify.annotations.Nullable;
import org.socialsim.scenario.definition.CrisisBeat;
import org.socialsim.scenario.definition.CrisisDefinition;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ResponsibilityCluster;
import org.socialsim.simulation.plan.CrisisResponse;
import org.socialsim.simulation.plan.CrisisStrategy;

/**
 * The crisis, hour by hour for up to two weeks after the trigger, by Situational Crisis
 * Communication Theory (Coombs; benchmarks.md). Unanswered, mentions and their negative share follow
 * the scenario's development beats (linear between beats, then halving every 36 hours). A response
 * at hour t bends the path from then on with an effectiveness
 *
 * <pre>
 * E = fit(cluster, strategy) × speed(t) × (0.4 + 0.6 × channel coverage) + bolster + follow-ups − promotion
 * </pre>
 *
 * where fit is SCCT's match of strategy to attributed responsibility (a prior incident moves the
 * cluster up one step; denial backfires when responsibility is high), speed is 1 within the hour
 * (53% of consumers expect that) and falls as 1/(1 + (t − 1)/6), coverage is the share of followers
 * on the platforms the statement went out on, and promotion left running during the crisis costs
 * 0.25 and looks tone-deaf. From the response on, mentions fall by up to 60% × E and the negative
 * share by up to 75% × E, phased in over about 8 hours; a negative E raises both (the story grows).
 */
final class Crisis {

    static final int HORIZON_HOURS = 336;
    static final double HALF_LIFE_AFTER_BEATS = 36;
    static final double PROMOTION_PENALTY = 0.25;
    static final int PAUSE_HOURS = 72;
    /** People who see an average negative mention (its author's audience and those who reshare). */
    static final double REACH_PER_MENTION = 150;

    static final double RESPONSE_RAMP_HOURS = 8;

    final CrisisDefinition definition;
    /** Hours since the start of week 1 at which the crisis breaks. */
    final int trigger;

    final int horizon;
    final @Nullable CrisisResponse response;
    final double responseHour;
    final boolean promotionRunning;
    final ResponsibilityCluster cluster;
    final double fit;
    final double speed;
    final double coverage;
    final double effectiveness;
    final double[] unansweredMentions;
    final double[] unansweredNegative;
    final double[] expectedMentions;
    final double[] negativeShare;
    final long[] mentions;

    Crisis(ScenarioTables tables, @Nullable CrisisResponse response, boolean promotionRunning, RandomStreams streams) {
        this.definition = tables.scenario.crisis();
        this.trigger = (definition.week() - 1) * 168 + (definition.day().getValue() - 1) * 24 + definition.hour();
        this.horizon = Math.max(0, Math.min(HORIZON_HOURS, tables.scenario.weeks() * 168 - trigger));
        this.response = response;
        this.promotionRunning = promotionRunning;
        this.cluster = attributed(definition.responsibility(), definition.priorIncidents());
        this.responseHour = response == null ? Double.POSITIVE_INFINITY : Math.max(0, response.firstResponseHours());
        this.fit = response == null ? 0 : strategyFit(cluster, response.strategy());
        this.speed = speed(responseHour);
        this.coverage = response == null ? 0 : coverage(tables, response.channels());
        this.effectiveness = effectiveness(response, fit, speed, coverage, promotionRunning);
        unansweredMentions = new double[horizon];
        unansweredNegative = new double[horizon];
        expectedMentions = new double[horizon];
        negativeShare = new double[horizon];
        mentions = new long[horizon];
        UniformRandomProvider rng = streams.stream(RandomStreams.Concern.CRISIS, 0, 0, 0);
        var gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
        double storySize = Math.exp(-0.02 + 0.2 * gaussian.sample());
        for (int h = 0; h < horizon; h++) {
            unansweredMentions[h] = unanswered(definition.development(), h, true);
            unansweredNegative[h] = unanswered(definition.development(), h, false);
            expectedMentions[h] =
                    pathMentions(h, unansweredMentions[h], effectiveness, responseHour, promotionRunning) * storySize;
            negativeShare[h] = pathNegative(h, unansweredNegative[h], effectiveness, responseHour, promotionRunning);
            double m = expectedMentions[h];
            mentions[h] = Math.max(0, Math.round(m + Math.sqrt(m) * gaussian.sample()));
        }
    }

    /** SCCT: a history of similar crises raises attributed responsibility one cluster. */
    static ResponsibilityCluster attributed(ResponsibilityCluster cluster, boolean priorIncidents) {
        if (!priorIncidents) {
            return cluster;
        }
        return cluster == ResponsibilityCluster.VICTIM
                ? ResponsibilityCluster.ACCIDENTAL
                : ResponsibilityCluster.PREVENTABLE;
    }

    /**
     * SCCT's matching of strategy to responsibility: victim crises need little (deny a false rumour,
     * inform); accidental ones diminish or rebuild; preventable ones rebuild (apology, compensation) —
     * diminishing falls short and denial backfires.
     */
    static double strategyFit(ResponsibilityCluster cluster, CrisisStrategy strategy) {
        return switch (cluster) {
            case VICTIM ->
                switch (strategy) {
                    case DENY -> 0.6;
                    case DIMINISH -> 0.8;
                    case REBUILD -> 0.85;
                };
            case ACCIDENTAL ->
                switch (strategy) {
                    case DENY -> -0.2;
                    case DIMINISH -> 0.75;
                    case REBUILD -> 0.9;
                };
            case PREVENTABLE ->
                switch (strategy) {
                    case DENY -> -0.6;
                    case DIMINISH -> 0.3;
                    case REBUILD -> 1.0;
                };
        };
    }

    /** The best strategy's fit for a cluster, the competent counterpart. */
    static double bestFit(ResponsibilityCluster cluster) {
        double best = -1;
        for (CrisisStrategy strategy : CrisisStrategy.values()) {
            best = Math.max(best, strategyFit(cluster, strategy));
        }
        return best;
    }

    static double speed(double hours) {
        return Double.isInfinite(hours) ? 0 : 1 / (1 + Math.max(0, hours - 1) / 6);
    }

    static double coverage(ScenarioTables tables, List<Platform> channels) {
        double sum = 0;
        for (Platform platform : channels.stream().distinct().toList()) {
            if (tables.present[platform.ordinal()]) {
                sum += tables.followerShare[platform.ordinal()];
            }
        }
        return Math.min(1, sum);
    }

    static double effectiveness(
            @Nullable CrisisResponse response, double fit, double speed, double coverage, boolean promotionRunning) {
        double e = 0;
        if (response != null) {
            double reach = 0.4 + 0.6 * coverage;
            if (fit >= 0) {
                e = fit * speed * reach;
                if (response.bolster()) {
                    e += 0.05 * speed;
                }
                long followUps = response.followUps().stream()
                        .filter(f -> f.hour() >= response.firstResponseHours()
                                && f.hour() <= response.firstResponseHours() + 96)
                        .count();
                e += 0.05 * Math.min(2, followUps) * speed;
            } else {
                // A denial is worse the louder it is, whenever it comes.
                e = fit * reach;
            }
        }
        if (promotionRunning) {
            e -= PROMOTION_PENALTY;
        }
        return Math.max(-1, Math.min(1, e));
    }

    /** How far the response has taken hold by the end of hour h: 0 before it, rising to 1 over ~8 hours. */
    static double ramp(int h, double responseHour) {
        return h + 1 > responseHour ? -Math.expm1(-(h + 1 - responseHour) / RESPONSE_RAMP_HOURS) : 0;
    }

    /** Expected mentions at hour h, given the unanswered path and the response. */
    static double pathMentions(int h, double unanswered, double e, double responseHour, boolean promotion) {
        double ramp = ramp(h, responseHour);
        double m = unanswered * (1 - 0.6 * Math.max(0, e) * ramp) * (1 + 0.5 * Math.max(0, -e) * ramp);
        // Ads and sales posts beside a crisis are screenshotted and mocked.
        return promotion && h < PAUSE_HOURS ? m * 1.1 : m;
    }

    /** Expected negative share at hour h. */
    static double pathNegative(int h, double unanswered, double e, double responseHour, boolean promotion) {
        double ramp = ramp(h, responseHour);
        double n = unanswered * (1 - 0.75 * Math.max(0, e) * ramp) + 0.3 * Math.max(0, -e) * ramp;
        if (promotion && h < PAUSE_HOURS) {
            n += 0.08;
        }
        return Math.max(0, Math.min(0.98, n));
    }

    static double unanswered(List<CrisisBeat> beats, int h, boolean mentions) {
        CrisisBeat previous = beats.get(0);
        for (CrisisBeat beat : beats) {
            if (beat.hour() >= h) {
                if (beat.hour() == previous.hour()) {
                    return value(beat, mentions);
                }
                double t = (double) (h - previous.hour()) / (beat.hour() - previous.hour());
                return value(previous, mentions) + t * (value(beat, mentions) - value(previous, mentions));
            }
            previous = beat;
        }
        if (!mentions) {
            return previous.negativeShare();
        }
        return previous.mentionsPerHour() * Math.pow(0.5, (h - previous.hour()) / HALF_LIFE_AFTER_BEATS);
    }

    private static double value(CrisisBeat beat, boolean mentions) {
        return mentions ? beat.mentionsPerHour() : beat.negativeShare();
    }

    /** Expected negative mentions over the horizon for a given effectiveness and promotion. */
    double expectedNegative(double e, double atHour, boolean promotion) {
        double sum = 0;
        for (int h = 0; h < horizon; h++) {
            sum += pathMentions(h, unansweredMentions[h], e, atHour, promotion)
                    * pathNegative(h, unansweredNegative[h], e, atHour, promotion);
        }
        return sum;
    }

    /** Whether absolute hour {@code hour} (since week 1 began) lies in the crisis. */
    boolean covers(int hour) {
        return hour >= trigger && hour < trigger + horizon;
    }

    /** The negative share at an absolute hour, or 0 outside the crisis. */
    double negativeShareAt(int hour) {
        return covers(hour) ? negativeShare[hour - trigger] : 0;
    }

    /** Sums of mentions (all, negative) in a week. */
    double[] weekTotals(int week) {
        int from = Math.max(trigger, (week - 1) * 168);
        int to = Math.min(trigger + horizon, week * 168);
        double all = 0;
        double negative = 0;
        for (int t = from; t < to; t++) {
            long m = mentions[t - trigger];
            all += m;
            negative += m * negativeShare[t - trigger];
        }
        return new double[] {all, negative};
    }

    @Nullable
    CrisisTimeline timeline(int week) {
        int from = Math.max(trigger, (week - 1) * 168);
        int to = Math.min(trigger + horizon, week * 168);
        if (from >= to) {
            return null;
        }
        List<CrisisHour> hours = new ArrayList<>(to - from);
        long all = 0;
        double negative = 0;
        for (int t = from; t < to; t++) {
            int h = t - trigger;
            int inWeek = t % 168;
            hours.add(new CrisisHour(
                    h,
                    DayOfWeek.of(inWeek / 24 + 1),
                    inWeek % 24,
                    mentions[h],
                    negativeShare[h],
                    unansweredMentions[h],
                    unansweredNegative[h],
                    h + 1 > responseHour));
            all += mentions[h];
            negative += mentions[h] * negativeShare[h];
        }
        long negativeMentions = Math.round(negative);
        return new CrisisTimeline(week, hours, all, negativeMentions, Math.round(negativeMentions * REACH_PER_MENTION));
    }
}
