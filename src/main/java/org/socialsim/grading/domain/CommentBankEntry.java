package org.socialsim.grading.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.socialsim.account.domain.UserAccount;

/** A comment markers reuse on one criterion of one rubric, with how often it was used. */
@Entity
@Table(name = "comment_bank_entry")
public class CommentBankEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "rubric_id", nullable = false, length = 60, updatable = false)
    private String rubricId;

    @Column(name = "criterion_id", nullable = false, length = 40, updatable = false)
    private String criterionId;

    @Column(nullable = false, length = 2000, updatable = false)
    private String text;

    @Column(nullable = false)
    private int uses;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", nullable = false, updatable = false)
    private UserAccount createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CommentBankEntry() {
        // for JPA
        this.rubricId = "";
        this.criterionId = "";
        this.text = "";
        this.createdAt = Instant.EPOCH;
    }

    public CommentBankEntry(String rubricId, String criterionId, String text, UserAccount createdBy, Instant at) {
        this.rubricId = rubricId;
        this.criterionId = criterionId;
        this.text = text;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("comment has not been saved yet");
        }
        return id;
    }

    public String getText() {
        return text;
    }

    public int getUses() {
        return uses;
    }

    public void used() {
        uses++;
    }
}
