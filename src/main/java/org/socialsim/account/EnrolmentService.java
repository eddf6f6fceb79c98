package org.socialsim.account;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.socialsim.account.domain.Cohort;
import org.socialsim.account.domain.CohortRepository;
import org.socialsim.account.domain.Membership;
import org.socialsim.account.domain.UserAccount;
import org.socialsim.account.domain.UserAccountRepository;
import org.socialsim.base.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrols many students at once, for a roster import: looks up the accounts a roster names, then opens the missing
 * accounts and adds the memberships in one transaction. Administrators only, like {@link CohortService#addStudent}:
 * whoever may enrol may learn which e-mail addresses have accounts.
 */
@Service
public class EnrolmentService {

    public static final int MAX_STUDENT_NUMBER = 64;

    private final UserAccountRepository accounts;
    private final CohortRepository cohorts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final PasswordPolicy passwordPolicy = new PasswordPolicy();

    EnrolmentService(
            UserAccountRepository accounts, CohortRepository cohorts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** An e-mail address as accounts store it: trimmed, lower case. */
    public static String normalisedEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** A student number as accounts store it: trimmed, upper case, so "s123" and "S123" are the same student. */
    public static String normalisedStudentNumber(String studentNumber) {
        return studentNumber.strip().toUpperCase(Locale.ROOT);
    }

    /** The same loose check {@link AccountService} applies: one @, something on each side, a dot in the domain. */
    public static boolean isWellFormedEmail(String email) {
        return AccountService.EMAIL.matcher(email).matches();
    }

    /** The accounts with these (normalised) e-mails or student numbers, and every cohort's name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public EnrolmentLookup lookUp(Collection<String> emails, Collection<String> studentNumbers) {
        Map<Long, UserAccount> found = new HashMap<>();
        if (!emails.isEmpty()) {
            accounts.findByEmailIn(Set.copyOf(emails)).forEach(account -> found.put(account.getId(), account));
        }
        if (!studentNumbers.isEmpty()) {
            accounts.findByStudentNumberIn(Set.copyOf(studentNumbers))
                    .forEach(account -> found.put(account.getId(), account));
        }
        Map<Long, Set<String>> cohortsOf = found.isEmpty()
                ? Map.of()
                : cohorts.membershipsOf(found.keySet()).stream()
                        .collect(Collectors.groupingBy(
                                Membership::studentId, Collectors.mapping(Membership::cohortName, Collectors.toSet())));
        Map<String, KnownStudent> byEmail = new HashMap<>();
        Map<String, KnownStudent> byNumber = new HashMap<>();
        for (UserAccount account : found.values()) {
            KnownStudent known = new KnownStudent(
                    account.getId(),
                    account.getUsername(),
                    account.getDisplayName(),
                    account.getEmail(),
                    account.getStudentNumber(),
                    account.getRole(),
                    cohortsOf.getOrDefault(account.getId(), Set.of()));
            if (account.getEmail() != null) {
                byEmail.put(account.getEmail(), known);
            }
            if (account.getStudentNumber() != null) {
                byNumber.put(account.getStudentNumber(), known);
            }
        }
        Map<String, String> cohortNames = cohorts.findAll().stream()
                .collect(Collectors.toMap(
                        cohort -> cohort.getName().toLowerCase(Locale.ROOT), Cohort::getName, (a, b) -> a));
        return new EnrolmentLookup(byEmail, byNumber, cohortNames);
    }

    /**
     * Opens an account for every student without one (login from the e-mail's local part, a temporary password to
     * change at first sign-in), records missing student numbers and adds the memberships. All or nothing: any refusal
     * undoes everything this call stored.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public EnrolmentOutcome enrol(List<Enrolment> enrolments) {
        Map<String, Cohort> cohortsByName =
                cohorts.findAll().stream().collect(Collectors.toMap(Cohort::getName, Function.identity()));
        Set<String> seenEmails = new HashSet<>();
        Set<String> usernamesTaken = new HashSet<>();
        List<PendingAccount> pending = new ArrayList<>();
        int updated = 0;
        int unchanged = 0;
        for (Enrolment enrolment : enrolments) {
            String email = normalisedEmail(enrolment.email());
            if (!seenEmails.add(email)) {
                throw UserFacingException.because("enrolment.email.twice", email);
            }
            List<Cohort> wanted = enrolment.cohortNames().stream()
                    .map(name -> existingCohort(cohortsByName, name))
                    .toList();
            @Nullable
            String number =
                    enrolment.studentNumber() == null ? null : normalisedStudentNumber(enrolment.studentNumber());
            UserAccount account =
                    accounts.findByEmailIn(List.of(email)).stream().findFirst().orElse(null);
            if (account == null) {
                pending.add(new PendingAccount(
                        newAccount(enrolment, email, number, usernamesTaken),
                        wanted,
                        passwordPolicy.temporaryPassword()));
                continue;
            }
            if (account.getRole() != Role.STUDENT) {
                throw UserFacingException.because("enrolment.not-a-student", email);
            }
            boolean changed = false;
            if (number != null && !number.equals(account.getStudentNumber())) {
                if (account.getStudentNumber() != null || accounts.existsByStudentNumber(number)) {
                    throw UserFacingException.because("enrolment.student-number.conflict", email, number);
                }
                account.recordStudentNumber(number);
                changed = true;
            }
            for (Cohort cohort : wanted) {
                if (!cohort.hasMember(account.getId())) {
                    cohort.addMember(account);
                    changed = true;
                }
            }
            if (changed) {
                updated++;
            } else {
                unchanged++;
            }
        }
        // BCrypt is deliberately slow (~0.1 s a hash): a large roster hashes on every core rather than one.
        List<String> hashes = pending.parallelStream()
                .map(account -> passwordEncoder.encode(account.temporaryPassword()))
                .toList();
        List<TemporaryCredential> credentials = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            PendingAccount next = pending.get(i);
            UserAccount account = next.account();
            account.changePasswordHash(hashes.get(i), true);
            UserAccount saved = accounts.save(account);
            next.cohorts().forEach(cohort -> cohort.addMember(saved));
            credentials.add(new TemporaryCredential(
                    saved.getDisplayName(),
                    saved.getUsername(),
                    saved.getEmail() == null ? "" : saved.getEmail(),
                    saved.getStudentNumber(),
                    next.temporaryPassword()));
        }
        accounts.flush();
        return new EnrolmentOutcome(pending.size(), updated, unchanged, credentials);
    }

    private UserAccount newAccount(
            Enrolment enrolment, String email, @Nullable String number, Set<String> usernamesTaken) {
        if (email.length() > AccountService.MAX_EMAIL || !isWellFormedEmail(email)) {
            throw UserFacingException.because("account.email.invalid");
        }
        String displayName = enrolment.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > AccountService.MAX_DISPLAY_NAME) {
            throw UserFacingException.because("enrolment.name.invalid", email);
        }
        if (number != null && (number.length() > MAX_STUDENT_NUMBER || accounts.existsByStudentNumber(number))) {
            throw UserFacingException.because("enrolment.student-number.conflict", email, number);
        }
        String username = freeUsername(email, usernamesTaken);
        UserAccount account = new UserAccount(username, displayName, email, Role.STUDENT, "", clock.instant());
        if (number != null) {
            account.recordStudentNumber(number);
        }
        return account;
    }

    /** The e-mail's local part as a login (accents dropped, other characters removed), numbered if taken. */
    private String freeUsername(String email, Set<String> usernamesTaken) {
        String local = Normalizer.normalize(email.substring(0, email.indexOf('@')), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "")
                .replaceFirst("^[^a-z0-9]+", "");
        String base = local.length() < 3 ? "student" + local : local;
        base = base.substring(0, Math.min(base.length(), AccountService.MAX_USERNAME - 6));
        String candidate = base;
        int suffix = 2;
        while (usernamesTaken.contains(candidate) || accounts.existsByUsernameIgnoreCase(candidate)) {
            candidate = base + suffix++;
        }
        if (!AccountService.USERNAME.matcher(candidate).matches()) {
            throw UserFacingException.because("account.username.invalid");
        }
        usernamesTaken.add(candidate);
        return candidate;
    }

    private static Cohort existingCohort(Map<String, Cohort> cohortsByName, String name) {
        Cohort cohort = cohortsByName.get(name);
        if (cohort == null) {
            throw UserFacingException.because("enrolment.cohort.unknown", name);
        }
        return cohort;
    }

    private record PendingAccount(UserAccount account, List<Cohort> cohorts, String temporaryPassword) {}
}
