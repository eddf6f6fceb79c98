package org.socialsim.rubric.domain;

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
import org.socialsim.base.content.ContentSource;

/**
 * One version of a rubric: its text exactly as validated and stored. It has no setters and Hibernate never writes
 * it after the insert, because assignments pin it and a mark must always be explainable by the rubric it was given under.
 */
@Entity
@Immutable
@Table(name = "rubric_version")
public class RubricVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "rubric_id", nullable = false, updatable = false)
    private String rubricId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(nullable = false, updatable = false)
    private String title;

    @Lob
    @Column(name = "yaml_text", nullable = false, updatable = false)
    private String yamlText;

    @Column(name = "content_hash", nullable = false, updatable = false, columnDefinition = "char(64)")
    private String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContentSource source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by", updatable = false)
    private @Nullable UserAccount createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected RubricVersion() {
        // for JPA
        this.rubricId = "";
        this.title = "";
        this.yamlText = "";
        this.contentHash = "";
        this.source = ContentSource.FILE;
        this.createdAt = Instant.EPOCH;
    }

    public RubricVersion(
            String rubricId,
            int versionNumber,
            String title,
            String yamlText,
            String contentHash,
            ContentSource source,
            @Nullable UserAccount createdBy,
            Instant createdAt) {
        this.rubricId = rubricId;
        this.versionNumber = versionNumber;
        this.title = title;
        this.yamlText = yamlText;
        this.contentHash = contentHash;
        this.source = source;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("version " + versionNumber + " of " + rubricId + " is not saved yet");
        }
        return id;
    }

    public String getRubricId() {
        return rubricId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getYamlText() {
        return yamlText;
    }

    public String getContentHash() {
        return contentHash;
    }

    public ContentSource getSource() {
        return source;
    }

    public @Nullable UserAccount getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
