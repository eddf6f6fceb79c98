package org.socialsim.attempt;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialsim.account.CurrentUser;
import org.socialsim.account.Role;
import org.socialsim.account.SignedInUser;
import org.socialsim.account.domain.UserAccountRepository;
import org.socialsim.assignment.domain.Assignment;
import org.socialsim.assignment.domain.AssignmentRepository;
import org.socialsim.attempt.domain.Attempt;
import org.socialsim.attempt.domain.AttemptRepository;
import org.socialsim.attempt.io.PlanChecks;
import org.socialsim.attempt.io.PlanCodec;
import org.socialsim.attempt.io.WorkCodec;
import org.socialsim.attempt.work.Evaluation;
import org.socialsim.attempt.work.PlanFreeze;
import org.socialsim.attempt.work.SituationalAnalysis;
import org.socialsim.attempt.work.SubmissionChecklist;
import org.socialsim.base.UserFacingException;
import org.socialsim.base.io.ReadResult;
import org.socialsim.scenario.definition.MessageTemplate;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.domain.ScenarioVersion;
import org.socialsim.scenario.io.ScenarioReader;
import org.socialsim.simulation.InboundMessage;
import org.socialsim.simulation.InboxRules;
import org.socialsim.simulation.ReplicatedRun;
import org.socialsim.simulation.SimulationEngine;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.plan.CommunityReply;
import org.socialsim.simulation.plan.Plan;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student's attempts: opening an assignment, autosaving the work, running the weeks and submitting. Every method
 * checks who is asking: a student reaches only their own attempts and changes them only while in progress; a tutor
 * reads (never changes) the attempts in cohorts they own; an administrator reads any. An attempt someone may not read
 * is refused exactly like one that does not exist, so ids cannot be probed.
 *
 * <p>Saves carry the version the screen was built from. A save based on an older version is refused with
 * {@code attempt.changed-elsewhere}: two tabs on one attempt never silently overwrite each other.
 */
@Service
public class AttemptService {

    /** Replications a student may ask for at once; 200 take about 60 ms. */
    public static final int MAX_REPLICATIONS = 200;

    private static final String STUDENT = "hasRole('STUDENT')";

