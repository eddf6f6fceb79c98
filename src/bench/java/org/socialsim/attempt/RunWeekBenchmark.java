package org.socialsim.attempt;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.socialsim.attempt.work.ChartSpec;
import org.socialsim.attempt.work.DashboardCharts;
import org.socialsim.attempt.work.InboxAnswers;
import org.socialsim.scenario.definition.CommunityAction;
import org.socialsim.simulation.InboundMessage;
import org.socialsim.simulation.ReferencePlans;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.plan.CommunityReply;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.Plan;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 6's target: "Run week" answers in under 300 ms of server time. The whole app runs (demo profile, H2 in a
 * temporary folder, the web server on a free port) and student1 plays the BrewHaven assignment with the competent
 * plan, nothing answered. One {@link #runWeekClick} is the server's work for one click on "Run week N": the run
 * itself (a transaction that checks the plan and freezes the week), the two reads of the attempt that re-entering
 * the step makes (frame and view), the "last step" write, the results the view renders, and every dashboard chart
 * built and serialised to JSON. {@link #answerAndRescore} is one inbox autosave: the plan saved, then re-scored.
 * The attempt is reset to week 0 after its sixth week, so the samples cover weeks 1..6 evenly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RunWeekBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DashboardCharts.Texts KEYS = (key, arguments) -> key;

    private ConfigurableApplicationContext app;
    private AttemptService attempts;
    private JdbcTemplate jdbc;
    private long attemptId;
    private int weeks;
    private int answers;
    private org.springframework.security.core.context.SecurityContext signedIn;

    @Setup(Level.Trial)
    public void startApp() throws Exception {
        app = new SpringApplicationBuilder(Application.class)
                .profiles("demo")
                .properties(
                        "server.port=0",
                        "socialsim.data-dir=" + Files.createTempDirectory("socialsim-bench"),
                        "logging.level.root=WARN")
                .run();
        attempts = app.getBean(AttemptService.class);
        jdbc = app.getBean(JdbcTemplate.class);
        var student = app.getBean(UserDetailsService.class).loadUserByUsername("student1");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                new UsernamePasswordAuthenticationToken(student, student.getPassword(), student.getAuthorities()));
        SecurityContextHolder.setContext(context);
        signedIn = context;
        AttemptState state = attempts.open(attempts.myAssignments().getFirst().assignmentId());
        Plan competent = ReferencePlans.competent(state.scenario());
        Plan unanswered = new Plan(
                competent.objectives(),
                competent.personas(),
                competent.posts(),
                competent.campaigns(),
                competent.influencers(),
                List.of(),
                null);
        attemptId = attempts.savePlan(state.attemptId(), state.version(), unanswered).attemptId();
        weeks = state.totalWeeks();
    }

    /** Starts over at week 0 once every week has run; the plan's answers are cleared with it. */
    @Setup(Level.Invocation)
    public void nextWeekToRun() {
        // JMH may call the benchmark on another thread than the trial's setup; the security context is per thread.
        SecurityContextHolder.setContext(signedIn);
        if (attempts.attempt(attemptId).weeksRun() >= weeks) {
            jdbc.update("update attempt set weeks_run = 0 where id = ?", attemptId);
        }
    }

    @TearDown(Level.Trial)
    public void stopApp() {
        app.close();
    }

    @Benchmark
    public Object runWeekClick() {
        AttemptState state = attempts.attempt(attemptId);
        state = attempts.runWeek(attemptId, state.version());
        attempts.attempt(attemptId);
        state = attempts.attempt(attemptId);
        attempts.visited(attemptId, "weeks");
        SimulationRun run = attempts.results(attemptId);
        return dashboard(state, run);
    }

    @Benchmark
    public Object answerAndRescore() {
        AttemptState state = attempts.attempt(attemptId);
        if (state.weeksRun() == 0) {
            state = attempts.runWeek(attemptId, state.version());
        }
        SimulationRun before = attempts.results(attemptId);
        InboundMessage message = before.week(state.weeksRun()).inbox().getFirst();
        CommunityReply reply = new CommunityReply(
                message.id(), CommunityAction.REPLY_PUBLIC, "Hi " + message.author() + ", thanks! #" + answers++, 1);
        attempts.savePlan(attemptId, state.version(), InboxAnswers.withAnswer(state.plan(), reply));
        return attempts.results(attemptId);
    }

    private static int dashboard(AttemptState state, SimulationRun run) {
        DashboardCharts charts = new DashboardCharts(state.scenario(), state.plan(), run, null, KEYS, Locale.UK);
        List<ChartSpec> specs = new ArrayList<>(List.of(
                charts.trend(Kpi.REACH),
                charts.trend(Kpi.ENGAGEMENT_RATE),
                charts.trend(Kpi.FOLLOWERS),
                charts.clicksAndConversions(),
                charts.sentiment(),
                charts.shareOfVoice(),
                charts.competitorEngagement(),
                charts.postingHeatmap()));
        charts.objectives().ifPresent(specs::add);
        charts.paidFunnel().ifPresent(specs::add);
        charts.crisisTimeline().ifPresent(specs::add);
        int bytes = 0;
        for (ChartSpec spec : specs) {
            bytes += JSON.writeValueAsString(spec.option()).length();
        }
        return bytes + charts.explanations(run.weeksRun()).size();
    }
}
