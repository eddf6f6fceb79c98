package org.socialsim.scenario.domain;

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
 * One version of a scenario: its text exactly as validated and stored. It has no setters and Hibernate never writes
 * it after the insert, because attempts and assignments pin it and a result must always be replayable.
 */
@Entity
@Immutable
@Table(name = "scenario_version")
@AttributeOverride(name = "contentId", column = @Column(name = "scenario_id", nullable = false, updatable = false))
public class ScenarioVersion extends ContentVersion {

    protected ScenarioVersion() {
        // for JPA
    }

    public ScenarioVersion(
            String scenarioId,
            int versionNumber,
            String title,
            String yamlText,
            String contentHash,
            ContentSource source,
            @Nullable UserAccount createdBy,
            Instant createdAt) {
        super(scenarioId, versionNumber, title, yamlText, contentHash, source, createdBy, createdAt);
    }

    public String getScenarioId() {
        return getContentId();
    }
}
