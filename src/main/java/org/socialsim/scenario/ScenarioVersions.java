package org.socialsim.scenario;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.socialsim.account.domain.UserAccountRepository;
import org.socialsim.base.content.ContentSource;
import org.socialsim.base.content.ContentText;
import org.socialsim.base.content.SaveOutcome;
import org.socialsim.base.content.TopLevelKeys;
import org.socialsim.base.content.VersionSummary;
import org.socialsim.base.io.Problem;
import org.socialsim.base.io.ReadResult;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.domain.ScenarioVersion;
import org.socialsim.scenario.domain.ScenarioVersionListing;
import org.socialsim.scenario.domain.ScenarioVersionRepository;
import org.socialsim.scenario.io.ScenarioReader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a scenario version comes into being, whoever asks: the text is validated, its identity is its content
 * hash, and only a valid text that is new for its scenario id is stored, with the next version number. Callers check
 * who is asking; this class does not, because the startup loader has nobody signed in.
 */
@Component
class ScenarioVersions {

    private final ScenarioVersionRepository versions;
    private final UserAccountRepository accounts;
    private final Clock clock;

    ScenarioVersions(ScenarioVersionRepository versions, UserAccountRepository accounts, Clock clock) {
        this.versions = versions;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Reads a text; every problem is reported, none is stored. */
    ReadResult<ScenarioDefinition> read(String fileName, String rawText, @Nullable String expectedId) {
        if (!ContentText.fits(rawText)) {
            return new ReadResult.Invalid<>(List.of(tooLarge(fileName)));
        }
        ReadResult<ScenarioDefinition> result =
                new ScenarioReader().read(fileName, ContentText.of(rawText).text());
        if (result instanceof ReadResult.Valid<ScenarioDefinition>(ScenarioDefinition definition)
                && expectedId != null
                && !definition.id().equals(expectedId)) {
            return new ReadResult.Invalid<>(List.of(idChanged(fileName, rawText, expectedId, definition.id())));
        }
        return result;
    }

    /**
     * Stores {@code rawText} as a new version unless it is invalid, already stored for its id, or (when
     * {@code basedOn} is given) someone stored a newer version than the one the author started from.
     *
     * @param expectedId the scenario an editor holds; a text with another id is refused. Null for uploads and files.
     * @param basedOn the version number the author started from; null when the text does not come from an editor
     */
    @Transactional
    SaveOutcome store(
            String fileName,
            String rawText,
            ContentSource source,
            @Nullable Long authorId,
            @Nullable String expectedId,
            @Nullable Integer basedOn) {
        ReadResult<ScenarioDefinition> read = read(fileName, rawText, expectedId);
        if (!(read instanceof ReadResult.Valid<ScenarioDefinition>(ScenarioDefinition definition))) {
            return new SaveOutcome.Invalid(read.problems());
        }
        ContentText content = ContentText.of(rawText);
        Optional<ScenarioVersion> same = versions.findByScenarioIdAndContentHash(definition.id(), content.hash());
        if (same.isPresent()) {
            return new SaveOutcome.Unchanged(summary(same.get()));
        }
        Optional<ScenarioVersion> latest = versions.findFirstByScenarioIdOrderByVersionNumberDesc(definition.id());
        if (basedOn != null && latest.isPresent() && latest.get().getVersionNumber() != basedOn) {
            return new SaveOutcome.Stale(summary(latest.get()));
        }
        int number = latest.map(version -> version.getVersionNumber() + 1).orElse(1);
        ScenarioVersion saved = versions.save(new ScenarioVersion(
                definition.id(),
                number,
                definition.title(),
                content.text(),
                content.hash(),
                source,
                authorId == null ? null : accounts.getReferenceById(authorId),
                clock.instant()));
        return new SaveOutcome.Saved(summary(saved));
    }

    static VersionSummary summary(ScenarioVersion version) {
        var author = version.getCreatedBy();
        return new VersionSummary(
                version.getId(),
                version.getScenarioId(),
                version.getVersionNumber(),
                version.getTitle(),
                version.getSource(),
                author == null ? null : author.getDisplayName(),
                version.getCreatedAt());
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

    private static Problem tooLarge(String fileName) {
        return new Problem(
                fileName,
                0,
                0,
                "",
                "the file is larger than " + ContentText.MAX_BYTES / 1024 + " KB; a scenario should be far smaller");
    }

    private static Problem idChanged(String fileName, String text, String expectedId, String foundId) {
        int line = TopLevelKeys.lineOf(text, "id").orElse(0);
        return new Problem(
                fileName,
                line,
                line == 0 ? 0 : 1,
                "id",
                "found '" + foundId + "', expected '" + expectedId
                        + "': this editor holds " + expectedId
                        + "; to start a new scenario from it, use Clone in the library");
    }

    /** All problems of a text at once, for logs: one per line, each as file:line:column: path: message. */
    static String describe(List<Problem> problems) {
        List<String> lines = new ArrayList<>();
        problems.forEach(problem -> lines.add("  " + problem));
        return String.join(System.lineSeparator(), lines);
    }
}
