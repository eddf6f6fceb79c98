package org.socialsim.simulation.plan;

import java.time.DayOfWeek;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;

/**
 * One post in the content calendar.
 *
 * @param id unique within the plan
 * @param week 1-based week
 * @param day day of the week
 * @param hour hour of the day it goes out, 0..23
 * @param platform where
 * @param format how; must be one the platform supports
 * @param pillar what it is for
 * @param persona id of the persona it targets; {@code null} for none
 * @param stage the customer-journey stage it aims at
 * @param callToAction what it asks for
 * @param link where the call to action leads; {@code null} for none
 * @param caption the text
 * @param hashtags without the {@code #}
 * @param boost money spent boosting it, in the scenario's currency, from the ads budget
 */
public record Post(
        String id,
        int week,
        DayOfWeek day,
        int hour,
        Platform platform,
        Format format,
        Pillar pillar,
        @Nullable String persona,
        FunnelStage stage,
        CallToAction callToAction,
        @Nullable String link,
        String caption,
        List<String> hashtags,
        double boost) {

    public Post {
        hashtags = List.copyOf(hashtags);
    }
}
