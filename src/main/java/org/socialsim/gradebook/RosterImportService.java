package org.socialsim.gradebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.socialsim.account.AccountService;
import org.socialsim.account.CohortService;
import org.socialsim.account.Enrolment;
import org.socialsim.account.EnrolmentLookup;
import org.socialsim.account.EnrolmentOutcome;
import org.socialsim.account.EnrolmentService;
import org.socialsim.account.KnownStudent;
import org.socialsim.account.Role;
import org.socialsim.base.UserFacingException;
import org.socialsim.gradebook.io.RosterFile;
import org.socialsim.gradebook.io.RosterFileReader;
import org.socialsim.gradebook.io.RosterLimits;
import org.socialsim.gradebook.io.RosterLine;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a roster of students (name, e-mail, student id, cohort) from an .xlsx or CSV file: first a preview that
 * stores nothing and names every row's problems, then a commit that stores all rows or none. Administrators only, as
 * opening accounts and adding cohort members are (see {@link EnrolmentService}).
 */
@Service
public class RosterImportService {

    private final EnrolmentService enrolments;
    private final RosterFileReader reader;

    RosterImportService(EnrolmentService enrolments) {
        this.enrolments = enrolments;
        this.reader = new RosterFileReader(RosterLimits.DEFAULT);
    }

    /**
     * What importing the file would do, row by row. Stores nothing.
     *
     * @throws UserFacingException when the file cannot be read as a roster at all (too large, not a spreadsheet, …)
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public RosterPreview preview(String fileName, byte[] content) {
        RosterFile file = reader.read(fileName, content);
        Set<String> emails = new LinkedHashSet<>();
        Set<String> numbers = new LinkedHashSet<>();
        for (RosterLine line : file.lines()) {
            emails.add(EnrolmentService.normalisedEmail(line.email()));
            if (!line.studentId().isEmpty()) {
                numbers.add(EnrolmentService.normalisedStudentNumber(line.studentId()));
            }
        }
        EnrolmentLookup lookup = enrolments.lookUp(emails, numbers);
        Map<String, RosterLine> firstByEmail = new HashMap<>();
        Map<String, RosterLine> firstByNumber = new HashMap<>();
        Set<String> emailAndCohortSeen = new java.util.HashSet<>();
        List<RosterRow> rows = new ArrayList<>();
        for (RosterLine line : file.lines()) {
            List<RosterProblem> problems = new ArrayList<>();
            checkValues(line, lookup, problems);
            String email = EnrolmentService.normalisedEmail(line.email());
            String number = EnrolmentService.normalisedStudentNumber(line.studentId());
            checkAgainstFile(line, email, number, firstByEmail, firstByNumber, emailAndCohortSeen, problems);
            KnownStudent byEmail = email.isEmpty() ? null : lookup.byEmail().get(email);
            checkAgainstAccounts(email, number, byEmail, lookup, problems);
            rows.add(new RosterRow(
                    line.row(),
                    line.name(),
                    line.email(),
                    line.studentId(),
                    line.cohort(),
                    status(line, number, byEmail, lookup, problems),
                    problems));
        }
        return new RosterPreview(fileName, rows);
    }

    /**
     * Imports the file: opens the new students' accounts with temporary passwords and adds the memberships, in one
     * transaction. The file is checked again here, so a preview that went stale cannot store a bad row.
     *
     * @throws UserFacingException when any row has a problem; then nothing is stored
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public EnrolmentOutcome commit(String fileName, byte[] content) {
        RosterPreview preview = preview(fileName, content);
        if (!preview.committable()) {
            throw UserFacingException.because("roster.commit.has-errors", preview.count(RosterRowStatus.ERROR));
        }
        EnrolmentLookup lookup = enrolments.lookUp(List.of(), List.of());
        Map<String, Enrolment> byEmail = new LinkedHashMap<>();
        for (RosterRow row : preview.rows()) {
            String email = EnrolmentService.normalisedEmail(row.email());
            String cohort = lookup.cohortNamed(row.cohort()).orElseThrow();
            Enrolment earlier = byEmail.get(email);
            Set<String> cohorts = new LinkedHashSet<>(earlier == null ? Set.of() : earlier.cohortNames());
            cohorts.add(cohort);
            byEmail.put(
                    email,
                    new Enrolment(row.name(), email, row.studentId().isEmpty() ? null : row.studentId(), cohorts));
        }
        return enrolments.enrol(List.copyOf(byEmail.values()));
    }

    private static void checkValues(RosterLine line, EnrolmentLookup lookup, List<RosterProblem> problems) {
        if (line.name().isEmpty()) {
            problems.add(RosterProblem.because("roster.row.name-missing"));
        } else if (line.name().length() > AccountService.MAX_DISPLAY_NAME) {
            problems.add(RosterProblem.because("roster.row.name-too-long", AccountService.MAX_DISPLAY_NAME));
        }
        if (line.email().isEmpty()) {
            problems.add(RosterProblem.because("roster.row.email-missing"));
        } else if (line.email().length() > AccountService.MAX_EMAIL) {
            problems.add(RosterProblem.because("roster.row.email-too-long", AccountService.MAX_EMAIL));
        } else if (!EnrolmentService.isWellFormedEmail(line.email())) {
            problems.add(RosterProblem.because("roster.row.email-malformed", line.email()));
        }
        if (line.studentId().length() > EnrolmentService.MAX_STUDENT_NUMBER) {
            problems.add(RosterProblem.because("roster.row.student-id-too-long", EnrolmentService.MAX_STUDENT_NUMBER));
        }
        if (line.cohort().isEmpty()) {
            problems.add(RosterProblem.because("roster.row.cohort-missing"));
        } else if (line.cohort().length() > CohortService.MAX_NAME) {
            problems.add(RosterProblem.because("roster.row.cohort-too-long", CohortService.MAX_NAME));
        } else if (lookup.cohortNamed(line.cohort()).isEmpty()) {
            problems.add(RosterProblem.because("roster.row.cohort-unknown", line.cohort()));
        }
    }

    /** One student may be in several cohorts, but the rows that name them must agree with each other. */
    private static void checkAgainstFile(
            RosterLine line,
            String email,
            String number,
            Map<String, RosterLine> firstByEmail,
            Map<String, RosterLine> firstByNumber,
            Set<String> emailAndCohortSeen,
            List<RosterProblem> problems) {
        if (!email.isEmpty()) {
            RosterLine first = firstByEmail.putIfAbsent(email, line);
            if (first != null) {
                if (!emailAndCohortSeen.add(email + "\n" + line.cohort().toLowerCase(Locale.ROOT))) {
                    problems.add(RosterProblem.because("roster.row.duplicate", first.row()));
                }
                if (!EnrolmentService.normalisedStudentNumber(first.studentId()).equals(number)) {
                    problems.add(RosterProblem.because("roster.row.email-other-student-id", first.row()));
                }
                if (!first.name().equals(line.name())) {
                    problems.add(RosterProblem.because("roster.row.email-other-name", first.row()));
                }
            } else {
                emailAndCohortSeen.add(email + "\n" + line.cohort().toLowerCase(Locale.ROOT));
            }
        }
        if (!number.isEmpty()) {
            RosterLine first = firstByNumber.putIfAbsent(number, line);
            if (first != null
                    && !EnrolmentService.normalisedEmail(first.email()).equals(email)) {
                problems.add(RosterProblem.because("roster.row.student-id-twice", first.row()));
            }
        }
    }

