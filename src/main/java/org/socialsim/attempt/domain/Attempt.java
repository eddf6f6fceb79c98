package org.socialsim.attempt.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.socialsim.account.domain.UserAccount;
import org.socialsim.assignment.domain.Assignment;
import org.socialsim.attempt.AttemptStatus;

/**
 * One student's attempt at one assignment. The work is held as JSON documents so that every autosave is one row
 * update; {@link #getVersion()} is the optimistic lock that keeps two browser tabs from silently overwriting each
 * other. The seed is fixed at the start, so the student's weeks replay identically for the tutor.
 */
@Entity
@Table(name = "attempt")
public class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false, updatable = false)
    private Assignment assignment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private UserAccount student;

    @Column(nullable = false, updatable = false)
    private long seed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttemptStatus status;

    @Column(name = "weeks_run", nullable = false)
    private int weeksRun;

    @Lob
    @Column(name = "plan_json", nullable = false)
    private String planJson;

    @Lob
    @Column(name = "analysis_json", nullable = false)
    private String analysisJson;

    @Lob
    @Column(name = "evaluation_json", nullable = false)
    private String evaluationJson;

    @Column(name = "last_step", nullable = false, length = 40)
    private String lastStep;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "released_at")
    private @Nullable Instant releasedAt;

    protected Attempt() {
        // for JPA
        this.status = AttemptStatus.IN_PROGRESS;
        this.planJson = "";
        this.analysisJson = "";
        this.evaluationJson = "";
        this.lastStep = "";
        this.startedAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public Attempt(
            Assignment assignment,
            UserAccount student,
            long seed,
            String planJson,
            String analysisJson,
            String evaluationJson,
            Instant startedAt) {
        this.assignment = assignment;
        this.student = student;
        this.seed = seed;
        this.status = AttemptStatus.IN_PROGRESS;
        this.planJson = planJson;
        this.analysisJson = analysisJson;
        this.evaluationJson = evaluationJson;
        this.lastStep = "brief";
        this.startedAt = startedAt;
        this.updatedAt = startedAt;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("attempt has not been saved yet");
        }
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public UserAccount getStudent() {
        return student;
    }

    public long getSeed() {
        return seed;
    }

    public AttemptStatus getStatus() {
        return status;
    }

    public int getWeeksRun() {
        return weeksRun;
    }

    public String getPlanJson() {
        return planJson;
    }

    public String getAnalysisJson() {
        return analysisJson;
    }

    public String getEvaluationJson() {
        return evaluationJson;
    }

    public String getLastStep() {
        return lastStep;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public void changePlan(String planJson, Instant at) {
        requireInProgress();
        this.planJson = planJson;
        this.updatedAt = at;
    }

    public void changeAnalysis(String analysisJson, Instant at) {
        requireInProgress();
        this.analysisJson = analysisJson;
        this.updatedAt = at;
    }

    public void changeEvaluation(String evaluationJson, Instant at) {
        requireInProgress();
        this.evaluationJson = evaluationJson;
        this.updatedAt = at;
    }

    /** Runs the next week: from now on its posts, campaigns and the previous week's inbox are history. */
    public void weekRun(int totalWeeks, Instant at) {
        requireInProgress();
        if (weeksRun >= totalWeeks) {
            throw new IllegalStateException("all " + totalWeeks + " weeks have run");
        }
        this.weeksRun++;
        this.updatedAt = at;
    }

    public void submit(Instant at) {
        requireInProgress();
        this.status = AttemptStatus.SUBMITTED;
        this.submittedAt = at;
        this.updatedAt = at;
    }

    /** Marks and releases the attempt (the grading's release, issue 7): the student may now read the debrief. */
    public void release(Instant at) {
        if (status != AttemptStatus.SUBMITTED) {
            throw new IllegalStateException("only a submitted attempt can be released, this one is " + status);
        }
        this.status = AttemptStatus.MARKED;
        this.releasedAt = at;
        this.updatedAt = at;
    }

    /** When the grade and feedback were released to the student; null before. */
    public @Nullable Instant getReleasedAt() {
        return releasedAt;
    }

    private void requireInProgress() {
        if (status != AttemptStatus.IN_PROGRESS) {
            throw new IllegalStateException("attempt " + id + " is " + status + " and can no longer change");
        }
    }
}
