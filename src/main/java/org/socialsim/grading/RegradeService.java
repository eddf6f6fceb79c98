package org.socialsim.grading;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialsim.account.SignedInUser;
import org.socialsim.account.domain.UserAccount;
import org.socialsim.account.domain.UserAccountRepository;
import org.socialsim.assignment.domain.Assignment;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptStatus;
import org.socialsim.attempt.domain.Attempt;
import org.socialsim.attempt.domain.AttemptRepository;
import org.socialsim.base.UserFacingException;
import org.socialsim.grading.RegradeOptions.RubricChoice;
import org.socialsim.grading.RegradeReport.AttemptRegrade;
import org.socialsim.grading.assessment.RubricCorrection;
import org.socialsim.grading.assessment.RubricCorrection.GivenMark;
import org.socialsim.grading.assessment.SuggestedGrade;
import org.socialsim.grading.assessment.SuggestedMarks;
import org.socialsim.grading.assessment.SuggestionChanges;
import org.socialsim.grading.domain.MarkSheet;
import org.socialsim.grading.domain.MarkSheetRepository;
import org.socialsim.grading.domain.MarkingDecisionEntry;
import org.socialsim.grading.domain.MarkingDecisionRepository;
import org.socialsim.grading.domain.StoredSuggestion;
import org.socialsim.grading.domain.StoredSuggestionRepository;
import org.socialsim.grading.io.GradingCodec;
import org.socialsim.rubric.definition.RubricDefinition;
import org.socialsim.rubric.domain.RubricVersion;
import org.socialsim.rubric.domain.RubricVersionListing;
import org.socialsim.rubric.domain.RubricVersionRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regrading an assignment after a rubric fix: every submitted attempt's suggestion recomputed, optionally under a
 * corrected version of the same rubric, and a report of what changed. Tutors' marks, comments and their history stay
 * exactly as they were; the first marker's and the agreed sheets get a {@link MarkingAction#REGRADED} line so the
 * history shows that the suggestion beside the marks was recomputed. Only the cohort's tutor or an administrator may
 * regrade.
 */
@Service
public class RegradeService {

    private static final Logger LOG = LoggerFactory.getLogger(RegradeService.class);
    private static final String TEACHERS = "hasAnyRole('TUTOR', 'ADMIN')";
    /** Marks outside their level named in the refusal; the rest are counted. */
    private static final int NAMED_MARKS = 5;

    private final GradingService grading;
    private final AttemptService attemptService;
    private final AttemptRepository attempts;
    private final RubricVersionRepository rubricVersions;
    private final StoredSuggestionRepository suggestions;
    private final MarkSheetRepository sheets;
    private final MarkingDecisionRepository decisions;
    private final UserAccountRepository accounts;
    private final org.socialsim.account.CurrentUser currentUser;
    private final Clock clock;
    private final GradingCodec codec = new GradingCodec();

