package org.socialsim.assignment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialsim.account.domain.Cohort;
import org.socialsim.account.domain.CohortRepository;
import org.socialsim.assignment.domain.Assignment;
import org.socialsim.assignment.domain.AssignmentRepository;
import org.socialsim.base.SocialSimProperties;
import org.socialsim.rubric.domain.RubricVersionRepository;
import org.socialsim.scenario.domain.ScenarioVersionRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, gives each demo cohort an open assignment on first start, so a visitor signing in as a student has
 * something to play at once. Runs after the shipped scenarios and rubrics are loaded.
 */
@Component
@Order(DemoAssignments.ORDER)
class DemoAssignments implements ApplicationRunner {

    /** After the shipped scenarios and rubrics are loaded, before the demo submissions that need the assignments. */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;

    private static final Logger log = LoggerFactory.getLogger(DemoAssignments.class);

    private final SocialSimProperties properties;
    private final AssignmentRepository assignments;
    private final CohortRepository cohorts;
    private final ScenarioVersionRepository scenarios;
    private final RubricVersionRepository rubrics;
    private final Clock clock;

    DemoAssignments(
            SocialSimProperties properties,
            AssignmentRepository assignments,
            CohortRepository cohorts,
            ScenarioVersionRepository scenarios,
            RubricVersionRepository rubrics,
            Clock clock) {
        this.properties = properties;
        this.assignments = assignments;
        this.cohorts = cohorts;
        this.scenarios = scenarios;
        this.rubrics = rubrics;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demo() || assignments.count() > 0) {
            return;
        }
        Instant now = clock.instant();
        for (Cohort cohort : cohorts.findAllWithOwner()) {
            String scenarioId = cohort.getName().endsWith("Group B") ? "tallybook-b2b-saas" : "brewhaven-cold-brew";
            var scenario = scenarios.findFirstByContentIdOrderByVersionNumberDesc(scenarioId);
            var rubric = rubrics.findFirstByContentIdOrderByVersionNumberDesc("smm-coursework");
            if (scenario.isEmpty() || rubric.isEmpty()) {
                log.warn(
                        "Demo assignment for {} skipped: scenario {} or rubric smm-coursework is missing",
                        cohort.getName(),
                        scenarioId);
                continue;
            }
            assignments.save(new Assignment(
                    cohort,
                    scenario.get(),
                    rubric.get(),
                    "Campaign plan and simulation: " + scenario.get().getTitle(),
                    now.minus(Duration.ofDays(1)),
                    now.plus(Duration.ofDays(28)),
                    cohort.getOwner(),
                    now));
        }
        log.info("Created the demo assignments");
    }
}