    private final AttemptRepository attempts;
    private final AssignmentRepository assignments;
    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final List<AttemptReadGrant> readGrants;
    private final PlanCodec planCodec = new PlanCodec();
    private final WorkCodec workCodec = new WorkCodec();
    private final SimulationEngine engine = new SimulationEngine();
    private final ScenarioReader scenarioReader = new ScenarioReader();
    /** Stored scenario versions never change, so their parsed form can be kept; a handful are in use at a time. */
    private final Map<Long, ScenarioDefinition> scenarios =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, ScenarioDefinition> eldest) {
                    return size() > 32;
                }
            });

    AttemptService(
            AttemptRepository attempts,
            AssignmentRepository assignments,
            UserAccountRepository accounts,
            CurrentUser currentUser,
            Clock clock,
            List<AttemptReadGrant> readGrants) {
        this.readGrants = List.copyOf(readGrants);
        this.attempts = attempts;
        this.assignments = assignments;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in student's assignments, by deadline, with where they are in each. */
    @PreAuthorize(STUDENT)
    @Transactional(readOnly = true)
    public List<StudentAssignment> myAssignments() {
        SignedInUser student = currentUser.require();
        Map<Long, Attempt> byAssignment = new HashMap<>();
        for (Attempt attempt : attempts.findByStudent(student.id())) {
            byAssignment.put(attempt.getAssignment().getId(), attempt);
        }
        Instant now = clock.instant();
        List<StudentAssignment> result = new ArrayList<>();
        for (Assignment assignment : assignments.findForStudent(student.id())) {
            Attempt attempt = byAssignment.get(assignment.getId());
            ScenarioVersion scenarioVersion = assignment.getScenarioVersion();
            result.add(new StudentAssignment(
                    assignment.getId(),
                    assignment.getTitle(),
                    assignment.getCohort().getName(),
                    scenarioVersion.getTitle(),
                    assignment.getRubricVersion().getTitle(),
                    assignment.getOpensAt(),
                    assignment.getDueAt(),
                    attempt == null ? AttemptStatus.NOT_STARTED : attempt.getStatus(),
                    attempt == null ? 0 : attempt.getWeeksRun(),
                    scenario(scenarioVersion).weeks(),
                    attempt == null ? null : attempt.getId(),
                    attempt == null ? "brief" : attempt.getLastStep(),
                    attempt == null ? null : attempt.getSubmittedAt(),
                    !now.isBefore(assignment.getOpensAt())));
        }
        return result;
    }

    /** Opens an assignment for the signed-in student, starting the attempt the first time. */
    @PreAuthorize(STUDENT)
    @Transactional
    public AttemptState open(long assignmentId) {
        SignedInUser student = currentUser.require();
        Assignment assignment = assignments.findForStudent(student.id()).stream()
                .filter(candidate -> candidate.getId() == assignmentId)
                .findFirst()
                .orElseThrow(() -> UserFacingException.because("attempt.assignment.not-found"));
        var existing = attempts.findByAssignmentAndStudent(assignmentId, student.id());
        if (existing.isPresent()) {
            return state(existing.get(), student);
        }
        if (clock.instant().isBefore(assignment.getOpensAt())) {
            throw UserFacingException.because("attempt.assignment.not-open");
        }
        Attempt attempt = attempts.saveAndFlush(new Attempt(
                assignment,
                accounts.getReferenceById(student.id()),
                seedFor(assignmentId, student.id()),
                planCodec.writeJson(Plan.empty()),
                workCodec.writeAnalysis(SituationalAnalysis.empty()),
                workCodec.writeEvaluation(Evaluation.empty()),
                clock.instant()));
        return state(attempts.findWithAssignment(attempt.getId()).orElseThrow(), student);
    }

    /** An attempt as the person asking may see it. */
    @Transactional(readOnly = true)
    public AttemptState attempt(long attemptId) {
        SignedInUser user = currentUser.require();
        return state(readable(attemptId, user), user);
    }

    /** Remembers the step the student opened, for "continue where you left off"; does not count as a change. */
    @PreAuthorize(STUDENT)
    @Transactional
    public void visited(long attemptId, String step) {
        SignedInUser user = currentUser.require();
        Attempt attempt = readable(attemptId, user);
        if (attempt.getStudent().getId() == user.id() && step.length() <= 40) {
            attempts.recordLastStep(attemptId, step);
        }
    }

    /** Saves the plan. Parts of weeks that have run are history and refused ({@link PlanFreeze}). */
    @PreAuthorize(STUDENT)
    @Transactional
    public AttemptState savePlan(long attemptId, long basedOnVersion, Plan plan) {
        SignedInUser student = currentUser.require();
        Attempt attempt = editable(attemptId, basedOnVersion, student);
        ScenarioDefinition scenario = scenario(attempt.getAssignment().getScenarioVersion());
        Plan stored = plan(attempt);
        List<PlanFreeze.Violation> violations = PlanFreeze.violations(
                stored, plan, attempt.getWeeksRun(), scenario.crisis().week());
        if (!violations.isEmpty()) {
            PlanFreeze.Violation first = violations.getFirst();
            throw UserFacingException.because(
                    "attempt.frozen." + AttemptKeys.kebab(first.part()), first.id(), attempt.getWeeksRun());
        }
        attempt.changePlan(planCodec.writeJson(plan), clock.instant());
        return flushed(attempt, student);
    }

    @PreAuthorize(STUDENT)
    @Transactional
    public AttemptState saveAnalysis(long attemptId, long basedOnVersion, SituationalAnalysis analysis) {
        SignedInUser student = currentUser.require();
        Attempt attempt = editable(attemptId, basedOnVersion, student);
        attempt.changeAnalysis(workCodec.writeAnalysis(analysis), clock.instant());
        return flushed(attempt, student);
    }

    @PreAuthorize(STUDENT)
    @Transactional
    public AttemptState saveEvaluation(long attemptId, long basedOnVersion, Evaluation evaluation) {
        SignedInUser student = currentUser.require();
        Attempt attempt = editable(attemptId, basedOnVersion, student);
        attempt.changeEvaluation(workCodec.writeEvaluation(evaluation), clock.instant());
        return flushed(attempt, student);
    }

    /**
     * Runs the next week. The plan must fit the scenario (every post on one of its platforms in a format it supports,
     * personas that exist, money that is not negative); the first problem is the refusal.
     */
    @PreAuthorize(STUDENT)
    @Transactional
    public AttemptState runWeek(long attemptId, long basedOnVersion) {
        SignedInUser student = currentUser.require();
        Attempt attempt = editable(attemptId, basedOnVersion, student);
        ScenarioDefinition scenario = scenario(attempt.getAssignment().getScenarioVersion());
        if (attempt.getWeeksRun() >= scenario.weeks()) {
            throw UserFacingException.because("attempt.run.all-weeks-run", scenario.weeks());
        }
        List<PlanChecks.Finding> findings = PlanChecks.check(plan(attempt), scenario);
        if (!findings.isEmpty()) {
            PlanChecks.Finding first = findings.getFirst();
            throw UserFacingException.because("attempt.run.plan-problem", first.path(), first.message());
        }
        attempt.weekRun(scenario.weeks(), clock.instant());
        return flushed(attempt, student);
    }

    /** The results of the weeks run so far; {@code null} before the first week has run. */
    @Transactional(readOnly = true)
    public @org.jspecify.annotations.Nullable SimulationRun results(long attemptId) {
        Attempt attempt = readable(attemptId, currentUser.require());
        if (attempt.getWeeksRun() == 0) {
            return null;
        }
        ScenarioDefinition scenario = scenario(attempt.getAssignment().getScenarioVersion());
        return engine.run(scenario, plan(attempt), attempt.getSeed(), attempt.getWeeksRun());
    }

    /** The attempt and its results from one read, for marking; the same access rules as {@link #attempt}. */
    @Transactional(readOnly = true)
    public AttemptWork work(long attemptId) {
        SignedInUser user = currentUser.require();
        Attempt attempt = readable(attemptId, user);
        SimulationRun results = attempt.getWeeksRun() == 0
                ? null
                : engine.run(
                        scenario(attempt.getAssignment().getScenarioVersion()),
                        plan(attempt),
                        attempt.getSeed(),
                        attempt.getWeeksRun());
        return new AttemptWork(state(attempt, user), results);
    }

    /**
     * The work of every submitted or released attempt at an assignment, each with its results, turned into whatever
     * {@code assess} makes of it, for regrading a whole assignment: one query for all the attempts instead of one
     * each. The attempts are read here, in the caller's transaction; their weeks are simulated and {@code assess}
     * applied on several cores at once, so {@code assess} must be pure: no database, no signed-in user. Only the
     * cohort's tutor or an administrator may read them all.
     *
     * @return what {@code assess} made of each attempt, in the order of the attempts' ids
     */
    @PreAuthorize("hasAnyRole('TUTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public <T> List<T> submittedWork(long assignmentId, java.util.function.Function<AttemptWork, T> assess) {
        SignedInUser user = currentUser.require();
        Assignment assignment = assignments
                .findById(assignmentId)
                .filter(candidate ->
                        user.is(Role.ADMIN) || candidate.getCohort().getOwner().getId() == user.id())
                .orElseThrow(() -> new AccessDeniedException("assignment " + assignmentId));
        ScenarioDefinition scenario = scenario(assignment.getScenarioVersion());
        List<SubmittedAttempt> submitted = attempts.findByAssignment(assignmentId).stream()
                .filter(attempt -> attempt.getStatus() != AttemptStatus.IN_PROGRESS)
                .sorted(java.util.Comparator.comparingLong(Attempt::getId))
                .map(attempt -> new SubmittedAttempt(state(attempt, user), attempt.getSeed()))
                .toList();
        // About 5 ms of pure work per attempt (the run and the assessors): worth the cores when there are a thousand.
        return submitted.parallelStream()
                .map(attempt -> assess.apply(new AttemptWork(
                        attempt.state(),
                        attempt.state().weeksRun() == 0
                                ? null
                                : engine.run(
                                        scenario,
                                        attempt.state().plan(),
                                        attempt.seed(),
                                        attempt.state().weeksRun()))))
                .toList();
    }

    /** An attempt as read in the transaction, with what its run needs besides. */
    private record SubmittedAttempt(AttemptState state, long seed) {}

    /**
     * The weeks run so far replayed with {@code count} seeds (the first is the attempt's own), for the uncertainty
     * band; {@code null} before the first week has run.
     */
    @Transactional(readOnly = true)
    public @org.jspecify.annotations.Nullable ReplicatedRun replications(long attemptId, int count) {
        if (count < 2 || count > MAX_REPLICATIONS) {
            throw UserFacingException.because("attempt.replications.range", 2, MAX_REPLICATIONS);
        }
        Attempt attempt = readable(attemptId, currentUser.require());
        if (attempt.getWeeksRun() == 0) {
            return null;
        }
        ScenarioDefinition scenario = scenario(attempt.getAssignment().getScenarioVersion());
        return engine.replicate(scenario, plan(attempt), attempt.getSeed(), count, attempt.getWeeksRun());
    }

    /** What the attempt still lacks; blocking gaps first. */
    @Transactional(readOnly = true)
    public List<SubmissionChecklist.Gap> submissionGaps(long attemptId) {
        Attempt attempt = readable(attemptId, currentUser.require());
        return gaps(attempt);
    }

    /** Submits: the attempt is locked for the student and the tutor can see it. Refused while weeks remain to run. */
    @PreAuthorize(STUDENT)
    @Transactional
    public AttemptState submit(long attemptId, long basedOnVersion) {
        SignedInUser student = currentUser.require();
        Attempt attempt = editable(attemptId, basedOnVersion, student);
        for (SubmissionChecklist.Gap gap : gaps(attempt)) {
            if (gap.blocking()) {
                throw UserFacingException.because(
                        "attempt.gap." + AttemptKeys.kebab(gap.kind()),
                        gap.arguments().toArray());
            }
        }
        attempt.submit(clock.instant());
        return flushed(attempt, student);
    }

    /** The attempts at an assignment, for its tutor (or an administrator); students without one are not listed. */
    @PreAuthorize("hasAnyRole('TUTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<AttemptSummary> attemptsFor(long assignmentId) {
        SignedInUser user = currentUser.require();
        Assignment assignment = assignments
                .findById(assignmentId)
                .filter(candidate ->
                        user.is(Role.ADMIN) || candidate.getCohort().getOwner().getId() == user.id())
                .orElseThrow(() -> new AccessDeniedException("assignment " + assignmentId));
        int weeks = scenario(assignment.getScenarioVersion()).weeks();
        return attempts.findByAssignment(assignmentId).stream()
                .map(attempt -> new AttemptSummary(
                        attempt.getId(),
                        attempt.getStudent().getDisplayName(),
                        attempt.getStudent().getUsername(),
                        attempt.getStatus(),
                        attempt.getWeeksRun(),
                        weeks,
                        attempt.getUpdatedAt(),
                        attempt.getSubmittedAt(),
                        attempt.getSubmittedAt() != null
                                && attempt.getSubmittedAt().isAfter(assignment.getDueAt())))
                .sorted(java.util.Comparator.comparing(AttemptSummary::studentName))
                .toList();
    }

    private List<SubmissionChecklist.Gap> gaps(Attempt attempt) {
        ScenarioDefinition scenario = scenario(attempt.getAssignment().getScenarioVersion());
        Plan plan = plan(attempt);
        int unanswered = 0;
        if (attempt.getWeeksRun() > 0) {
            Map<String, MessageTemplate> templates =
                    scenario.community().stream().collect(Collectors.toMap(MessageTemplate::id, template -> template));
            Set<String> answered =
                    plan.community().stream().map(CommunityReply::message).collect(Collectors.toSet());
            SimulationRun run = engine.run(scenario, plan, attempt.getSeed(), attempt.getWeeksRun());
            for (var week : run.weeks()) {
                for (InboundMessage message : week.inbox()) {
                    if (InboxRules.needsAnswer(templates.get(message.template()))
                            && !answered.contains(message.id())
                            && !answered.contains(message.template())) {
                        unanswered++;
                    }
                }
            }
        }
        return SubmissionChecklist.gaps(
                scenario,
                plan,
                workCodec.readAnalysis(attempt.getAnalysisJson()),
                workCodec.readEvaluation(attempt.getEvaluationJson()),
                attempt.getWeeksRun(),
                unanswered);
    }

    private Attempt readable(long attemptId, SignedInUser user) {
        Attempt attempt = attempts.findWithAssignment(attemptId).orElseThrow(() -> notFound(attemptId));
        boolean allowed = switch (user.role()) {
            case ADMIN -> true;
            case TUTOR ->
                attempt.getAssignment().getCohort().getOwner().getId() == user.id()
                        || readGrants.stream().anyMatch(grant -> grant.mayRead(attemptId, user.id()));
            case STUDENT -> attempt.getStudent().getId() == user.id();
        };
        if (!allowed) {
            throw notFound(attemptId);
        }
        return attempt;
    }

    private Attempt editable(long attemptId, long basedOnVersion, SignedInUser student) {
        Attempt attempt = readable(attemptId, student);
        if (attempt.getStudent().getId() != student.id()) {
            throw notFound(attemptId);
        }
        if (attempt.getStatus() != AttemptStatus.IN_PROGRESS) {
            throw UserFacingException.because("attempt.locked");
        }
        if (attempt.getVersion() != basedOnVersion) {
            throw UserFacingException.because("attempt.changed-elsewhere");
        }
        return attempt;
    }

    private AttemptState flushed(Attempt attempt, SignedInUser user) {
        try {
            attempts.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            // Another tab saved between our read and this write.
            throw UserFacingException.because("attempt.changed-elsewhere");
        }
        return state(attempt, user);
    }

    private AttemptState state(Attempt attempt, SignedInUser user) {
        Assignment assignment = attempt.getAssignment();
        ScenarioVersion scenarioVersion = assignment.getScenarioVersion();
        boolean own = attempt.getStudent().getId() == user.id();
        return new AttemptState(
                attempt.getId(),
                attempt.getVersion(),
                assignment.getId(),
                assignment.getTitle(),
                attempt.getStudent().getDisplayName(),
                scenario(scenarioVersion),
                scenarioVersion.getId(),
                assignment.getRubricVersion().getId(),
                assignment.getRubricVersion().getTitle(),
                assignment.getOpensAt(),
                assignment.getDueAt(),
                attempt.getStatus(),
                attempt.getWeeksRun(),
                plan(attempt),
                workCodec.readAnalysis(attempt.getAnalysisJson()),
                workCodec.readEvaluation(attempt.getEvaluationJson()),
                attempt.getUpdatedAt(),
                attempt.getSubmittedAt(),
                attempt.getLastStep(),
                own,
                own && attempt.getStatus() == AttemptStatus.IN_PROGRESS);
    }

    private Plan plan(Attempt attempt) {
        return switch (planCodec.readJson("attempt-" + attempt.getId() + ".json", attempt.getPlanJson())) {
            case ReadResult.Valid<Plan>(Plan plan) -> plan;
            case ReadResult.Invalid<Plan> invalid ->
                throw new IllegalStateException(
                        "stored plan of attempt " + attempt.getId() + " no longer reads: " + invalid.problems());
        };
    }

    private ScenarioDefinition scenario(ScenarioVersion version) {
        return scenarios.computeIfAbsent(version.getId(), id -> switch (scenarioReader.read(
                version.getScenarioId() + ".yaml", version.getYamlText())) {
            case ReadResult.Valid<ScenarioDefinition>(ScenarioDefinition definition) -> definition;
            case ReadResult.Invalid<ScenarioDefinition> invalid ->
                throw new IllegalStateException(
                        "stored scenario version " + id + " no longer reads: " + invalid.problems());
        });
    }

    private static AccessDeniedException notFound(long attemptId) {
        return new AccessDeniedException("attempt " + attemptId);
    }

    /**
     * A stable seed per student and assignment (SplitMix64's finaliser over both ids): a student's runs replay
     * exactly, and two students on one assignment see different noise, so copying a classmate's numbers shows.
     */
    static long seedFor(long assignmentId, long studentId) {
        long z = assignmentId * 0x9E3779B97F4A7C15L + studentId;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
