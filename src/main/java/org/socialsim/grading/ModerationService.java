package org.socialsim.grading;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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
import org.socialsim.account.domain.UserAccountRepository;
import org.socialsim.assignment.domain.Assignment;
import org.socialsim.attempt.AttemptStatus;
import org.socialsim.attempt.domain.Attempt;
import org.socialsim.attempt.domain.AttemptRepository;
import org.socialsim.base.UserFacingException;
import org.socialsim.grading.agreement.AgreementReport;
import org.socialsim.grading.agreement.Calibration;
import org.socialsim.grading.agreement.CohortReport;
import org.socialsim.grading.agreement.LevelMark;
import org.socialsim.grading.agreement.MarkerComparison;
import org.socialsim.grading.assessment.CriterionSuggestion;
import org.socialsim.grading.assessment.SuggestedGrade;
import org.socialsim.grading.domain.MarkSheet;
import org.socialsim.grading.domain.MarkSheetRepository;
import org.socialsim.grading.domain.MarkingDecisionEntry;
import org.socialsim.grading.domain.MarkingDecisionRepository;
import org.socialsim.grading.io.GradingCodec;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.LevelDefinition;
import org.socialsim.rubric.definition.RubricDefinition;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderation and the assignment reports: two markers' marks side by side, the agreed final marks with their reasons,
 * the agreement between markers and with the suggestions, and the cohort's distribution of marks.
 *
 * <p>Blind second marking holds here as in {@link GradingService}: no one sees the two markers' marks side by side,
 * nor does the second marker see the first's marks or the suggestions, until both sheets are complete. The cohort's
 * tutor (and administrators) moderate and read the reports; the second marker may read a finished comparison.
 */
@Service
public class ModerationService {

    private static final String TEACHERS = "hasAnyRole('TUTOR', 'ADMIN')";

    private final GradingService grading;
    private final AttemptRepository attempts;
    private final MarkSheetRepository sheets;
    private final MarkingDecisionRepository decisions;
    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final GradingCodec codec = new GradingCodec();
    private final Calibration calibration = new Calibration();

