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
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.socialsim.account.domain.UserAccount;
import org.socialsim.grading.MarkingAction;

/** One line of a mark sheet's history; written once, never changed. */
@Entity
@Immutable
@Table(name = "marking_decision")
public class MarkingDecisionEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mark_sheet_id", nullable = false, updatable = false)
    private MarkSheet sheet;

    @Column(name = "criterion_id", length = 40, updatable = false)
    private @Nullable String criterion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private MarkingAction action;

    @Column(name = "level_label", length = 40, updatable = false)
    private @Nullable String level;

    @Column(updatable = false)
    private @Nullable Integer mark;

    @Lob
    @Column(updatable = false)
    private @Nullable String note;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decided_by", nullable = false, updatable = false)
    private UserAccount decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected MarkingDecisionEntry() {
        // for JPA
        this.action = MarkingAction.MARKED;
        this.decidedAt = Instant.EPOCH;
    }

    public MarkingDecisionEntry(
            MarkSheet sheet,
            @Nullable String criterion,
            MarkingAction action,
            @Nullable String level,
            @Nullable Integer mark,
            @Nullable String note,
            UserAccount decidedBy,
            Instant decidedAt) {
        this.sheet = sheet;
        this.criterion = criterion;
        this.action = action;
        this.level = level;
        this.mark = mark;
        this.note = note;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public MarkSheet getSheet() {
        return sheet;
    }

    public @Nullable String getCriterion() {
        return criterion;
    }

    public MarkingAction getAction() {
        return action;
    }

    public @Nullable String getLevel() {
        return level;
    }

    public @Nullable Integer getMark() {
        return mark;
    }

    public @Nullable String getNote() {
        return note;
    }

    public UserAccount getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