    RegradeService(
            GradingService grading,
            AttemptService attemptService,
            AttemptRepository attempts,
            RubricVersionRepository rubricVersions,
            StoredSuggestionRepository suggestions,
            MarkSheetRepository sheets,
            MarkingDecisionRepository decisions,
            UserAccountRepository accounts,
            org.socialsim.account.CurrentUser currentUser,
            Clock clock) {
        this.grading = grading;
        this.attemptService = attemptService;
        this.attempts = attempts;
        this.rubricVersions = rubricVersions;
        this.suggestions = suggestions;
        this.sheets = sheets;
        this.decisions = decisions;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The assignment's rubric version, the later versions it could move to, and how many attempts a regrade covers. */
    @PreAuthorize(TEACHERS)
    @Transactional(readOnly = true)
    public RegradeOptions options(long assignmentId) {
        Assignment assignment = grading.ownedAssignment(assignmentId, currentUser.require());
        RubricVersion current = assignment.getRubricVersion();
        List<RubricChoice> newer = rubricVersions.listAll().stream()
                .filter(listing -> listing.rubricId().equals(current.getRubricId()))
                .filter(listing -> listing.versionNumber() > current.getVersionNumber())
                .sorted(Comparator.comparingInt(RubricVersionListing::versionNumber)
                        .reversed())
                .map(listing -> new RubricChoice(
                        listing.id(),
                        listing.versionNumber(),
                        listing.title(),
                        listing.createdBy(),
                        listing.createdAt()))
                .toList();
        return new RegradeOptions(
                assignment.getId(),
                assignment.getTitle(),
                new RubricChoice(
                        current.getId(),
                        current.getVersionNumber(),
                        current.getTitle(),
                        current.getCreatedBy() == null
                                ? null
                                : current.getCreatedBy().getDisplayName(),
                        current.getCreatedAt()),
                newer,
                attempts.countSubmitted(assignmentId));
    }

    /**
     * Recomputes the suggestion of every submitted attempt of an assignment and reports what changed.
     *
     * @param correctedVersionId a later version of the assignment's rubric to move the assignment to first, or null
     *     (or the current version's id) to recompute under the current version, e.g. after an assessor was fixed
     * @throws UserFacingException when the corrected version is not a later version of the same rubric, or would not
     *     fit the marks tutors have already given (which, and why, is in the message)
     */
    @PreAuthorize(TEACHERS)
    @Transactional
    public RegradeReport regrade(long assignmentId, @Nullable Long correctedVersionId) {
        SignedInUser user = currentUser.require();
        Assignment assignment = grading.ownedAssignment(assignmentId, user);
        RubricVersion before = assignment.getRubricVersion();
        List<MarkSheet> sheetsOfAssignment = sheets.findByAssignment(assignmentId);
        if (correctedVersionId != null && correctedVersionId != before.getId()) {
            RubricVersion corrected = rubricVersions
                    .findById(correctedVersionId)
                    .orElseThrow(() -> UserFacingException.because("regrade.version.unknown"));
            requireCorrection(before, corrected, sheetsOfAssignment, assignmentId);
            assignment.correctRubric(corrected);
        }
        RubricVersion version = assignment.getRubricVersion();
        RubricDefinition rubric = grading.rubric(version);

        Map<Long, StoredSuggestion> stored = new HashMap<>();
        suggestions
                .findByAssignment(assignmentId)
                .forEach(suggestion -> stored.put(suggestion.getAttempt().getId(), suggestion));
        Map<Long, List<MarkSheet>> sheetsByAttempt = sheetsOfAssignment.stream()
                .collect(Collectors.groupingBy(sheet -> sheet.getAttempt().getId()));
        String note = before.getId() == version.getId()
                ? "v" + version.getVersionNumber()
                : "v" + before.getVersionNumber() + " → v" + version.getVersionNumber();
        UserAccount regrader = accounts.getReferenceById(user.id());
        Instant now = clock.instant();

        Map<Long, String> previousJson = new HashMap<>();
        stored.forEach((attemptId, suggestion) -> previousJson.put(attemptId, suggestion.getGradeJson()));
        // Pure and in parallel: the run, the assessors, and reading and writing the JSON.
        List<Recomputed> recomputed = attemptService.submittedWork(assignmentId, work -> {
            long attemptId = work.state().attemptId();
            SuggestedGrade after = SuggestedMarks.suggest(rubric, GradingService.submission(work));
            @Nullable String json = previousJson.get(attemptId);
            return new Recomputed(
                    attemptId,
                    work.state().studentName(),
                    work.state().status() == AttemptStatus.MARKED,
                    json == null ? null : codec.readSuggestion(json),
                    after,
                    codec.writeSuggestion(after));
        });
        // In the transaction, one attempt after the other: the stored suggestions and the sheets' history.
        List<AttemptRegrade> lines = new ArrayList<>();
        for (Recomputed attempt : recomputed) {
            SuggestedGrade after = attempt.after();
            @Nullable StoredSuggestion old = stored.get(attempt.attemptId());
            if (old == null) {
                suggestions.save(new StoredSuggestion(
                        attempts.getReferenceById(attempt.attemptId()),
                        version,
                        after.total(),
                        after.band(),
                        attempt.json(),
                        now));
            } else {
                old.replace(version, after.total(), after.band(), attempt.json(), now);
            }
            List<MarkSheet> attemptSheets = sheetsByAttempt.getOrDefault(attempt.attemptId(), List.of());
            for (MarkSheet sheet : attemptSheets) {
                // A second marker marks blind, so their history must not show the suggestion either.
                if (sheet.getRole() != MarkerRole.SECOND) {
                    decisions.save(new MarkingDecisionEntry(
                            sheet, null, MarkingAction.REGRADED, after.band(), after.total(), note, regrader, now));
                }
            }
            @Nullable SuggestedGrade previous = attempt.previous();
            lines.add(new AttemptRegrade(
                    attempt.attemptId(),
                    attempt.studentName(),
                    previous == null ? null : previous.total(),
                    previous == null ? null : previous.band(),
                    after.total(),
                    after.band(),
                    SuggestionChanges.between(rubric, previous, after),
                    SuggestionChanges.changed(rubric, previous, after),
                    attemptSheets.stream()
                            .anyMatch(sheet ->
                                    !codec.readMarks(sheet.getMarksJson()).isEmpty()),
                    attempt.released()));
        }
        List<AttemptRegrade> byName = new ArrayList<>(lines);
        byName.sort(Comparator.comparing(AttemptRegrade::studentName, String.CASE_INSENSITIVE_ORDER));
        RegradeReport report =
                new RegradeReport(rubric.title(), before.getVersionNumber(), version.getVersionNumber(), byName);
        // The audit for attempts nobody has marked yet: their stored suggestion says when and under which version.
        LOG.info(
                "{} regraded assignment {} under rubric {} {}: {} attempts, {} changed, {} of them marked already",
                user.username(),
                assignmentId,
                version.getRubricId(),
                note,
                byName.size(),
                report.changed(),
                report.changedWithTutorMarks());
        return report;
    }

    /** Refuses a version that is not a later one of the same rubric, or that the marks already given would not fit. */
    private void requireCorrection(
            RubricVersion current, RubricVersion corrected, List<MarkSheet> sheetsOfAssignment, long assignmentId) {
        if (!corrected.getRubricId().equals(current.getRubricId())) {
            throw UserFacingException.because("regrade.version.other-rubric", corrected.getTitle(), current.getTitle());
        }
        if (corrected.getVersionNumber() <= current.getVersionNumber()) {
            throw UserFacingException.because(
                    "regrade.version.not-newer", corrected.getVersionNumber(), current.getVersionNumber());
        }
        List<GivenMark> given = new ArrayList<>();
        if (sheetsOfAssignment.stream()
                .anyMatch(sheet -> !codec.readMarks(sheet.getMarksJson()).isEmpty())) {
            Map<Long, String> students = new HashMap<>();
            for (Attempt attempt : attempts.findByAssignment(assignmentId)) {
                students.put(attempt.getId(), attempt.getStudent().getDisplayName());
            }
            for (MarkSheet sheet : sheetsOfAssignment) {
                String student = students.getOrDefault(sheet.getAttempt().getId(), "?");
                codec.readMarks(sheet.getMarksJson())
                        .forEach((criterion, mark) ->
                                given.add(new GivenMark(student, criterion, mark.level(), mark.mark())));
            }
        }
        Optional<RubricCorrection.Incompatibility> problem =
                RubricCorrection.check(grading.rubric(current), grading.rubric(corrected), given);
        if (problem.isEmpty()) {
            return;
        }
        int number = corrected.getVersionNumber();
        throw switch (problem.get()) {
            case RubricCorrection.OtherCriteria(List<String> onlyBefore, List<String> onlyAfter) ->
                UserFacingException.because(
                        "regrade.incompatible.criteria",
                        number,
                        onlyBefore.isEmpty() ? "–" : String.join(", ", onlyBefore),
                        onlyAfter.isEmpty() ? "–" : String.join(", ", onlyAfter));
            case RubricCorrection.OtherMarks(String criterion, int marksBefore, int marksAfter) ->
                UserFacingException.because(
                        "regrade.incompatible.criterion-marks", number, criterion, marksAfter, marksBefore);
            case RubricCorrection.MarksOutsideLevels(List<GivenMark> marks) ->
                UserFacingException.because(
                        "regrade.incompatible.marks-outside-levels",
                        number,
                        marks.size(),
                        marks.stream()
                                .limit(NAMED_MARKS)
                                .map(mark -> mark.student() + " – " + mark.criterion() + ": " + mark.level() + " "
                                        + mark.mark())
                                .collect(Collectors.joining("; ")),
                        Math.max(0, marks.size() - NAMED_MARKS));
        };
    }

    /** One attempt's suggestion recomputed, before anything is written. */
    private record Recomputed(
            long attemptId,
            String studentName,
            boolean released,
            @Nullable SuggestedGrade previous,
            SuggestedGrade after,
            String json) {}
}
