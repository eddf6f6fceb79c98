package org.socialsim.base.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.socialsim.account.domain.UserAccount;
import org.socialsim.base.content.ContentSource;
import org.socialsim.base.content.VersionSummary;

/**
 * One version of a scenario or rubric: its text exactly as validated and stored. It has no setters and Hibernate never
 * writes it after the insert (each entity is {@code @Immutable}), because attempts and assignments pin it: a result
 * must always be replayable, and a mark explainable by the rubric it was given under.
 *
 * <p>Each entity maps {@code contentId} to its own column ({@code scenario_id}, {@code rubric_id}) with an
 * {@code @AttributeOverride}; queries name the attribute {@code contentId}.
 */
@MappedSuperclass
public abstract class ContentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "content_id", nullable = false, updatable = false)
    private String contentId;

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

    protected ContentVersion() {
        // for JPA
        this.contentId = "";
        this.title = "";
        this.yamlText = "";
        this.contentHash = "";
        this.source = ContentSource.FILE;
        this.createdAt = Instant.EPOCH;
    }

    protected ContentVersion(
            String contentId,
            int versionNumber,
            String title,
            String yamlText,
            String contentHash,
            ContentSource source,
            @Nullable UserAccount createdBy,
            Instant createdAt) {
        this.contentId = contentId;
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
            throw new IllegalStateException("version " + versionNumber + " of " + contentId + " is not saved yet");
        }
        return id;
    }

    /** The scenario's or rubric's own id, as written in its file. */
    public String getContentId() {
        return contentId;
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

    /** What the library shows of this version. */
    public VersionSummary summary() {
        var author = createdBy;
        return new VersionSummary(
                getId(),
                contentId,
                versionNumber,
                title,
                source,
                author == null ? null : author.getDisplayName(),
                createdAt);
    }
}
