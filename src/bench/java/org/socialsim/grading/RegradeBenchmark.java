package org.socialsim.grading;

import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.socialsim.Application;
import org.socialsim.attempt.io.PlanCodec;
import org.socialsim.attempt.io.WorkCodec;
import org.socialsim.attempt.work.Evaluation;
import org.socialsim.attempt.work.SevenP;
import org.socialsim.attempt.work.SituationalAnalysis;
import org.socialsim.grading.assessment.Submissions;
import org.socialsim.grading.io.GradingCodec;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.ReferencePlans;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.Post;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 7's target: "Regrading 1,000 attempts takes under 10 s". The whole app runs (demo profile, H2 in a temporary
 * folder) with a cohort of 1,000 students owned by tutor1, each with a submitted BrewHaven attempt, every week run:
 * the competent reference plan with seeded variations (posts dropped or moved to other hours, campaigns, creators and
 * replies dropped), half of them with written analysis and evaluation. A third have a first marker's sheet with a
 * mark, so the regrade writes its history lines too. One {@link #regradeAssignment} is one click on "Regrade" under
 * the current rubric version: every attempt read, simulated and assessed, its stored suggestion replaced, the report
 * built, in one transaction.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RegradeBenchmark {

    static final int STUDENTS = 1_000;

    private ConfigurableApplicationContext app;
    private RegradeService regrades;
    private long assignmentId;
    private SecurityContext signedIn;

    @Setup(Level.Trial)
    public void startApp() throws Exception {
        app = new SpringApplicationBuilder(Application.class)
                .profiles("demo")
                // Arguments, not default properties: the demo profile's own data folder would win over those.
                .run(
                        "--server.port=0",
                        "--socialsim.data-dir=" + Files.createTempDirectory("socialsim-bench"),
                        "--logging.level.root=WARN");
        regrades = app.getBean(RegradeService.class);
        assignmentId = seed(app.getBean(JdbcTemplate.class), app.getBean(Clock.class).instant());
        var tutor = app.getBean(UserDetailsService.class).loadUserByUsername("tutor1");
        signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(
                new UsernamePasswordAuthenticationToken(tutor, tutor.getPassword(), tutor.getAuthorities()));
    }

    @Setup(Level.Invocation)
    public void signIn() {
        // JMH may call the benchmark on another thread than the trial's setup; the security context is per thread.
        SecurityContextHolder.setContext(signedIn);
    }

    @TearDown(Level.Trial)
    public void stopApp() {
        app.close();
    }

    @Benchmark
    public RegradeReport regradeAssignment() {
        RegradeReport report = regrades.regrade(assignmentId, null);
        if (report.attempts().size() != STUDENTS) {
            throw new IllegalStateException("regraded " + report.attempts().size() + " attempts");
        }
        return report;
    }

    /** Inserts the cohort, its assignment and the submitted attempts straight into the tables; returns the assignment. */
    static long seed(JdbcTemplate jdbc, Instant now) {
        Timestamp at = Timestamp.from(now);
        long tutor = jdbc.queryForObject("select id from user_account where username = 'tutor1'", Long.class);
        Map<String, Object> demo = jdbc.queryForMap(
                "select scenario_version_id, rubric_version_id from assignment order by id fetch first row only");
        ScenarioDefinition scenario = Submissions.brewhaven();

        jdbc.update("insert into cohort (name, owner_id, created_at) values ('Bench cohort', ?, ?)", tutor, at);
        long cohort = jdbc.queryForObject("select id from cohort where name = 'Bench cohort'", Long.class);
        List<Object[]> students = new ArrayList<>();
        for (int i = 0; i < STUDENTS; i++) {
            students.add(new Object[] {"bench%04d".formatted(i), "Bench Student %04d".formatted(i), at});
        }
        jdbc.batchUpdate(
                "insert into user_account (username, display_name, role, password_hash, created_at)"
                        + " values (?, ?, 'STUDENT', '{noop}not-for-signing-in', ?)",
                students);
        List<Long> studentIds = jdbc.queryForList(
                "select id from user_account where username like 'bench%' order by username", Long.class);
        jdbc.batchUpdate(
                "insert into cohort_member (cohort_id, student_id) values (?, ?)",
                studentIds.stream().map(id -> new Object[] {cohort, id}).toList());
        jdbc.update(
                "insert into assignment (cohort_id, scenario_version_id, rubric_version_id, title, opens_at, due_at,"
                        + " created_by, created_at) values (?, ?, ?, 'Bench coursework', ?, ?, ?, ?)",
                cohort,
                demo.get("SCENARIO_VERSION_ID"),
                demo.get("RUBRIC_VERSION_ID"),
                Timestamp.from(now.minus(Duration.ofDays(30))),
                Timestamp.from(now.minus(Duration.ofDays(1))),
                tutor,
                at);
        long assignment =
                jdbc.queryForObject("select id from assignment where title = 'Bench coursework'", Long.class);

        PlanCodec plans = new PlanCodec();
        WorkCodec work = new WorkCodec();
        SplittableRandom random = new SplittableRandom(20261125L);
        Plan competent = ReferencePlans.competent(scenario);
        List<Object[]> attempts = new ArrayList<>();
        for (long student : studentIds) {
            boolean written = random.nextBoolean();
            attempts.add(new Object[] {
                assignment,
                student,
                random.nextLong(),
                scenario.weeks(),
                plans.writeJson(varied(competent, random)),
                work.writeAnalysis(written ? analysis(random) : SituationalAnalysis.empty()),
                work.writeEvaluation(written ? evaluation(random) : Evaluation.empty()),
                at,
                at,
                at
            });
        }
        jdbc.batchUpdate(
                "insert into attempt (assignment_id, student_id, seed, status, weeks_run, plan_json, analysis_json,"
                        + " evaluation_json, last_step, started_at, updated_at, submitted_at)"
                        + " values (?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, 'submit', ?, ?, ?)",
                attempts);

        String marks =
                new GradingCodec().writeMarks(Map.of("strategy", new CriterionMark("Adequate", 11, "Started.", false)));
        List<Long> attemptIds = jdbc.queryForList(
                "select id from attempt where assignment_id = ? order by id", Long.class, assignment);
        List<Object[]> sheets = new ArrayList<>();
        for (int i = 0; i < attemptIds.size(); i += 3) {
            sheets.add(new Object[] {attemptIds.get(i), tutor, marks, at, at});
        }
        jdbc.batchUpdate(
                "insert into mark_sheet (attempt_id, role, marker_id, status, marks_json, overall_feedback,"
                        + " created_at, updated_at) values (?, 'FIRST', ?, 'DRAFT', ?, '', ?, ?)",
                sheets);
        return assignment;
    }

    /** The competent plan with some posts dropped or moved, and campaigns, creators and replies sometimes dropped. */
    private static Plan varied(Plan plan, SplittableRandom random) {
        double dropPosts = random.nextDouble(0.5);
        List<Post> posts = new ArrayList<>();
        for (Post post : plan.posts()) {
            if (random.nextDouble() < dropPosts) {
                continue;
            }
            posts.add(
                    random.nextDouble() < 0.3
                            ? new Post(
                                    post.id(),
                                    post.week(),
                                    post.day(),
                                    random.nextInt(6, 24),
                                    post.platform(),
                                    post.format(),
                                    post.pillar(),
                                    post.persona(),
                                    post.stage(),
                                    post.callToAction(),
                                    post.link(),
                                    post.caption(),
                                    post.hashtags(),
                                    post.boost())
                            : post);
        }
        return new Plan(
                plan.objectives(),
                plan.personas(),
                posts,
                random.nextDouble() < 0.3 ? List.of() : plan.campaigns(),
                random.nextDouble() < 0.3 ? List.of() : plan.influencers(),
                plan.community().stream()
                        .filter(reply -> random.nextDouble() < 0.7)
                        .toList(),
                random.nextDouble() < 0.2 ? null : plan.crisis());
    }

    private static SituationalAnalysis analysis(SplittableRandom random) {
        return new SituationalAnalysis(
                "Loyal café regulars: " + random.nextInt(40, 80) + "% buy weekly; strong local brand.",
                "Small following on TikTok and no cold-brew track record.",
                "Summer demand for cold drinks and commuters looking for a morning pick-me-up.",
                "Supermarket own-brand cold brew at half the price.",
                Map.of(),
                "Commuters aged 22-35 are online 07:00-09:00 and again after 20:00.");
    }

    private static Evaluation evaluation(SplittableRandom random) {
        return new Evaluation(
                "Reach grew to " + random.nextInt(20_000, 90_000) + " and engagement rate reached "
                        + random.nextInt(2, 9) + "% by week 6.",
                "Reels posted at 08:00 reached commuters; the crisis reply in week 4 came within 3 hours.",
                "Move budget from awareness to conversion ads; post two more reels a week at 08:00.",
                Map.of(SevenP.PROMOTION, "Ads and creators drove trial.", SevenP.PRICE, "Intro offer helped."));
    }
}
