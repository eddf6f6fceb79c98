package org.socialsim.rubric;

import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.socialsim.account.domain.UserAccountRepository;
import org.socialsim.base.content.ContentSource;
import org.socialsim.base.content.ContentText;
import org.socialsim.base.content.ContentVersions;
import org.socialsim.base.content.VersionSummary;
import org.socialsim.base.io.ReadResult;
import org.socialsim.rubric.definition.RubricDefinition;
import org.socialsim.rubric.domain.RubricVersion;
import org.socialsim.rubric.domain.RubricVersionListing;
import org.socialsim.rubric.domain.RubricVersionRepository;
import org.socialsim.rubric.io.RubricReader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** Rubric versions: read with {@link RubricReader}, stored as {@link RubricVersion} rows. */
@Component
class RubricVersions extends ContentVersions<RubricDefinition, RubricVersion> {

    private final RubricVersionRepository versions;
    private final UserAccountRepository accounts;

    RubricVersions(
            RubricVersionRepository versions,
            UserAccountRepository accounts,
            Clock clock,
            PlatformTransactionManager transactions) {
        super("rubric", clock, transactions);
        this.versions = versions;
        this.accounts = accounts;
    }

    @Override
    protected ReadResult<RubricDefinition> readText(String fileName, String text) {
        return new RubricReader().read(fileName, text);
    }

    @Override
    protected String idOf(RubricDefinition definition) {
        return definition.id();
    }

    @Override
    protected Optional<RubricVersion> withHash(String id, String contentHash) {
        return versions.findByContentIdAndContentHash(id, contentHash);
    }

    @Override
    protected Optional<RubricVersion> latest(String id) {
        return versions.findFirstByContentIdOrderByVersionNumberDesc(id);
    }

    @Override
    protected RubricVersion insert(
            RubricDefinition definition,
            int number,
            ContentText content,
            ContentSource source,
            @Nullable Long authorId) {
        return versions.save(new RubricVersion(
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
    protected int numberOf(RubricVersion version) {
        return version.getVersionNumber();
    }

    @Override
    protected VersionSummary summaryOf(RubricVersion version) {
        return version.summary();
    }

    static VersionSummary summary(RubricVersionListing row) {
        return new VersionSummary(
                row.id(),
                row.rubricId(),
                row.versionNumber(),
                row.title(),
                row.source(),
                row.createdBy(),
                row.createdAt());
    }
}
