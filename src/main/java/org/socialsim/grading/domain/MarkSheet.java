package org.socialsim.grading.domain;

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
import org.socialsim.attempt.domain.Attempt;
import org.socialsim.grading.MarkerRole;
import org.socialsim.grading.SheetStatus;

/**
 * One marker's marks for one attempt. The per-criterion decisions are a JSON document (criterion id → level, mark,
 * comment), read and written whole; the decision log keeps who changed what and when.
 */
@Entity
@Table(name = "mark_sheet")
public class MarkSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id", nullable = false, updatable = false)
    private Attempt attempt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private MarkerRole role;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "marker_id", nullable = false)
    private UserAccount marker;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SheetStatus status;

    @Lob
    @Column(name = "marks_json", nullable = false)
    private String marksJson;

    @Lob
    @Column(name = "overall_feedback", nullable = false)
    private String overallFeedback;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "completed_at")
    private @Nullable Instant completedAt;

    protected MarkSheet() {
        // for JPA
        this.role = MarkerRole.FIRST;
        this.status = SheetStatus.DRAFT;
        this.marksJson = "{}";
        this.overallFeedback = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public MarkSheet(
            Attempt attempt, MarkerRole role, UserAccount marker, SheetStatus status, String marksJson, Instant at) {
        this.attempt = attempt;
        this.role = role;
        this.marker = marker;
        this.status = status;
        this.marksJson = marksJson;
        this.overallFeedback = "";
        this.createdAt = at;
        this.updatedAt = at;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("mark sheet has not been saved yet");
        }
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Attempt getAttempt() {
        return attempt;
    }

    public MarkerRole getRole() {
        return role;
    }

    public UserAccount getMarker() {
        return marker;
    }

    public SheetStatus getStatus() {
        return status;
    }

    public String getMarksJson() {
        return marksJson;
    }

    public String getOverallFeedback() {
        return overallFeedback;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable Instant getCompletedAt() {
        return completedAt;
    }

    public boolean isComplete() {
        return status == SheetStatus.COMPLETE;
    }

    public void changeMarks(String marksJson, Instant at) {
        requireOpen();
        this.marksJson = marksJson;
        this.status = SheetStatus.DRAFT;
        this.updatedAt = at;
    }

    public void changeFeedback(String overallFeedback, Instant at) {
        requireOpen();
        this.overallFeedback = overallFeedback;
        this.status = SheetStatus.DRAFT;
        this.updatedAt = at;
    }

    /** Names another marker for a sheet nobody has started. */
    public void reassign(UserAccount marker, Instant at) {
        if (status != SheetStatus.ASSIGNED) {
            throw new IllegalStateException("only a sheet nobody has started can go to another marker");
        }
        this.marker = marker;
        this.updatedAt = at;
    }

    public void complete(Instant at) {
        requireOpen();
        this.status = SheetStatus.COMPLETE;
        this.completedAt = at;
        this.updatedAt = at;
    }

    public void reopen(Instant at) {
        if (status != SheetStatus.COMPLETE) {
            throw new IllegalStateException("only a complete sheet can be reopened");
        }
        this.status = SheetStatus.DRAFT;
        this.completedAt = null;
        this.updatedAt = at;
    }

    private void requireOpen() {
        if (status == SheetStatus.COMPLETE) {
            throw new IllegalStateException("mark sheet " + id + " is complete; reopen it first");
        }
    }
}
