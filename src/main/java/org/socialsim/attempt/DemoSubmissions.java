package org.socialsim.attempt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialsim.account.domain.UserAccount;
import org.socialsim.account.domain.UserAccountRepository;
import org.socialsim.assignment.domain.Assignment;
import org.socialsim.assignment.domain.AssignmentRepository;
import org.socialsim.attempt.domain.Attempt;
import org.socialsim.attempt.domain.AttemptRepository;
import org.socialsim.attempt.io.PlanCodec;
import org.socialsim.attempt.io.WorkCodec;
import org.socialsim.attempt.work.KpiCitation;
import org.socialsim.base.SocialSimProperties;
import org.socialsim.base.io.ReadResult;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.io.ScenarioReader;
import org.socialsim.simulation.SimulationEngine;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.Plan;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, gives tutor1 work to mark on first start: student2 (a strong plan, the shipped competent example) and
 * student3 (a weaker one) have played every week of the BrewHaven assignment and submitted. Their evaluations quote
 * their own simulated figures: the texts hold placeholders such as {@code {reach}} or {@code
 * {engagement_rate@instagram}} that are filled in from the run, as the KPI helper on the evaluation page would.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoSubmissions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSubmissions.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)(?:@([a-z_]+))?}");
    private static final String SCENARIO = "brewhaven-cold-brew";

    private final SocialSimProperties properties;
    private final AttemptRepository attempts;
    private final AssignmentRepository assignments;
    private final UserAccountRepository accounts;
    private final Clock clock;
    private final PlanCodec planCodec = new PlanCodec();
    private final WorkCodec workCodec = new WorkCodec();

    DemoSubmissions(
            SocialSimProperties properties,
            AttemptRepository attempts,
            AssignmentRepository assignments,
            UserAccountRepository accounts,
            Clock clock) {
        this.properties = properties;
        this.attempts = attempts;
        this.assignments = assignments;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demo() || !properties.demoSubmissions() || attempts.count() > 0) {
            return;
        }
        submit("student2");
        submit("student3");
    }

    private void submit(String username) {
        @Nullable
        UserAccount student = accounts.findByUsernameIgnoreCase(username).orElse(null);
        @Nullable
        Assignment assignment = student == null
                ? null
                : assignments.findForStudent(student.getId()).stream()
                        .filter(candidate ->
                                candidate.getScenarioVersion().getContentId().equals(SCENARIO))
                        .findFirst()
                        .orElse(null);
        if (student == null || assignment == null) {
            log.warn("Demo submission of {} skipped: no {} assignment for them", username, SCENARIO);
            return;
        }
        ScenarioDefinition scenario = switch (new ScenarioReader()
                .read(SCENARIO + ".yaml", assignment.getScenarioVersion().getYamlText())) {
            case ReadResult.Valid<ScenarioDefinition>(ScenarioDefinition definition) -> definition;
            case ReadResult.Invalid<ScenarioDefinition> invalid ->
                throw new IllegalStateException("stored scenario does not read: " + invalid.problems());
        };
        String planFile = "brewhaven-" + username + "-plan.yaml";
        Plan plan = switch (planCodec.read(planFile, resource(planFile).getBytes(StandardCharsets.UTF_8), scenario)) {
            case ReadResult.Valid<Plan>(Plan valid) -> valid;
            case ReadResult.Invalid<Plan> invalid ->
                throw new IllegalStateException("demo plan " + planFile + " does not read: " + invalid.problems());
        };
        long seed = AttemptService.seedFor(assignment.getId(), student.getId());
        SimulationRun run = new SimulationEngine().run(scenario, plan, seed, scenario.weeks());
        String work = filledIn(resource("brewhaven-" + username + "-work.json"), run, scenario);
        var document = tools.jackson.databind.json.JsonMapper.builder().build().readTree(work);
        Instant now = clock.instant();
        Attempt attempt = new Attempt(
                assignment,
                student,
                seed,
                planCodec.writeJson(plan),
                workCodec.writeAnalysis(
                        workCodec.readAnalysis(document.get("analysis").toString())),
                workCodec.writeEvaluation(
                        workCodec.readEvaluation(document.get("evaluation").toString())),
                now);
        for (int week = 1; week <= scenario.weeks(); week++) {
            attempt.weekRun(scenario.weeks(), now);
        }
        attempt.submit(now);
        attempts.save(attempt);
        log.info("Demo: {} has submitted {}", username, assignment.getTitle());
    }

    /** Replaces {@code {kpi}} and {@code {kpi@platform}} by the run's whole-campaign value, formatted as cited. */
    static String filledIn(String text, SimulationRun run, ScenarioDefinition scenario) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            Kpi kpi = Kpi.valueOf(matcher.group(1).toUpperCase(Locale.ROOT));
            @Nullable
            Platform platform = matcher.group(2) == null
                    ? null
                    : Platform.valueOf(matcher.group(2).toUpperCase(Locale.ROOT));
            double value = KpiCitation.value(run, null, platform, kpi).orElseThrow();
            matcher.appendReplacement(
                    filled, Matcher.quoteReplacement(KpiCitation.format(kpi, value, scenario.currency(), Locale.UK)));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private static String resource(String name) {
        try (InputStream in = DemoSubmissions.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("demo resource " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
