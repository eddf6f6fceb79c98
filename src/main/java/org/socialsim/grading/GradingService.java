package org.socialsim.grading;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.socialsim.account.CurrentUser;
import org.socialsim.account.Role;
import org.socialsim.account.SignedInUser;
import org.socialsim.account.domain.UserAccount;
import org.socialsim.account.domain.UserAccountRepository;
import org.socialsim.assignment.domain.Assignment;
import org.socialsim.assignment.domain.AssignmentRepository;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.AttemptStatus;
import org.socialsim.attempt.AttemptWork;
import org.socialsim.attempt.domain.Attempt;
import org.socialsim.attempt.domain.AttemptRepository;
import org.socialsim.base.UserFacingException;
import org.socialsim.base.io.ReadResult;
import org.socialsim.grading.assessment.AssessorResult;
import org.socialsim.grading.assessment.CriterionSuggestion;
import org.socialsim.grading.assessment.EvidenceLine;
import org.socialsim.grading.assessment.Submission;
import org.socialsim.grading.assessment.SuggestedGrade;
import org.socialsim.grading.assessment.SuggestedMarks;
import org.socialsim.grading.domain.CommentBankEntry;
import org.socialsim.grading.domain.CommentBankRepository;
import org.socialsim.grading.domain.MarkSheet;
import org.socialsim.grading.domain.MarkSheetRepository;
import org.socialsim.grading.domain.MarkingDecisionEntry;
import org.socialsim.grading.domain.MarkingDecisionRepository;
import org.socialsim.grading.domain.StoredSuggestion;
import org.socialsim.grading.domain.StoredSuggestionRepository;
import org.socialsim.grading.io.GradingCodec;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.LevelDefinition;
import org.socialsim.rubric.definition.RubricDefinition;
import org.socialsim.rubric.domain.RubricVersion;
import org.socialsim.rubric.io.RubricReader;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marking: the assessors' suggestions, mark sheets, blind second marking, release and the student's feedback. Checks
 * who is asking on every call:
 *
 * <ul>
 *   <li>the cohort's tutor (the assignment's owner) and administrators run the queue, mark first, name second
 *       markers, moderate and release;
 *   <li>a second marker sees and marks only the attempts they were named for, blind: never the first marker's marks
 *       nor the suggestions while their own sheet is open;
 *   <li>a student reads only their own feedback, and only once released.
 * </ul>
 *
 * Anything else is refused as if it did not exist.
 */
@Service
public class GradingService {

    public static final int MAX_COMMENT = 4_000;
    public static final int MAX_FEEDBACK = 10_000;

    private static final String TEACHERS = "hasAnyRole('TUTOR', 'ADMIN')";

    private final AttemptService attemptService;
    private final AttemptRepository attempts;
    private final AssignmentRepository assignments;
    private final MarkSheetRepository sheets;
    private final StoredSuggestionRepository suggestions;
    private final MarkingDecisionRepository decisions;
    private final CommentBankRepository commentBank;
    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final GradingCodec codec = new GradingCodec();
    private final RubricReader rubricReader = new RubricReader();
    /** Stored rubric versions never change, so their parsed form can be kept. */
    private final Map<Long, RubricDefinition> rubrics = Collections.synchronizedMap(new HashMap<>());