    private static void checkAgainstAccounts(
            String email,
            String number,
            @Nullable KnownStudent byEmail,
            EnrolmentLookup lookup,
            List<RosterProblem> problems) {
        if (byEmail != null && byEmail.role() != Role.STUDENT) {
            problems.add(RosterProblem.because("roster.row.email-not-student", email));
        } else if (byEmail != null
                && byEmail.studentNumber() != null
                && !number.isEmpty()
                && !byEmail.studentNumber().equals(number)) {
            problems.add(RosterProblem.because("roster.row.email-has-other-id", byEmail.studentNumber()));
        }
        KnownStudent byNumber =
                number.isEmpty() ? null : lookup.byStudentNumber().get(number);
        if (byNumber != null && (byEmail == null || byNumber.id() != byEmail.id())) {
            problems.add(RosterProblem.because(
                    "roster.row.student-id-taken", byNumber.email() == null ? byNumber.username() : byNumber.email()));
        }
    }

    private static RosterRowStatus status(
            RosterLine line,
            String number,
            @Nullable KnownStudent existing,
            EnrolmentLookup lookup,
            List<RosterProblem> problems) {
        if (!problems.isEmpty()) {
            return RosterRowStatus.ERROR;
        }
        if (existing == null) {
            return RosterRowStatus.NEW;
        }
        boolean member = existing.cohortNames()
                .contains(lookup.cohortNamed(line.cohort()).orElseThrow());
        boolean sameNumber = number.isEmpty() || number.equals(existing.studentNumber());
        return member && sameNumber ? RosterRowStatus.UNCHANGED : RosterRowStatus.UPDATE;
    }
}
