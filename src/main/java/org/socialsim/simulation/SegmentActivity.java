package org.socialsim.simulation;

import org.socialsim.scenario.definition.ActiveHours;

/**
 * When one segment is online, hour by hour through the week, from its peak hours: activity falls
 * off around each peak as a Gaussian bump (σ = 1.5 h), never below a small floor, and deep in the
 * night (01:00–05:00) to a fifth unless the segment peaks then. Sunday is the weakest day
 * (Sprout Social 2023, benchmarks.md), at 85%.
 */
final class SegmentActivity {

    static final double SPREAD_HOURS = 1.5;
    static final double FLOOR = 0.08;
    static final double NIGHT_FACTOR = 0.2;
    static final double SUNDAY_FACTOR = 0.85;

    private SegmentActivity() {}

    static void fill(ActiveHours hours, double[][] byDayHour) {
        for (int d = 0; d < 7; d++) {
            boolean weekend = d >= 5;
            var peaks = weekend ? hours.weekend() : hours.weekday();
            for (int h = 0; h < 24; h++) {
                byDayHour[d][h] = (d == 6 ? SUNDAY_FACTOR : 1) * at(peaks, h);
            }
        }
    }

    static double at(java.util.List<Integer> peaks, int hour) {
        double bump = 0;
        int nearest = 24;
        for (int peak : peaks) {
            int distance = circularDistance(peak, hour);
            nearest = Math.min(nearest, distance);
            bump = Math.max(bump, Math.exp(-distance * distance / (2 * SPREAD_HOURS * SPREAD_HOURS)));
        }
        double activity = FLOOR + (1 - FLOOR) * bump;
        if (isNight(hour) && nearest > 1) {
            activity *= NIGHT_FACTOR;
        }
        return activity;
    }

    static boolean isNight(int hour) {
        return hour >= 1 && hour <= 5;
    }

    static int circularDistance(int a, int b) {
        int d = Math.abs(a - b) % 24;
        return Math.min(d, 24 - d);
    }
}
