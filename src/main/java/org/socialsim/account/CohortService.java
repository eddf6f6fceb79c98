package org.socialsim.account;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.socialsim.account.domain.Cohort;
import org.socialsim.account.domain.CohortRepository;
import org.socialsim.account.domain.UserAccount;
import org.socialsim.account.domain.UserAccountRepository;
import org.socialsim.base.UserFacingException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cohorts and their members. Administrators see and change all of them; a tutor sees the cohorts they own with their
 * students; a student sees the cohorts they belong to, without the list of classmates.
 */
@Service
public class CohortService {

    public static final int MAX_NAME = 120;

    private final CohortRepository cohorts;
    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    CohortService(CohortRepository cohorts, UserAccountRepository accounts, CurrentUser currentUser, Clock clock) {
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The cohorts the signed-in user may see: all (admin), owned (tutor) or joined (student). */
    @Transactional(readOnly = true)
    public List<CohortSummary> visibleCohorts() {
        SignedInUser viewer = currentUser.require();
        List<Cohort> visible = switch (viewer.role()) {
            case ADMIN -> cohorts.findAllWithOwner();
            case TUTOR -> cohorts.findByOwner(viewer.id());
            case STUDENT -> cohorts.findByMember(viewer.id());
        };
        return visible.stream().map(cohort -> summaryFor(viewer, cohort)).toList();
    }

    /** One cohort, if the signed-in user may see it; otherwise access is denied, whether or not it exists. */
    @Transactional(readOnly = true)
    public CohortSummary cohort(long cohortId) {
        SignedInUser viewer = currentUser.require();
        Cohort cohort = cohorts.findById(cohortId).orElseThrow(() -> notYours(cohortId));
        if (!mayView(viewer, cohort)) {
            throw notYours(cohortId);
        }
        return summaryFor(viewer, cohort);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CohortSummary createCohort(String name, long ownerId) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw UserFacingException.because("cohort.name.missing");
        }
        if (trimmed.length() > MAX_NAME) {
            throw UserFacingException.because("cohort.name.too-long", MAX_NAME);
        }
        if (cohorts.existsByNameIgnoreCase(trimmed)) {
            throw UserFacingException.because("cohort.name.taken", trimmed);
        }
        UserAccount owner = accountWithRole(ownerId, Role.TUTOR)
                .orElseThrow(() -> UserFacingException.because("cohort.owner.not-tutor"));
        Cohort saved = cohorts.save(new Cohort(trimmed, owner, clock.instant()));
        return summaryFor(currentUser.require(), saved);
    }

    /**
     * Adds a student to a cohort. Administrators only: a tutor who could add any student by id could read any
     * student's details and, later, their work. Adding a member twice changes nothing.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CohortSummary addStudent(long cohortId, long studentId) {
        Cohort cohort = existingCohort(cohortId);
        cohort.addMember(accountWithRole(studentId, Role.STUDENT)
                .orElseThrow(() -> UserFacingException.because("cohort.member.not-student")));
        return summaryFor(currentUser.require(), cohort);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CohortSummary removeStudent(long cohortId, long studentId) {
        Cohort cohort = existingCohort(cohortId);
        accounts.findById(studentId).ifPresent(cohort::removeMember);
        return summaryFor(currentUser.require(), cohort);
    }

    /** The student accounts not yet in the cohort, by name: the choices for adding one. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserSummary> studentsNotIn(long cohortId) {
        Cohort cohort = existingCohort(cohortId);
        return accounts.findByRoleOrderByDisplayNameAsc(Role.STUDENT).stream()
                .filter(student -> !cohort.hasMember(student.getId()))
                .map(AccountService::summary)
                .toList();
    }

    private Cohort existingCohort(long cohortId) {
        return cohorts.findById(cohortId).orElseThrow(() -> UserFacingException.because("cohort.not-found"));
    }

    private Optional<UserAccount> accountWithRole(long accountId, Role role) {
        return accounts.findById(accountId).filter(account -> account.getRole() == role);
    }

    private static boolean mayView(SignedInUser viewer, Cohort cohort) {
        return switch (viewer.role()) {
            case ADMIN -> true;
            case TUTOR -> ownedBy(cohort, viewer);
            case STUDENT -> cohort.hasMember(viewer.id());
        };
    }

    private static boolean ownedBy(Cohort cohort, SignedInUser user) {
        return cohort.getOwner().getId() == user.id();
    }

    private static CohortSummary summaryFor(SignedInUser viewer, Cohort cohort) {
        // Students learn which cohorts they are in, never who else is.
        boolean showsMembers = viewer.is(Role.ADMIN) || ownedBy(cohort, viewer);
        List<UserSummary> members = showsMembers
                ? cohort.getMembers().stream()
                        .map(AccountService::summary)
                        .sorted(Comparator.comparing(UserSummary::displayName))
                        .toList()
                : List.of();
        return new CohortSummary(
                cohort.getId(),
                cohort.getName(),
                cohort.getOwner().getId(),
                cohort.getOwner().getDisplayName(),
                cohort.getMembers().size(),
                members);
    }

    private static AccessDeniedException notYours(long cohortId) {
        return new AccessDeniedException("cohort " + cohortId + " is not visible to the caller");
    }
}
