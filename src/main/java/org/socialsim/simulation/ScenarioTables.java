package org.socialsim.simulation;

import java.util.List;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.PlatformDefinition;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.definition.SegmentDefinition;

/**
 * What the mechanics look up again and again, computed once per scenario: each platform's audience
 * mix (which hidden segments are there), when that audience is online (7 days × 24 hours), its
 * appetite per content pillar, and its funnel behaviour. Arrays are indexed by
 * {@code Platform.ordinal()}, day 0 = Monday, hour 0..23.
 */
final class ScenarioTables {

    static final int PLATFORMS = Platform.values().length;

    final ScenarioDefinition scenario;
    final List<SegmentDefinition> segments;
    /** segmentWeight[platform][segment]: the segment's share of the platform's audience. */
    final double[][] segmentWeight;
    /** activity[platform][day][hour] in [0, 1], 1 at the platform audience's busiest hour. */
    final double[][][] activity;
    /** interest[platform][pillar]: the platform audience's appetite for a pillar; sums to 1. */
    final double[][] interest;

    final double[] clickPropensity;
    final double[] conversionRate;
    final double[] conversionValue;
    final double[] repeatRate;
    /** The platform's share of the brand's followers at the start (spreads messages and mentions). */
    final double[] followerShare;

    final boolean[] present;
    /** bestOfDay[platform][day]: the highest activity of that day, the well-timed counterpart. */
    final double[][] bestOfDay;

    ScenarioTables(ScenarioDefinition scenario) {
        this.scenario = scenario;
        this.segments = scenario.segments();
        int n = segments.size();
        segmentWeight = new double[PLATFORMS][n];
        activity = new double[PLATFORMS][7][24];
        interest = new double[PLATFORMS][Pillar.values().length];
        clickPropensity = new double[PLATFORMS];
        conversionRate = new double[PLATFORMS];
        conversionValue = new double[PLATFORMS];
        repeatRate = new double[PLATFORMS];
        followerShare = new double[PLATFORMS];
        present = new boolean[PLATFORMS];
        bestOfDay = new double[PLATFORMS][7];
        double[][][] segmentActivity = new double[n][7][24];
        for (int s = 0; s < n; s++) {
            SegmentActivity.fill(segments.get(s).activeHours(), segmentActivity[s]);
        }
        double totalFollowers = 0;
        for (PlatformDefinition definition : scenario.platforms().values()) {
            totalFollowers += definition.followers();
        }
        for (var entry : scenario.platforms().entrySet()) {
            int p = entry.getKey().ordinal();
            present[p] = true;
            followerShare[p] = totalFollowers > 0
                    ? entry.getValue().followers() / totalFollowers
                    : 1.0 / scenario.platforms().size();
            double sum = 0;
            for (int s = 0; s < n; s++) {
                SegmentDefinition segment = segments.get(s);
                segmentWeight[p][s] = segment.share() * segment.platforms().getOrDefault(entry.getKey(), 0.0);
                sum += segmentWeight[p][s];
            }
            for (int s = 0; s < n; s++) {
                // A platform no segment names still has an audience: the brand's overall mix.
                segmentWeight[p][s] =
                        sum > 0 ? segmentWeight[p][s] / sum : segments.get(s).share();
            }
            double max = 0;
            for (int d = 0; d < 7; d++) {
                for (int h = 0; h < 24; h++) {
                    double a = 0;
                    for (int s = 0; s < n; s++) {
                        a += segmentWeight[p][s] * segmentActivity[s][d][h];
                    }
                    activity[p][d][h] = a;
                    max = Math.max(max, a);
                }
            }
            for (int d = 0; d < 7; d++) {
                for (int h = 0; h < 24; h++) {
                    activity[p][d][h] = max > 0 ? activity[p][d][h] / max : 1;
                    bestOfDay[p][d] = Math.max(bestOfDay[p][d], activity[p][d][h]);
                }
            }
            for (int s = 0; s < n; s++) {
                SegmentDefinition segment = segments.get(s);
                double w = segmentWeight[p][s];
                for (Pillar pillar : Pillar.values()) {
                    interest[p][pillar.ordinal()] += w * segment.interests().getOrDefault(pillar, 0.0);
                }
                clickPropensity[p] += w * segment.funnel().clickPropensity();
                conversionRate[p] += w * segment.funnel().conversionRate();
                conversionValue[p] += w * segment.funnel().conversionValue();
                repeatRate[p] += w * segment.funnel().repeatRate();
            }
        }
    }

    PlatformDefinition platform(Platform platform) {
        return scenario.platform(platform);
    }

    /** The format's reach weight on the platform; a format the platform does not list gets 0.3. */
    double formatWeight(Platform platform, Format format) {
        Double weight = platform(platform).formats().get(format);
        return weight != null ? weight : UNSUPPORTED_FORMAT_WEIGHT;
    }

    /** The best format weight the platform offers, the competent counterpart for explanations. */
    double bestFormatWeight(Platform platform) {
        double best = 0;
        for (double w : platform(platform).formats().values()) {
            best = Math.max(best, w);
        }
        return best > 0 ? best : 1;
    }

    /** A format a platform does not support barely travels: the algorithm has nowhere to show it. */
    static final double UNSUPPORTED_FORMAT_WEIGHT = 0.3;
}
