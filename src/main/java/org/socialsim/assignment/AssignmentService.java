package org.socialsim.assignment;

import java.time.Clock;
import java.util.List;
import org.socialsim.account.CohortService;
import org.socialsim.account.CurrentUser;
import org.socialsim.account.domain.CohortRepository;
import org.socialsim.account.domain.UserAccountRepository;
import org.socialsim.assignment.domain.Assignment;
import org.socialsim.assignment.domain.AssignmentRepository;
import org.socialsim.base.UserFacingException;
import org.socialsim.rubric.domain.RubricVersion;
import org.socialsim.rubric.domain.RubricVersionRepository;
import org.socialsim.scenario.domain.ScenarioVersion;
import org.socialsim.scenario.domain.ScenarioVersionRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets scenario + rubric versions for a cohort. A tutor may assign to and list only the cohorts they own (an
 * administrator: any); the ownership check is {@link CohortService#cohort(long)}'s, so it cannot drift from the
 * cohort pages'.
 */
@Service
public class AssignmentService {

    public static final int MAX_TITLE = 120;

    private static final String TEACHERS = "hasAnyRole('TUTOR', 'ADMIN')";

    private final AssignmentRepository assignments;
    private final CohortService cohortService;
    private final CohortRepository cohorts;
    private final ScenarioVersionRepository scenarioVersions;
    private final RubricVersionRepository rubricVersions;
    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    AssignmentService(
            AssignmentRepository assignments,
            CohortService cohortService,
            CohortRepository cohorts,
            ScenarioVersionRepository scenarioVersions,
            RubricVersionRepository rubricVersions,
            UserAccountRepository accounts,
            CurrentUser currentUser,
            Clock clock) {
        this.assignments = assignments;
        this.cohortService = cohortService;
        this.cohorts = cohorts;
        this.scenarioVersions = scenarioVersions;
        this.rubricVersions = rubricVersions;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A cohort's assignments by deadline; the cohort must be the caller's (or the caller an administrator). */
    @PreAuthorize(TEACHERS)
    @Transactional(readOnly = true)
    public List<AssignmentSummary> assignments(long cohortId) {
        cohortService.cohort(cohortId);
        return assignments.findByCohort(cohortId).stream()
                .map(AssignmentService::summary)
                .toList();
    }

    /** Sets an assignment, pinning the chosen scenario and rubric versions. */
    @PreAuthorize(TEACHERS)
    @Transactional
    public AssignmentSummary assign(NewAssignment request) {
        // Refuses another tutor's cohort exactly as opening it would (AccessDeniedException).
        cohortService.cohort(request.cohortId());
        String title = request.title().strip();
        if (title.isEmpty()) {
            throw UserFacingException.because("assignment.title.missing");
        }
        if (title.length() > MAX_TITLE) {
            throw UserFacingException.because("assignment.title.too-long", MAX_TITLE);
        }
        if (!request.dueAt().isAfter(request.opensAt())) {
            throw UserFacingException.because("assignment.due.not-after-opening");
        }
        ScenarioVersion scenario = scenarioVersions
                .findById(request.scenarioVersionId())
                .orElseThrow(() -> UserFacingException.because("scenario.version.not-found"));
        RubricVersion rubric = rubricVersions
                .findById(request.rubricVersionId())
                .orElseThrow(() -> UserFacingException.because("rubric.version.not-found"));
        Assignment saved = assignments.save(new Assignment(
                cohorts.getReferenceById(request.cohortId()),
                scenario,
                rubric,
                title,
                request.opensAt(),
                request.dueAt(),
                accounts.getReferenceById(currentUser.require().id()),
                clock.instant()));
        return summary(saved);
    }

    private static AssignmentSummary summary(Assignment assignment) {
        ScenarioVersion scenario = assignment.getScenarioVersion();
        RubricVersion rubric = assignment.getRubricVersion();
        return new AssignmentSummary(
                assignment.getId(),
                assignment.getCohort().getId(),
                assignment.getCohort().getName(),
                assignment.getTitle(),
                scenario.getId(),
                scenario.getScenarioId(),
                scenario.getVersionNumber(),
                scenario.getTitle(),
                rubric.getId(),
                rubric.getRubricId(),
                rubric.getVersionNumber(),
                rubric.getTitle(),
                assignment.getOpensAt(),
                assignment.getDueAt());
    }
}
