package org.socialsim.attempt.work;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Hours of the day (0..23, each meaning HH:00–HH:59) as the spans a person reads: {@code [8, 9, 10, 18]} is
 * {@code 08:00–11:00, 18:00–19:00}.
 */
public final class HourRanges {

    private HourRanges() {}

    public static String format(List<Integer> hours) {
        List<String> spans = new ArrayList<>();
        Integer start = null;
        Integer previous = null;
        for (int hour : new TreeSet<>(hours)) {
            if (start == null) {
                start = hour;
            } else if (hour != previous + 1) {
                spans.add(span(start, previous));
                start = hour;
            }
            previous = hour;
        }
        if (start != null) {
            spans.add(span(start, previous));
        }
        return String.join(", ", spans);
    }

    private static String span(int first, int last) {
        return String.format("%02d:00–%02d:00", first, (last + 1) % 24);
    }
}
