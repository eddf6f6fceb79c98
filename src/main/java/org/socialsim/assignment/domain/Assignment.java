package org.socialsim.assignment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.socialsim.account.domain.Cohort;
import org.socialsim.account.domain.UserAccount;
import org.socialsim.rubric.domain.RubricVersion;
import org.socialsim.scenario.domain.ScenarioVersion;

/**
 * A scenario version and a rubric version set for a cohort, with an opening time and a deadline. The two versions are
 * fixed when the assignment is made: a later edit of the scenario or rubric makes new versions and never reaches it,
 * except that the cohort's tutor may move it to a corrected version of the same rubric when regrading.
 */
@Entity
@Table(name = "assignment")
public class Assignment {

    /** Marks by which a blind second marking may differ from the first in total before it is flagged. */
    public static final int DEFAULT_DISAGREEMENT_THRESHOLD = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scenario_version_id", nullable = false, updatable = false)
    private ScenarioVersion scenarioVersion;

    // Changed only by correctRubric: a corrected version of the same rubric, applied in a regrade.
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rubric_version_id", nullable = false)
    private RubricVersion rubricVersion;

    @Column(nullable = false)
    private String title;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "disagreement_threshold", nullable = false)
    private int disagreementThreshold = DEFAULT_DISAGREEMENT_THRESHOLD;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", nullable = false, updatable = false)
    private UserAccount createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Assignment() {
        // for JPA
        this.title = "";
        this.opensAt = Instant.EPOCH;
        this.dueAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    public Assignment(
            Cohort cohort,
            ScenarioVersion scenarioVersion,
            RubricVersion rubricVersion,
            String title,
            Instant opensAt,
            Instant dueAt,
            UserAccount createdBy,
            Instant createdAt) {
        if (!dueAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("the deadline must come after the opening");
        }
        this.cohort = cohort;
        this.scenarioVersion = scenarioVersion;
        this.rubricVersion = rubricVersion;
        this.title = title;
        this.opensAt = opensAt;
        this.dueAt = dueAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("assignment " + title + " has not been saved yet");
        }
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public ScenarioVersion getScenarioVersion() {
        return scenarioVersion;
    }

    public RubricVersion getRubricVersion() {
        return rubricVersion;
    }

    public String getTitle() {
        return title;
    }

    /**
     * Moves the assignment to a later version of the same rubric, after a fix to it. The caller checks that the marks
     * already given still fit the corrected version (see the regrade).
     */
    public void correctRubric(RubricVersion corrected) {
        if (!corrected.getRubricId().equals(rubricVersion.getRubricId())) {
            throw new IllegalArgumentException("version " + corrected.getVersionNumber() + " is of rubric "
                    + corrected.getRubricId() + ", not " + rubricVersion.getRubricId());
        }
        if (corrected.getVersionNumber() <= rubricVersion.getVersionNumber()) {
            throw new IllegalArgumentException("version " + corrected.getVersionNumber() + " is not newer than "
                    + rubricVersion.getVersionNumber());
        }
        this.rubricVersion = corrected;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public UserAccount getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getDisagreementThreshold() {
        return disagreementThreshold;
    }

    public void setDisagreementThreshold(int marks) {
        if (marks < 0) {
            throw new IllegalArgumentException("a disagreement threshold cannot be negative");
        }
        this.disagreementThreshold = marks;
    }
}
