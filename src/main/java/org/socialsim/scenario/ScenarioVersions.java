package org.socialsim.scenario;

import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.socialsim.account.domain.UserAccountRepository;
import org.socialsim.base.content.ContentSource;
import org.socialsim.base.content.ContentText;
import org.socialsim.base.content.ContentVersions;
import org.socialsim.base.content.VersionSummary;
import org.socialsim.base.io.ReadResult;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.domain.ScenarioVersion;
import org.socialsim.scenario.domain.ScenarioVersionListing;
import org.socialsim.scenario.domain.ScenarioVersionRepository;
import org.socialsim.scenario.io.ScenarioReader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** Scenario versions: read with {@link ScenarioReader}, stored as {@link ScenarioVersion} rows. */
@Component
class ScenarioVersions extends ContentVersions<ScenarioDefinition, ScenarioVersion> {

    private final ScenarioVersionRepository versions;
    private final UserAccountRepository accounts;

    ScenarioVersions(
            ScenarioVersionRepository versions,
            UserAccountRepository accounts,
            Clock clock,
            PlatformTransactionManager transactions) {
        super("scenario", clock, transactions);
        this.versions = versions;
        this.accounts = accounts;
    }

    @Override
    protected ReadResult<ScenarioDefinition> readText(String fileName, String text) {
        return new ScenarioReader().read(fileName, text);
    }

    @Override
    protected String idOf(ScenarioDefinition definition) {
        return definition.id();
    }

    @Override
    protected Optional<ScenarioVersion> withHash(String id, String contentHash) {
        return versions.findByContentIdAndContentHash(id, contentHash);
    }

    @Override
    protected Optional<ScenarioVersion> latest(String id) {
        return versions.findFirstByContentIdOrderByVersionNumberDesc(id);
    }

    @Override
    protected ScenarioVersion insert(
            ScenarioDefinition definition,
            int number,
            ContentText content,
            ContentSource source,
            @Nullable Long authorId) {
        return versions.save(new ScenarioVersion(
                definition.id(),
                number,
                definition.title(),
                content.text(),
                content.hash(),
                source,
                authorId == null ? null : accounts.getReferenceById(authorId),
                clock().instant()));
    }

    @Override
    protected int numberOf(ScenarioVersion version) {
        return version.getVersionNumber();
    }

    @Override
    protected VersionSummary summaryOf(ScenarioVersion version) {
        return version.summary();
    }

    static VersionSummary summary(ScenarioVersionListing row) {
        return new VersionSummary(
                row.id(),
                row.scenarioId(),
                row.versionNumber(),
                row.title(),
                row.source(),
                row.createdBy(),
                row.createdAt());
    }
}