    GradingService(
            AttemptService attemptService,
            AttemptRepository attempts,
            AssignmentRepository assignments,
            MarkSheetRepository sheets,
            StoredSuggestionRepository suggestions,
            MarkingDecisionRepository decisions,
            CommentBankRepository commentBank,
            UserAccountRepository accounts,
            CurrentUser currentUser,
            Clock clock) {
        this.attemptService = attemptService;
        this.attempts = attempts;
        this.assignments = assignments;
        this.sheets = sheets;
        this.suggestions = suggestions;
        this.decisions = decisions;
        this.commentBank = commentBank;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---- the queue -------------------------------------------------------------------------------------------

    /**
     * Every attempt of an assignment with where its marking stands, by student name. Computes the suggestions of
     * submitted attempts that have none yet.
     */
    @PreAuthorize(TEACHERS)
    @Transactional
    public List<MarkingQueueRow> queue(long assignmentId) {
        Assignment assignment = ownedAssignment(assignmentId, currentUser.require());
        Map<Long, List<MarkSheet>> sheetsByAttempt = new HashMap<>();
        for (MarkSheet sheet : sheets.findByAssignment(assignmentId)) {
            sheetsByAttempt
                    .computeIfAbsent(sheet.getAttempt().getId(), id -> new ArrayList<>())
                    .add(sheet);
        }
        RubricDefinition rubric = rubric(assignment.getRubricVersion());
        List<MarkingQueueRow> rows = new ArrayList<>();
        for (Attempt attempt : attempts.findByAssignment(assignmentId)) {
            @Nullable
            SuggestedGrade suggestion = attempt.getStatus() == AttemptStatus.IN_PROGRESS ? null : suggestion(attempt);
            rows.add(row(
                    attempt, assignment, rubric, suggestion, sheetsByAttempt.getOrDefault(attempt.getId(), List.of())));
        }
        rows.sort(Comparator.comparing(MarkingQueueRow::studentName, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    /**
     * The final marks and feedback of every student of an assignment's cohort, for exports (the cohort's tutor and
     * administrators only). Reads only: computes no suggestions and opens no sheets.
     */
    @PreAuthorize(TEACHERS)
    @Transactional(readOnly = true)
    public AssignmentMarks assignmentMarks(long assignmentId) {
        Assignment assignment = ownedAssignment(assignmentId, currentUser.require());
        Map<Long, List<MarkSheet>> sheetsByAttempt = new HashMap<>();
        for (MarkSheet sheet : sheets.findByAssignment(assignmentId)) {
            sheetsByAttempt
                    .computeIfAbsent(sheet.getAttempt().getId(), id -> new ArrayList<>())
                    .add(sheet);
        }
        RubricDefinition rubric = rubric(assignment.getRubricVersion());
        List<AssignmentMarks.StudentMarks> students = new ArrayList<>();
        Set<Long> withAttempt = new HashSet<>();
        for (Attempt attempt : attempts.findByAssignment(assignmentId)) {
            withAttempt.add(attempt.getStudent().getId());
            List<MarkSheet> sheetsOfAttempt = sheetsByAttempt.getOrDefault(attempt.getId(), List.of());
            Map<MarkerRole, MarkSheet> byRole = new HashMap<>();
            sheetsOfAttempt.forEach(sheet -> byRole.put(sheet.getRole(), sheet));
            @Nullable MarkSheet first = byRole.get(MarkerRole.FIRST);
            @Nullable MarkSheet second = byRole.get(MarkerRole.SECOND);
            @Nullable MarkSheet last = finalSheet(sheetsOfAttempt);
            UserAccount student = attempt.getStudent();
            students.add(new AssignmentMarks.StudentMarks(
                    attempt.getId(),
                    student.getDisplayName(),
                    student.getStudentNumber(),
                    student.getEmail(),
                    attempt.getSubmittedAt(),
                    first == null ? null : first.getMarker().getDisplayName(),
                    second == null ? null : second.getMarker().getDisplayName(),
                    second != null && last != null && last.getRole() == MarkerRole.AGREED,
                    attempt.getStatus() == AttemptStatus.MARKED,
                    last == null ? null : ordered(rubric, codec.readMarks(last.getMarksJson())),
                    last == null ? "" : last.getOverallFeedback()));
        }
        // A student who never opened the assignment still belongs in the gradebook, with nothing to grade.
        for (UserAccount member : assignment.getCohort().getMembers()) {
            if (member.getRole() == Role.STUDENT && !withAttempt.contains(member.getId())) {
                students.add(new AssignmentMarks.StudentMarks(
                        null,
                        member.getDisplayName(),
                        member.getStudentNumber(),
                        member.getEmail(),
                        null,
                        null,
                        null,
                        false,
                        false,
                        null,
                        ""));
            }
        }
        students.sort(Comparator.comparing(AssignmentMarks.StudentMarks::studentName, String.CASE_INSENSITIVE_ORDER));
        return new AssignmentMarks(
                assignment.getId(),
                assignment.getTitle(),
                assignment.getCohort().getName(),
                assignment.getDueAt(),
                assignment.getScenarioVersion().getTitle(),
                assignment.getScenarioVersion().getVersionNumber(),
                assignment.getRubricVersion().getVersionNumber(),
                rubric,
                students);
    }

    /** The attempts the signed-in tutor was named second marker for, across assignments. */
    @PreAuthorize(TEACHERS)
    @Transactional(readOnly = true)
    public List<SecondMarking> mySecondMarking() {
        SignedInUser user = currentUser.require();
        return sheets.findByMarkerAndRole(user.id(), MarkerRole.SECOND).stream()
                .map(sheet -> new SecondMarking(
                        sheet.getAttempt().getId(),
                        sheet.getAttempt().getAssignment().getTitle(),
                        sheet.getAttempt().getStudent().getDisplayName(),
                        sheet.getStatus()))
                .toList();
    }

    /** The assessors' suggestion for a submitted attempt (the cohort's tutor and administrators only). */
    @PreAuthorize(TEACHERS)
    @Transactional
    public SuggestedGrade suggestion(long attemptId) {
        Attempt attempt = ownedAttempt(attemptId, currentUser.require());
        requireSubmitted(attempt);
        return suggestion(attempt);
    }

    // ---- mark sheets -----------------------------------------------------------------------------------------

    /**
     * Opens the signed-in marker's sheet for an attempt: the first marker's (started on first opening) or the second
     * marker's. The agreed sheet is opened through moderation.
     */
    @PreAuthorize(TEACHERS)
    @Transactional
    public MarkingSheet sheet(long attemptId, MarkerRole role) {
        SignedInUser user = currentUser.require();
        return switch (role) {
            case FIRST -> {
                Attempt attempt = ownedAttempt(attemptId, user);
                requireSubmitted(attempt);
                MarkSheet sheet = sheets.findByAttemptAndRole(attemptId, MarkerRole.FIRST)
                        .orElseGet(() -> sheets.saveAndFlush(new MarkSheet(
                                attempt, MarkerRole.FIRST, account(user), SheetStatus.DRAFT, "{}", clock.instant())));
                yield view(sheet, user);
            }
            case SECOND -> {
                MarkSheet sheet = sheets.findByAttemptAndRole(attemptId, MarkerRole.SECOND)
                        .filter(candidate -> candidate.getMarker().getId() == user.id())
                        .orElseThrow(() -> notFound(attemptId));
                yield view(sheet, user);
            }
            case AGREED -> {
                ownedAttempt(attemptId, user);
                MarkSheet sheet = sheets.findByAttemptAndRole(attemptId, MarkerRole.AGREED)
                        .orElseThrow(() -> UserFacingException.because("grading.agreed.not-started"));
                yield view(sheet, user);
            }
        };
    }

    /**
     * Records a level, mark and comment for one criterion. The mark must lie inside the level's range; the version
     * must be the one the marker's screen was built from.
     */
    @PreAuthorize(TEACHERS)
    @Transactional
    public MarkingSheet mark(
            long sheetId, long basedOnVersion, String criterionId, String level, int mark, String comment) {
        SignedInUser user = currentUser.require();
        MarkSheet sheet = editableSheet(sheetId, basedOnVersion, user);
        if (sheet.getRole() == MarkerRole.AGREED) {
            // Agreed marks need a reason where the markers differed: ModerationService.agree records it.
            throw UserFacingException.because("grading.agree.through-moderation");
        }
        RubricDefinition rubric = rubric(sheet.getAttempt().getAssignment().getRubricVersion());
        LevelDefinition chosen = level(criterion(rubric, criterionId), level);
        if (mark < chosen.minMarks() || mark > chosen.maxMarks()) {
            throw UserFacingException.because(
                    "grading.mark-outside-level", mark, chosen.label(), chosen.minMarks(), chosen.maxMarks());
        }
        String trimmed = comment(comment);
        @Nullable CriterionSuggestion suggested = suggestedCriterion(sheet, criterionId);
        boolean follows = suggested != null && suggested.level().equals(chosen.label()) && suggested.mark() == mark;
        Map<String, CriterionMark> marks = new LinkedHashMap<>(codec.readMarks(sheet.getMarksJson()));
        @Nullable CriterionMark before = marks.get(criterionId);
        marks.put(criterionId, new CriterionMark(chosen.label(), mark, trimmed, follows));
        Instant now = clock.instant();
        sheet.changeMarks(codec.writeMarks(ordered(rubric, marks)), now);
        MarkingAction action = before != null && before.level().equals(chosen.label()) && before.mark() == mark
                ? MarkingAction.COMMENTED
                : follows ? MarkingAction.ACCEPTED : MarkingAction.MARKED;
        decisions.save(new MarkingDecisionEntry(
                sheet,
                criterionId,
                action,
                chosen.label(),
                mark,
                trimmed.isEmpty() ? null : trimmed,
                account(user),
                now));
        return flushed(sheet, user);
    }

    /** Takes the suggested level and mark for one criterion, keeping any comment already written. */
    @PreAuthorize(TEACHERS)
    @Transactional
    public MarkingSheet acceptSuggestion(long sheetId, long basedOnVersion, String criterionId) {
        SignedInUser user = currentUser.require();
        MarkSheet sheet = editableSheet(sheetId, basedOnVersion, user);
        @Nullable CriterionSuggestion suggested = suggestedCriterion(sheet, criterionId);
        if (suggested == null) {
            throw notFound(sheet.getAttempt().getId());
        }
        @Nullable CriterionMark before = codec.readMarks(sheet.getMarksJson()).get(criterionId);
        return mark(
                sheetId,
                basedOnVersion,
                criterionId,
                suggested.level(),
                suggested.mark(),
                before == null ? "" : before.comment());
    }

    /** Replaces the overall feedback. */
    @PreAuthorize(TEACHERS)
    @Transactional
    public MarkingSheet writeFeedback(long sheetId, long basedOnVersion, String feedback) {
        SignedInUser user = currentUser.require();
        MarkSheet sheet = editableSheet(sheetId, basedOnVersion, user);
        String trimmed = feedbackText(feedback);
        Instant now = clock.instant();
        sheet.changeFeedback(trimmed, now);
        decisions.save(
                new MarkingDecisionEntry(sheet, null, MarkingAction.FEEDBACK, null, null, trimmed, account(user), now));
        return flushed(sheet, user);
    }

    /** Declares the sheet complete; every criterion must have a mark. */
    @PreAuthorize(TEACHERS)
    @Transactional
    public MarkingSheet complete(long sheetId, long basedOnVersion) {
        SignedInUser user = currentUser.require();
        MarkSheet sheet = editableSheet(sheetId, basedOnVersion, user);
        RubricDefinition rubric = rubric(sheet.getAttempt().getAssignment().getRubricVersion());
        Map<String, CriterionMark> marks = codec.readMarks(sheet.getMarksJson());
        List<String> missing = rubric.criteria().stream()
                .filter(criterion -> !marks.containsKey(criterion.id()))
                .map(CriterionDefinition::title)
                .toList();
        if (!missing.isEmpty()) {
            throw UserFacingException.because("grading.incomplete", missing.size(), String.join("; ", missing));
        }
        Instant now = clock.instant();
        sheet.complete(now);
        decisions.save(new MarkingDecisionEntry(
                sheet, null, MarkingAction.COMPLETED, null, total(marks), null, account(user), now));
        return flushed(sheet, user);
    }

    /** Opens a complete sheet for changes again (its marker only). */
    @PreAuthorize(TEACHERS)
    @Transactional
    public MarkingSheet reopen(long sheetId, long basedOnVersion) {
        SignedInUser user = currentUser.require();
        MarkSheet sheet = ownSheet(sheetId, user);
        requireVersion(sheet, basedOnVersion);
        if (!sheet.isComplete()) {
            return view(sheet, user);
        }
        Instant now = clock.instant();
        sheet.reopen(now);
        decisions.save(
                new MarkingDecisionEntry(sheet, null, MarkingAction.REOPENED, null, null, null, account(user), now));
        return flushed(sheet, user);
    }

    // ---- comment bank ----------------------------------------------------------------------------------------

    /** The saved comments for one criterion of the sheet's rubric, most used first. */
    @PreAuthorize(TEACHERS)
    @Transactional(readOnly = true)
    public List<String> commentBank(long sheetId, String criterionId) {
        MarkSheet sheet = ownSheet(sheetId, currentUser.require());
        String rubricId = sheet.getAttempt().getAssignment().getRubricVersion().getRubricId();
        return commentBank.findForCriterion(rubricId, criterionId).stream()
                .map(CommentBankEntry::getText)
                .toList();
    }

    /** Saves a comment to the criterion's bank, or counts one more use of it if it is there already. */
    @PreAuthorize(TEACHERS)
    @Transactional
    public void useComment(long sheetId, String criterionId, String text) {
        SignedInUser user = currentUser.require();
        MarkSheet sheet = ownSheet(sheetId, user);
        String trimmed = comment(text);
        if (trimmed.isEmpty()) {
            throw UserFacingException.because("grading.comment.empty");
        }
        RubricVersion rubricVersion = sheet.getAttempt().getAssignment().getRubricVersion();
        criterion(rubric(rubricVersion), criterionId);
        CommentBankEntry entry = commentBank
                .findText(rubricVersion.getRubricId(), criterionId, trimmed)
                .orElseGet(() -> commentBank.save(new CommentBankEntry(
                        rubricVersion.getRubricId(), criterionId, trimmed, account(user), clock.instant())));
        entry.used();
    }

    // ---- second marking --------------------------------------------------------------------------------------

    /** Tutors who may second-mark an assignment: every tutor but the cohort's own. */
    @PreAuthorize(TEACHERS)
    @Transactional(readOnly = true)
    public List<Marker> possibleSecondMarkers(long assignmentId) {
        Assignment assignment = ownedAssignment(assignmentId, currentUser.require());
        long owner = assignment.getCohort().getOwner().getId();
        return accounts.findByRoleOrderByDisplayNameAsc(Role.TUTOR).stream()
                .filter(tutor -> tutor.getId() != owner)
                .map(tutor -> new Marker(tutor.getId(), tutor.getDisplayName()))
                .toList();
    }

    /** Names a second marker for a submitted attempt, or another one while the first named has not started. */
    @PreAuthorize(TEACHERS)
    @Transactional
    public void assignSecondMarker(long attemptId, long markerId) {
        SignedInUser user = currentUser.require();
        Attempt attempt = ownedAttempt(attemptId, user);
        requireSubmitted(attempt);
        UserAccount marker = accounts.findById(markerId)
                .filter(candidate -> candidate.getRole() == Role.TUTOR)
                .filter(candidate -> candidate.getId()
                        != attempt.getAssignment().getCohort().getOwner().getId())
                .orElseThrow(() -> UserFacingException.because("grading.second-marker.not-a-tutor"));
        Instant now = clock.instant();
        MarkSheet sheet =
                sheets.findByAttemptAndRole(attemptId, MarkerRole.SECOND).orElse(null);
        if (sheet == null) {
            sheet = sheets.save(new MarkSheet(attempt, MarkerRole.SECOND, marker, SheetStatus.ASSIGNED, "{}", now));
        } else if (sheet.getMarker().getId() != markerId) {
            if (sheet.getStatus() != SheetStatus.ASSIGNED) {
                throw UserFacingException.because(
                        "grading.second-marker.started", sheet.getMarker().getDisplayName());
            }
            sheet.reassign(marker, now);
        }
        decisions.save(new MarkingDecisionEntry(
                sheet,
                null,
                MarkingAction.SECOND_MARKER_ASSIGNED,
                null,
                null,
                marker.getDisplayName(),
                account(user),
                now));
    }

    /** The assignment as its marking queue heads it: title, cohort, the rubric's marks and the disagreement threshold. */
    @PreAuthorize(TEACHERS)
    @Transactional(readOnly = true)
    public MarkingSettings markingSettings(long assignmentId) {
        Assignment assignment = ownedAssignment(assignmentId, currentUser.require());
        return new MarkingSettings(
                assignment.getId(),
                assignment.getTitle(),
                assignment.getCohort().getName(),
                rubric(assignment.getRubricVersion()).marks(),
                assignment.getDisagreementThreshold());
    }

    /** Sets by how many marks two markers' totals may differ before the queue flags the attempt. */
    @PreAuthorize(TEACHERS)
    @Transactional
    public void setDisagreementThreshold(long assignmentId, int marks) {
        Assignment assignment = ownedAssignment(assignmentId, currentUser.require());
        int maximum = rubric(assignment.getRubricVersion()).marks();
        if (marks < 0 || marks > maximum) {
            throw UserFacingException.because("grading.threshold.range", 0, maximum);
        }
        assignment.setDisagreementThreshold(marks);
    }

    // ---- release and feedback --------------------------------------------------------------------------------

    /**
     * Releases every attempt whose final marks are complete: the first marker's when no second marker was named,
     * the agreed marks when one was. The rest are listed and stay unreleased; releasing again later releases them.
     */
    @PreAuthorize(TEACHERS)
    @Transactional
    public ReleaseOutcome release(long assignmentId) {
        SignedInUser user = currentUser.require();
        ownedAssignment(assignmentId, user);
        Map<Long, List<MarkSheet>> sheetsByAttempt = new HashMap<>();
        for (MarkSheet sheet : sheets.findByAssignment(assignmentId)) {
            sheetsByAttempt
                    .computeIfAbsent(sheet.getAttempt().getId(), id -> new ArrayList<>())
                    .add(sheet);
        }
        int released = 0;
        int already = 0;
        List<String> notReady = new ArrayList<>();
        Instant now = clock.instant();
        for (Attempt attempt : attempts.findByAssignment(assignmentId)) {
            switch (attempt.getStatus()) {
                case MARKED -> already++;
                case IN_PROGRESS -> {
                    // Not submitted: nothing to release and nothing to report; the queue shows it.
                }
                default -> {
                    @Nullable MarkSheet last = finalSheet(sheetsByAttempt.getOrDefault(attempt.getId(), List.of()));
                    if (last == null) {
                        notReady.add(attempt.getStudent().getDisplayName());
                    } else {
                        attempt.release(now);
                        decisions.save(new MarkingDecisionEntry(
                                last,
                                null,
                                MarkingAction.RELEASED,
                                null,
                                total(codec.readMarks(last.getMarksJson())),
                                null,
                                account(user),
                                now));
                        released++;
                    }
                }
            }
        }
        notReady.sort(String.CASE_INSENSITIVE_ORDER);
        return new ReleaseOutcome(released, already, notReady);
    }

    /** The signed-in student's released grade and feedback for an attempt; null until it is released. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public @Nullable Feedback feedback(long attemptId) {
        SignedInUser student = currentUser.require();
        Attempt attempt = attempts.findWithAssignment(attemptId)
                .filter(candidate -> candidate.getStudent().getId() == student.id())
                .orElseThrow(() -> notFound(attemptId));
        if (attempt.getStatus() != AttemptStatus.MARKED || attempt.getReleasedAt() == null) {
            return null;
        }
        MarkSheet last = finalSheet(sheets.findByAttempt(attemptId));
        if (last == null) {
            throw new IllegalStateException("attempt " + attemptId + " was released without complete marks");
        }
        RubricDefinition rubric = rubric(attempt.getAssignment().getRubricVersion());
        @Nullable
        SuggestedGrade suggestion = suggestions
                .findByAttempt(attemptId)
                .map(stored -> codec.readSuggestion(stored.getGradeJson()))
                .orElse(null);
        Map<String, CriterionMark> marks = codec.readMarks(last.getMarksJson());
        List<Feedback.CriterionFeedback> criteria = new ArrayList<>();
        for (CriterionDefinition criterion : rubric.criteria()) {
            CriterionMark mark = marks.get(criterion.id());
            if (mark == null) {
                throw new IllegalStateException("released marks lack criterion " + criterion.id());
            }
            criteria.add(new Feedback.CriterionFeedback(
                    criterion.title(),
                    mark.level(),
                    level(criterion, mark.level()).descriptor(),
                    mark.mark(),
                    criterion.marks(),
                    mark.comment(),
                    evidence(suggestion, criterion.id())));
        }
        int total = total(marks);
        return new Feedback(
                rubric.title(),
                total,
                rubric.marks(),
                rubric.bandFor(total),
                last.getOverallFeedback(),
                criteria,
                attempt.getReleasedAt());
    }

    // ---- shared with moderation and regrading ----------------------------------------------------------------

    /** The rubric of a stored version, parsed once. */
    RubricDefinition rubric(RubricVersion version) {
        return rubrics.computeIfAbsent(version.getId(), id -> switch (rubricReader.read(
                version.getRubricId() + ".yaml", version.getYamlText())) {
            case ReadResult.Valid<RubricDefinition>(RubricDefinition definition) -> definition;
            case ReadResult.Invalid<RubricDefinition> invalid ->
                throw new IllegalStateException(
                        "stored rubric version " + id + " no longer reads: " + invalid.problems());
        });
    }

    /** The stored suggestion under the assignment's rubric version, computed and stored when missing or outdated. */
    SuggestedGrade suggestion(Attempt attempt) {
        RubricVersion rubricVersion = attempt.getAssignment().getRubricVersion();
        @Nullable
        StoredSuggestion stored = suggestions.findByAttempt(attempt.getId()).orElse(null);
        if (stored != null && stored.getRubricVersion().getId() == rubricVersion.getId()) {
            return codec.readSuggestion(stored.getGradeJson());
        }
        SuggestedGrade grade = SuggestedMarks.suggest(rubric(rubricVersion), submission(attempt.getId()));
        String json = codec.writeSuggestion(grade);
        if (stored == null) {
            suggestions.save(
                    new StoredSuggestion(attempt, rubricVersion, grade.total(), grade.band(), json, clock.instant()));
        } else {
            stored.replace(rubricVersion, grade.total(), grade.band(), json, clock.instant());
        }
        return grade;
    }

    /** What the assessors read of an attempt. */
    Submission submission(long attemptId) {
        return submission(attemptService.work(attemptId));
    }

    /** What the assessors read of an attempt's work read already. */
    static Submission submission(AttemptWork work) {
        AttemptState state = work.state();
        return new Submission(
                state.scenario(), state.plan(), state.analysis(), state.evaluation(), state.weeksRun(), work.results());
    }

    /** The assignment, if the user is its cohort's tutor or an administrator. */
    Assignment ownedAssignment(long assignmentId, SignedInUser user) {
        Assignment assignment = assignments
                .findById(assignmentId)
                .orElseThrow(() -> new AccessDeniedException("assignment " + assignmentId));
        if (user.role() != Role.ADMIN && assignment.getCohort().getOwner().getId() != user.id()) {
            throw new AccessDeniedException("assignment " + assignmentId);
        }
        return assignment;
    }

    /** The attempt, if the user is its cohort's tutor or an administrator. */
    Attempt ownedAttempt(long attemptId, SignedInUser user) {
        Attempt attempt = attempts.findWithAssignment(attemptId).orElseThrow(() -> notFound(attemptId));
        if (user.role() != Role.ADMIN
                && attempt.getAssignment().getCohort().getOwner().getId() != user.id()) {
            throw notFound(attemptId);
        }
        return attempt;
    }

    /**
     * The sheet whose marks count for the attempt, if they are complete: the agreed marks when a second marker was
     * named, otherwise the first marker's.
     */
    static @Nullable MarkSheet finalSheet(List<MarkSheet> sheetsOfAttempt) {
        Map<MarkerRole, MarkSheet> byRole = new HashMap<>();
        sheetsOfAttempt.forEach(sheet -> byRole.put(sheet.getRole(), sheet));
        MarkSheet last =
                byRole.containsKey(MarkerRole.SECOND) ? byRole.get(MarkerRole.AGREED) : byRole.get(MarkerRole.FIRST);
        return last != null && last.isComplete() ? last : null;
    }

    MarkingSheet view(MarkSheet sheet, SignedInUser user) {
        Attempt attempt = sheet.getAttempt();
        RubricDefinition rubric = rubric(attempt.getAssignment().getRubricVersion());
        // A second marker marks blind: the suggestion would anchor them as much as the first marker's marks.
        @Nullable SuggestedGrade suggestion = sheet.getRole() == MarkerRole.SECOND ? null : suggestion(attempt);
        Map<String, CriterionMark> marks = ordered(rubric, codec.readMarks(sheet.getMarksJson()));
        int total = total(marks);
        List<MarkingDecision> history = decisions.findBySheet(sheet.getId()).stream()
                .map(entry -> new MarkingDecision(
                        entry.getCriterion(),
                        entry.getAction(),
                        entry.getLevel(),
                        entry.getMark(),
                        entry.getNote(),
                        entry.getDecidedBy().getDisplayName(),
                        entry.getDecidedAt()))
                .toList();
        return new MarkingSheet(
                sheet.getId(),
                sheet.getVersion(),
                attempt.getId(),
                attempt.getAssignment().getId(),
                attempt.getStudent().getDisplayName(),
                sheet.getRole(),
                sheet.getStatus(),
                sheet.getMarker().getDisplayName(),
                rubric,
                suggestion,
                marks,
                sheet.getOverallFeedback(),
                total,
                rubric.bandFor(total),
                sheet.getMarker().getId() == user.id() && !sheet.isComplete(),
                history);
    }

    // ---- internals -------------------------------------------------------------------------------------------

    private MarkingQueueRow row(
            Attempt attempt,
            Assignment assignment,
            RubricDefinition rubric,
            @Nullable SuggestedGrade suggestion,
            List<MarkSheet> sheetsOfAttempt) {
        Map<MarkerRole, MarkSheet> byRole = new HashMap<>();
        sheetsOfAttempt.forEach(sheet -> byRole.put(sheet.getRole(), sheet));
        @Nullable MarkSheet first = byRole.get(MarkerRole.FIRST);
        @Nullable MarkSheet second = byRole.get(MarkerRole.SECOND);
        @Nullable MarkSheet last = finalSheet(sheetsOfAttempt);
        @Nullable
        Integer difference = first != null && second != null && first.isComplete() && second.isComplete()
                ? Math.abs(total(codec.readMarks(first.getMarksJson())) - total(codec.readMarks(second.getMarksJson())))
                : null;
        MarkingStage stage;
        if (attempt.getStatus() == AttemptStatus.IN_PROGRESS) {
            stage = MarkingStage.NOT_SUBMITTED;
        } else if (attempt.getStatus() == AttemptStatus.MARKED) {
            stage = MarkingStage.RELEASED;
        } else if (last != null) {
            stage = MarkingStage.READY;
        } else if (first == null || first.getStatus() == SheetStatus.ASSIGNED) {
            stage = MarkingStage.TO_MARK;
        } else if (!first.isComplete()) {
            stage = MarkingStage.IN_PROGRESS;
        } else if (second != null && !second.isComplete()) {
            stage = MarkingStage.WITH_SECOND_MARKER;
        } else {
            stage = MarkingStage.TO_AGREE;
        }
        @Nullable Integer finalTotal = last == null ? null : total(codec.readMarks(last.getMarksJson()));
        @Nullable Instant submittedAt = attempt.getSubmittedAt();
        return new MarkingQueueRow(
                attempt.getId(),
                attempt.getStudent().getDisplayName(),
                attempt.getStudent().getStudentNumber(),
                submittedAt,
                submittedAt != null && submittedAt.isAfter(assignment.getDueAt()),
                stage,
                first == null ? null : first.getMarker().getDisplayName(),
                second == null ? null : second.getMarker().getDisplayName(),
                suggestion == null ? null : suggestion.total(),
                suggestion == null ? null : suggestion.band(),
                finalTotal,
                finalTotal == null ? null : rubric.bandFor(finalTotal),
                difference,
                difference != null && difference > assignment.getDisagreementThreshold());
    }

    private MarkSheet ownSheet(long sheetId, SignedInUser user) {
        MarkSheet sheet =
                sheets.findWithAttempt(sheetId).orElseThrow(() -> new AccessDeniedException("sheet " + sheetId));
        if (sheet.getMarker().getId() != user.id()) {
            throw new AccessDeniedException("sheet " + sheetId);
        }
        return sheet;
    }

    private MarkSheet editableSheet(long sheetId, long basedOnVersion, SignedInUser user) {
        MarkSheet sheet = ownSheet(sheetId, user);
        requireVersion(sheet, basedOnVersion);
        if (sheet.isComplete()) {
            throw UserFacingException.because("grading.sheet-complete");
        }
        return sheet;
    }

    private static void requireVersion(MarkSheet sheet, long basedOnVersion) {
        if (sheet.getVersion() != basedOnVersion) {
            throw UserFacingException.because("grading.changed-elsewhere");
        }
    }

    private static void requireSubmitted(Attempt attempt) {
        if (attempt.getStatus() == AttemptStatus.IN_PROGRESS) {
            throw UserFacingException.because("grading.not-submitted");
        }
    }

    private @Nullable CriterionSuggestion suggestedCriterion(MarkSheet sheet, String criterionId) {
        if (sheet.getRole() == MarkerRole.SECOND) {
            return null;
        }
        return suggestion(sheet.getAttempt()).criteria().stream()
                .filter(criterion -> criterion.criterion().equals(criterionId))
                .findFirst()
                .orElse(null);
    }

    private MarkingSheet flushed(MarkSheet sheet, SignedInUser user) {
        try {
            sheets.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            // Another tab saved between our read and this write.
            throw UserFacingException.because("grading.changed-elsewhere");
        }
        return view(sheet, user);
    }

    private UserAccount account(SignedInUser user) {
        return accounts.getReferenceById(user.id());
    }

    private static CriterionDefinition criterion(RubricDefinition rubric, String criterionId) {
        return rubric.criteria().stream()
                .filter(criterion -> criterion.id().equals(criterionId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no criterion " + criterionId + " in " + rubric.id()));
    }

    private static LevelDefinition level(CriterionDefinition criterion, String label) {
        return criterion.levels().stream()
                .filter(level -> level.label().equals(label))
                .findFirst()
                .orElseThrow(() -> UserFacingException.because("grading.level.unknown", label, criterion.title()));
    }

    private static Map<String, CriterionMark> ordered(RubricDefinition rubric, Map<String, CriterionMark> marks) {
        Map<String, CriterionMark> ordered = new LinkedHashMap<>();
        for (CriterionDefinition criterion : rubric.criteria()) {
            CriterionMark mark = marks.get(criterion.id());
            if (mark != null) {
                ordered.put(criterion.id(), mark);
            }
        }
        return ordered;
    }

    static int total(Map<String, CriterionMark> marks) {
        return marks.values().stream().mapToInt(CriterionMark::mark).sum();
    }

    private static List<EvidenceLine> evidence(@Nullable SuggestedGrade suggestion, String criterionId) {
        if (suggestion == null) {
            return List.of();
        }
        return suggestion.criterion(criterionId).results().stream()
                .map(AssessorResult::assessment)
                .flatMap(assessment -> assessment.evidence().stream())
                .toList();
    }

    private static String comment(String text) {
        String trimmed = text.strip();
        if (trimmed.length() > MAX_COMMENT) {
            throw UserFacingException.because("grading.comment.too-long", trimmed.length(), MAX_COMMENT);
        }
        return trimmed;
    }

    private static String feedbackText(String text) {
        String trimmed = text.strip();
        if (trimmed.length() > MAX_FEEDBACK) {
            throw UserFacingException.because("grading.feedback.too-long", trimmed.length(), MAX_FEEDBACK);
        }
        return trimmed;
    }

    private static AccessDeniedException notFound(long attemptId) {
        return new AccessDeniedException("attempt " + attemptId);
    }

    /**
     * A tutor who can be named second marker.
     *
     * @param id the account id
     * @param name the display name
     */
    public record Marker(long id, String name) {}

    /**
     * An assignment's marking settings.
     *
     * @param assignmentId the assignment
     * @param title its title
     * @param cohortName its cohort
     * @param maxMarks the marks of its rubric
     * @param disagreementThreshold by how many marks two markers' totals may differ before the queue flags them
     */
    public record MarkingSettings(
            long assignmentId, String title, String cohortName, int maxMarks, int disagreementThreshold) {}

    /**
     * An attempt the signed-in tutor second-marks.
     *
     * @param attemptId the attempt
     * @param assignmentTitle its assignment
     * @param studentName its student
     * @param status how far the second marking has got
     */
    public record SecondMarking(long attemptId, String assignmentTitle, String studentName, SheetStatus status) {}
}
