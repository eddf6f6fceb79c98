package org.socialsim.grading.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.ReferencePlans;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.Post;

class CalendarOverviewTest {

    private final ScenarioDefinition scenario = Submissions.brewhaven();

    @Test
    void every_week_is_listed_with_its_posts_per_platform_and_pillar_most_first() {
        Plan plan = ReferencePlans.competent(scenario);

        List<CalendarOverview.Week> weeks = CalendarOverview.weeks(plan, scenario.weeks());

        assertThat(weeks).extracting(CalendarOverview.Week::week).containsExactly(1, 2, 3, 4, 5, 6);
        for (CalendarOverview.Week week : weeks) {
            List<Post> posts = plan.posts().stream()
                    .filter(post -> post.week() == week.week())
                    .toList();
            assertThat(week.posts()).isEqualTo(posts.size());
            assertThat(week.platforms().values().stream()
                            .mapToInt(Integer::intValue)
                            .sum())
                    .isEqualTo(posts.size());
            assertThat(week.pillars().values().stream()
                            .mapToInt(Integer::intValue)
                            .sum())
                    .isEqualTo(posts.size());
            assertThat(List.copyOf(week.platforms().values())).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
    }

    @Test
    void a_week_without_posts_is_still_listed_as_empty() {
        List<CalendarOverview.Week> weeks = CalendarOverview.weeks(Plan.empty(), 2);

        assertThat(weeks)
                .containsExactly(
                        new CalendarOverview.Week(1, 0, Map.of(), Map.of()),
                        new CalendarOverview.Week(2, 0, Map.of(), Map.of()));
    }
}