    ModerationService(
            GradingService grading,
            AttemptRepository attempts,
            MarkSheetRepository sheets,
            MarkingDecisionRepository decisions,
            UserAccountRepository accounts,
            CurrentUser currentUser,
            Clock clock) {
        this.grading = grading;
        this.attempts = attempts;
        this.sheets = sheets;
        this.decisions = decisions;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The moderation of an attempt. When the signed-in user is the cohort's tutor and both markers are complete, the agreed marks are started on first opening: criteria on which both markers made the
     * same decision are agreed at once (no reason needed), the rest wait for a decision with a reason, and the overall
     * feedback starts as the first marker's.
     */
    @PreAuthorize(TEACHERS)
    @Transactional
    public Moderation moderation(long attemptId) {
        SignedInUser user = currentUser.require();
        Attempt attempt = attempts.findWithAssignment(attemptId).orElseThrow(() -> notFound(attemptId));
        Map<MarkerRole, MarkSheet> byRole = sheetsOf(attemptId);
        boolean moderator = isModerator(attempt, user);
        @Nullable MarkSheet second = byRole.get(MarkerRole.SECOND);
        boolean bothComplete = isComplete(byRole.get(MarkerRole.FIRST)) && isComplete(second);
        boolean secondMarkerAfterwards = second != null && second.getMarker().getId() == user.id() && bothComplete;
        if (!moderator && !secondMarkerAfterwards) {
            // Before both are complete the second marker must not learn even that the first has finished.
            throw notFound(attemptId);
        }
        // The cohort's tutor agrees the final marks (an administrator may look, but would otherwise become the agreed
        // sheet's marker and lock the tutor out of it).
        boolean cohortTutor = attempt.getAssignment().getCohort().getOwner().getId() == user.id();
        if (cohortTutor && bothComplete && !byRole.containsKey(MarkerRole.AGREED)) {
            byRole.put(MarkerRole.AGREED, startAgreement(attempt, byRole, user));
        }
        return moderation(attempt, byRole, user, moderator);
    }

    /**
     * Agrees the final level and mark for one criterion, with the reason. A reason is required unless both markers
     * made this very decision. The comment the student reads stays the first marker's.
     *
     * @param sheetId the agreed sheet
     * @param basedOnVersion the agreed sheet's version the screen was built from
     */
    @PreAuthorize(TEACHERS)
    @Transactional
    public Moderation agree(
            long sheetId, long basedOnVersion, String criterionId, String level, int mark, String reason) {
        SignedInUser user = currentUser.require();
        MarkSheet agreed = sheets.findWithAttempt(sheetId)
                .filter(sheet -> sheet.getRole() == MarkerRole.AGREED)
                .orElseThrow(() -> new AccessDeniedException("sheet " + sheetId));
        Attempt attempt = agreed.getAttempt();
        if (!isModerator(attempt, user) || agreed.getMarker().getId() != user.id()) {
            throw new AccessDeniedException("sheet " + sheetId);
        }
        if (agreed.getVersion() != basedOnVersion) {
            throw UserFacingException.because("grading.changed-elsewhere");
        }
        if (agreed.isComplete()) {
            throw UserFacingException.because("grading.sheet-complete");
        }
        RubricDefinition rubric = grading.rubric(attempt.getAssignment().getRubricVersion());
        CriterionDefinition criterion = criterion(rubric, criterionId);
        LevelDefinition chosen = criterion.levels().stream()
                .filter(candidate -> candidate.label().equals(level))
                .findFirst()
                .orElseThrow(() -> UserFacingException.because("grading.level.unknown", level, criterion.title()));
        if (mark < chosen.minMarks() || mark > chosen.maxMarks()) {
            throw UserFacingException.because(
                    "grading.mark-outside-level", mark, chosen.label(), chosen.minMarks(), chosen.maxMarks());
        }
        Map<MarkerRole, MarkSheet> byRole = sheetsOf(attempt.getId());
        @Nullable CriterionMark first = marks(byRole.get(MarkerRole.FIRST)).get(criterionId);
        @Nullable CriterionMark second = marks(byRole.get(MarkerRole.SECOND)).get(criterionId);
        String trimmed = reason.strip();
        boolean asBothMarked = same(first, chosen.label(), mark) && same(second, chosen.label(), mark);
        if (trimmed.isEmpty() && !asBothMarked) {
            throw UserFacingException.because("grading.agree.reason-required", criterion.title());
        }
        if (trimmed.length() > GradingService.MAX_COMMENT) {
            throw UserFacingException.because("grading.comment.too-long", trimmed.length(), GradingService.MAX_COMMENT);
        }
        Map<String, CriterionMark> marks = new LinkedHashMap<>(marks(agreed));
        @Nullable CriterionMark before = marks.get(criterionId);
        String comment = before != null ? before.comment() : first == null ? "" : first.comment();
        marks.put(
                criterionId,
                new CriterionMark(chosen.label(), mark, comment, follows(attempt, criterionId, chosen, mark)));
        Instant now = clock.instant();
        agreed.changeMarks(codec.writeMarks(ordered(rubric, marks)), now);
        decisions.save(new MarkingDecisionEntry(
                agreed,
                criterionId,
                MarkingAction.AGREED,
                chosen.label(),
                mark,
                trimmed.isEmpty() ? null : trimmed,
                accounts.getReferenceById(user.id()),
                now));
        try {
            sheets.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw UserFacingException.because("grading.changed-elsewhere");
        }
        byRole.put(MarkerRole.AGREED, agreed);
        return moderation(attempt, byRole, user, true);
    }

    /** Declares the agreed marks final (every criterion agreed); they are then the marks released to the student. */
    @PreAuthorize(TEACHERS)
    @Transactional
    public Moderation completeAgreement(long sheetId, long basedOnVersion) {
        MarkingSheet done = grading.complete(sheetId, basedOnVersion);
        if (done.role() != MarkerRole.AGREED) {
            throw new AccessDeniedException("sheet " + sheetId);
        }
        return moderation(done.attemptId());
    }

    /** Agreement per criterion and on bands, between the markers and between the tutors and the suggestions. */
    @PreAuthorize(TEACHERS)
    @Transactional
    public AssignmentAgreement agreement(long assignmentId) {
        Assignment assignment = grading.ownedAssignment(assignmentId, currentUser.require());
        RubricDefinition rubric = grading.rubric(assignment.getRubricVersion());
        Map<Long, Map<MarkerRole, MarkSheet>> sheetsByAttempt = sheetsByAttempt(assignmentId);
        List<AgreementReport.MarkedScript> scripts = new ArrayList<>();
        List<AssignmentAgreement.SecondMarkingRow> secondMarkings = new ArrayList<>();
        int submitted = 0;
        int doubleMarked = 0;
        for (Attempt attempt : attempts.findByAssignment(assignmentId)) {
            if (attempt.getStatus() == AttemptStatus.IN_PROGRESS) {
                continue;
            }
            submitted++;
            Map<MarkerRole, MarkSheet> byRole = sheetsByAttempt.getOrDefault(attempt.getId(), Map.of());
            @Nullable MarkSheet first = byRole.get(MarkerRole.FIRST);
            @Nullable MarkSheet second = byRole.get(MarkerRole.SECOND);
            if (isComplete(first) && isComplete(second)) {
                doubleMarked++;
            }
            if (second != null) {
                secondMarkings.add(secondMarking(
                        attempt, first, second, byRole.get(MarkerRole.AGREED), assignment.getDisagreementThreshold()));
            }
            scripts.add(new AgreementReport.MarkedScript(
                    isComplete(first) ? levelMarks(marks(first)) : null,
                    isComplete(second) ? levelMarks(marks(second)) : null,
                    suggested(grading.suggestion(attempt))));
        }
        return new AssignmentAgreement(
                assignmentId,
                assignment.getTitle(),
                submitted,
                doubleMarked,
                assignment.getDisagreementThreshold(),
                AgreementReport.of(rubric, scripts, calibration),
                secondMarkings.stream()
                        .sorted(Comparator.comparing(
                                AssignmentAgreement.SecondMarkingRow::studentName, String.CASE_INSENSITIVE_ORDER))
                        .toList());
    }

    private AssignmentAgreement.SecondMarkingRow secondMarking(
            Attempt attempt, @Nullable MarkSheet first, MarkSheet second, @Nullable MarkSheet agreed, int threshold) {
        boolean both = isComplete(first) && isComplete(second);
        AssignmentAgreement.Stage stage = !both
                ? AssignmentAgreement.Stage.MARKING
                : isComplete(agreed) ? AssignmentAgreement.Stage.AGREED : AssignmentAgreement.Stage.TO_AGREE;
        @Nullable Integer firstTotal = both ? GradingService.total(marks(first)) : null;
        @Nullable Integer secondTotal = both ? GradingService.total(marks(second)) : null;
        return new AssignmentAgreement.SecondMarkingRow(
                attempt.getId(),
                attempt.getStudent().getDisplayName(),
                second.getMarker().getDisplayName(),
                stage,
                firstTotal,
                secondTotal,
                both && Math.abs(firstTotal - secondTotal) > threshold);
    }

    /** The distribution of the final marks: totals, levels per criterion, bands and outliers. */
    @PreAuthorize(TEACHERS)
    @Transactional(readOnly = true)
    public AssignmentCohort cohort(long assignmentId) {
        Assignment assignment = grading.ownedAssignment(assignmentId, currentUser.require());
        RubricDefinition rubric = grading.rubric(assignment.getRubricVersion());
        Map<Long, Map<MarkerRole, MarkSheet>> sheetsByAttempt = sheetsByAttempt(assignmentId);
        List<CohortReport.MarkedScript> scripts = new ArrayList<>();
        Set<Long> moderated = new HashSet<>();
        int submitted = 0;
        for (Attempt attempt : attempts.findByAssignment(assignmentId)) {
            if (attempt.getStatus() == AttemptStatus.IN_PROGRESS) {
                continue;
            }
            submitted++;
            @Nullable
            MarkSheet last = GradingService.finalSheet(List.copyOf(
                    sheetsByAttempt.getOrDefault(attempt.getId(), Map.of()).values()));
            if (last != null && last.getRole() == MarkerRole.AGREED) {
                moderated.add(attempt.getId());
            }
            if (last != null) {
                scripts.add(new CohortReport.MarkedScript(
                        attempt.getId(), attempt.getStudent().getDisplayName(), levelMarks(marks(last))));
            }
        }
        return new AssignmentCohort(
                assignmentId, assignment.getTitle(), rubric, submitted, CohortReport.of(rubric, scripts), moderated);
    }

    // ---- internals -------------------------------------------------------------------------------------------

    private Moderation moderation(
            Attempt attempt, Map<MarkerRole, MarkSheet> byRole, SignedInUser user, boolean moderator) {
        RubricDefinition rubric = grading.rubric(attempt.getAssignment().getRubricVersion());
        @Nullable MarkSheet first = byRole.get(MarkerRole.FIRST);
        @Nullable MarkSheet second = byRole.get(MarkerRole.SECOND);
        @Nullable MarkSheet agreed = byRole.get(MarkerRole.AGREED);
        @Nullable MarkerComparison comparison = null;
        if (isComplete(first) && isComplete(second)) {
            comparison = MarkerComparison.of(
                    rubric,
                    levelMarks(marks(first)),
                    levelMarks(marks(second)),
                    suggested(grading.suggestion(attempt)),
                    attempt.getAssignment().getDisagreementThreshold());
        }
        @Nullable MarkingSheet agreedView = agreed == null ? null : grading.view(agreed, user);
        Map<String, String> reasons = new HashMap<>();
        if (agreedView != null) {
            for (MarkingDecision decision : agreedView.history()) {
                if (decision.action() == MarkingAction.AGREED && decision.criterion() != null) {
                    if (decision.note() == null) {
                        reasons.remove(decision.criterion());
                    } else {
                        reasons.put(decision.criterion(), decision.note());
                    }
                }
            }
        }
        return new Moderation(
                attempt.getId(),
                attempt.getAssignment().getId(),
                attempt.getAssignment().getTitle(),
                attempt.getStudent().getDisplayName(),
                rubric,
                first == null ? null : first.getMarker().getDisplayName(),
                first == null ? null : first.getStatus(),
                second == null ? null : second.getMarker().getDisplayName(),
                second == null ? null : second.getStatus(),
                comparison,
                agreedView,
                reasons,
                moderator && agreedView != null && agreedView.editable());
    }

    private MarkSheet startAgreement(Attempt attempt, Map<MarkerRole, MarkSheet> byRole, SignedInUser user) {
        MarkSheet first = byRole.get(MarkerRole.FIRST);
        Map<String, CriterionMark> firstMarks = marks(first);
        Map<String, CriterionMark> secondMarks = marks(byRole.get(MarkerRole.SECOND));
        RubricDefinition rubric = grading.rubric(attempt.getAssignment().getRubricVersion());
        Instant now = clock.instant();
        Map<String, CriterionMark> agreedMarks = new LinkedHashMap<>();
        for (CriterionDefinition criterion : rubric.criteria()) {
            CriterionMark a = firstMarks.get(criterion.id());
            CriterionMark b = secondMarks.get(criterion.id());
            if (a != null && same(b, a.level(), a.mark())) {
                agreedMarks.put(criterion.id(), a);
            }
        }
        MarkSheet agreed = new MarkSheet(
                attempt,
                MarkerRole.AGREED,
                accounts.getReferenceById(user.id()),
                SheetStatus.DRAFT,
                codec.writeMarks(agreedMarks),
                now);
        agreed.changeFeedback(first.getOverallFeedback(), now);
        agreed = sheets.saveAndFlush(agreed);
        for (Map.Entry<String, CriterionMark> entry : agreedMarks.entrySet()) {
            decisions.save(new MarkingDecisionEntry(
                    agreed,
                    entry.getKey(),
                    MarkingAction.AGREED,
                    entry.getValue().level(),
                    entry.getValue().mark(),
                    null,
                    accounts.getReferenceById(user.id()),
                    now));
        }
        return agreed;
    }

    private boolean follows(Attempt attempt, String criterionId, LevelDefinition chosen, int mark) {
        return grading.suggestion(attempt).criteria().stream()
                .filter(suggested -> suggested.criterion().equals(criterionId))
                .anyMatch(suggested -> suggested.level().equals(chosen.label()) && suggested.mark() == mark);
    }

    private static boolean isModerator(Attempt attempt, SignedInUser user) {
        return user.role() == Role.ADMIN
                || attempt.getAssignment().getCohort().getOwner().getId() == user.id();
    }

    private Map<MarkerRole, MarkSheet> sheetsOf(long attemptId) {
        Map<MarkerRole, MarkSheet> byRole = new EnumMap<>(MarkerRole.class);
        sheets.findByAttempt(attemptId).forEach(sheet -> byRole.put(sheet.getRole(), sheet));
        return byRole;
    }

    private Map<Long, Map<MarkerRole, MarkSheet>> sheetsByAttempt(long assignmentId) {
        Map<Long, Map<MarkerRole, MarkSheet>> byAttempt = new HashMap<>();
        for (MarkSheet sheet : sheets.findByAssignment(assignmentId)) {
            byAttempt
                    .computeIfAbsent(sheet.getAttempt().getId(), id -> new EnumMap<>(MarkerRole.class))
                    .put(sheet.getRole(), sheet);
        }
        return byAttempt;
    }

    private static boolean isComplete(@Nullable MarkSheet sheet) {
        return sheet != null && sheet.isComplete();
    }

    private Map<String, CriterionMark> marks(@Nullable MarkSheet sheet) {
        return sheet == null ? Map.of() : codec.readMarks(sheet.getMarksJson());
    }

    private static boolean same(@Nullable CriterionMark mark, String level, int marks) {
        return mark != null && mark.level().equals(level) && mark.mark() == marks;
    }

    private static Map<String, LevelMark> levelMarks(Map<String, CriterionMark> marks) {
        Map<String, LevelMark> levels = new LinkedHashMap<>();
        marks.forEach((criterion, mark) -> levels.put(criterion, new LevelMark(mark.level(), mark.mark())));
        return levels;
    }

    private static Map<String, LevelMark> suggested(SuggestedGrade suggestion) {
        Map<String, LevelMark> levels = new LinkedHashMap<>();
        for (CriterionSuggestion criterion : suggestion.criteria()) {
            levels.put(criterion.criterion(), new LevelMark(criterion.level(), criterion.mark()));
        }
        return levels;
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

    private static CriterionDefinition criterion(RubricDefinition rubric, String criterionId) {
        return rubric.criteria().stream()
                .filter(criterion -> criterion.id().equals(criterionId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no criterion " + criterionId + " in " + rubric.id()));
    }

    private static AccessDeniedException notFound(long attemptId) {
        return new AccessDeniedException("attempt " + attemptId);
    }
}
