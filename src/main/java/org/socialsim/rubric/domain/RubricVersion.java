package org.socialsim.rubric.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.socialsim.account.domain.UserAccount;
import org.socialsim.base.content.ContentSource;
import org.socialsim.base.content.domain.ContentVersion;

/**
 * One version of a rubric: its text exactly as validated and stored. It has no setters and Hibernate never writes
 * it after the insert, because assignments pin it and a mark must always be explainable by the rubric it was given under.
 */
@Entity
@Immutable
@Table(name = "rubric_version")
@AttributeOverride(name = "contentId", column = @Column(name = "rubric_id", nullable = false, updatable = false))
public class RubricVersion extends ContentVersion {

    protected RubricVersion() {
        // for JPA
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
        super(rubricId, versionNumber, title, yamlText, contentHash, source, createdBy, createdAt);
    }

    public String getRubricId() {
        return getContentId();
    }
}
