package org.socialsim.grading.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.Post;

/** A marker's one-line-a-week view of a content calendar: how many posts each week, on which platforms, about what. */
public final class CalendarOverview {

    private CalendarOverview() {}

    /**
     * One week of the calendar.
     *
     * @param week the week (1-based)
     * @param posts the posts planned that week
     * @param platforms posts per platform, most first
     * @param pillars posts per content pillar, most first
     */
    public record Week(int week, int posts, Map<Platform, Integer> platforms, Map<Pillar, Integer> pillars) {

        public Week {
            platforms = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(platforms));
            pillars = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pillars));
        }
    }

    /** Every week from 1 to {@code weeks}, including the empty ones (an empty week matters to a marker). */
    public static List<Week> weeks(Plan plan, int weeks) {
        List<Week> overview = new ArrayList<>();
        for (int week = 1; week <= weeks; week++) {
            Map<Platform, Integer> platforms = new EnumMap<>(Platform.class);
            Map<Pillar, Integer> pillars = new EnumMap<>(Pillar.class);
            int posts = 0;
            for (Post post : plan.posts()) {
                if (post.week() == week) {
                    posts++;
                    platforms.merge(post.platform(), 1, Integer::sum);
                    pillars.merge(post.pillar(), 1, Integer::sum);
                }
            }
            overview.add(new Week(week, posts, mostFirst(platforms), mostFirst(pillars)));
        }
        return overview;
    }

    private static <E extends Enum<E>> Map<E, Integer> mostFirst(Map<E, Integer> counts) {
        Map<E, Integer> sorted = new java.util.LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<E, Integer>comparingByValue().reversed())
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }
}
