package org.socialsim.grading.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.socialsim.attempt.domain.Attempt;
import org.socialsim.rubric.domain.RubricVersion;

/** The assessors' latest suggestion for an attempt, as JSON, under the rubric version it was computed with. */
@Entity
@Table(name = "suggested_grade")
public class StoredSuggestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id", nullable = false, updatable = false)
    private Attempt attempt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rubric_version_id", nullable = false)
    private RubricVersion rubricVersion;

    @Column(nullable = false)
    private int total;

    @Column(nullable = false, length = 40)
    private String band;

    @Lob
    @Column(name = "grade_json", nullable = false)
    private String gradeJson;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected StoredSuggestion() {
        // for JPA
        this.band = "";
        this.gradeJson = "";
        this.computedAt = Instant.EPOCH;
    }

    public StoredSuggestion(
            Attempt attempt, RubricVersion rubricVersion, int total, String band, String gradeJson, Instant at) {
        this.attempt = attempt;
        this.rubricVersion = rubricVersion;
        this.total = total;
        this.band = band;
        this.gradeJson = gradeJson;
        this.computedAt = at;
    }

    /** Replaces the suggestion by one computed later, e.g. under a corrected rubric version. */
    public void replace(RubricVersion rubricVersion, int total, String band, String gradeJson, Instant at) {
        this.rubricVersion = rubricVersion;
        this.total = total;
        this.band = band;
        this.gradeJson = gradeJson;
        this.computedAt = at;
    }

    public Attempt getAttempt() {
        return attempt;
    }

    public RubricVersion getRubricVersion() {
        return rubricVersion;
    }

    public int getTotal() {
        return total;
    }

    public String getBand() {
        return band;
    }

    public String getGradeJson() {
        return gradeJson;
    }

    public Instant getComputedAt() {
        return computedAt;
    }
}
