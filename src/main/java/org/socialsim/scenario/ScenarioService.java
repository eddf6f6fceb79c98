package org.socialsim.scenario;

import java.util.List;
import org.socialsim.account.CurrentUser;
import org.socialsim.base.UserFacingException;
import org.socialsim.base.content.ContentSource;
import org.socialsim.base.content.LibraryEntry;
import org.socialsim.base.content.SaveOutcome;
import org.socialsim.base.content.TopLevelKeys;
import org.socialsim.base.content.VersionText;
import org.socialsim.base.io.ReadResult;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.domain.ScenarioVersion;
import org.socialsim.scenario.domain.ScenarioVersionRepository;
import org.socialsim.scenario.io.ScenarioWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scenario library for tutors and administrators: every scenario with its versions, and the ways to make a new
 * version (edit, upload, clone). Saving never overwrites: a valid new text becomes the next version, an unchanged text
 * stores nothing, and an invalid one is refused with all its problems. Students cannot call any of it.
 */
@Service
public class ScenarioService {

    private static final String AUTHORS = "hasAnyRole('TUTOR', 'ADMIN')";

    private final ScenarioVersions store;
    private final ScenarioVersionRepository versions;
    private final CurrentUser currentUser;

    ScenarioService(ScenarioVersions store, ScenarioVersionRepository versions, CurrentUser currentUser) {
        this.store = store;
        this.versions = versions;
        this.currentUser = currentUser;
    }

    /** Every scenario by id, each with its versions newest first. */
    @PreAuthorize(AUTHORS)
    @Transactional(readOnly = true)
    public List<LibraryEntry> library() {
        return LibraryEntry.byContentId(
                versions.listAll().stream().map(ScenarioVersions::summary).toList());
    }

    /** The newest version of a scenario with its text. */
    @PreAuthorize(AUTHORS)
    @Transactional(readOnly = true)
    public VersionText latest(String scenarioId) {
        return text(versions.findFirstByContentIdOrderByVersionNumberDesc(scenarioId)
                .orElseThrow(() -> UserFacingException.because("scenario.not-found", scenarioId)));
    }

    /** One stored version with its text. */
    @PreAuthorize(AUTHORS)
    @Transactional(readOnly = true)
    public VersionText version(long versionId) {
        return text(versions.findById(versionId)
                .orElseThrow(() -> UserFacingException.because("scenario.version.not-found")));
    }

    /** The scenario a stored version defines; stored versions were valid when stored, so this always reads. */
    @PreAuthorize(AUTHORS)
    @Transactional(readOnly = true)
    public ScenarioDefinition definition(long versionId) {
        VersionText version = version(versionId);
        return switch (store.read(version.fileName(), version.yaml(), null)) {
            case ReadResult.Valid<ScenarioDefinition>(ScenarioDefinition definition) -> definition;
            case ReadResult.Invalid<ScenarioDefinition> invalid ->
                throw new IllegalStateException(
                        "stored version " + versionId + " no longer reads: " + invalid.problems());
        };
    }

    /** Checks a text being edited as scenario {@code scenarioId}; stores nothing. */
    @PreAuthorize(AUTHORS)
    public ReadResult<ScenarioDefinition> check(String scenarioId, String text) {
        return store.read(fileName(scenarioId), text, scenarioId);
    }

    /**
     * Saves the editor's text as the next version of {@code scenarioId}.
     *
     * @param basedOn the version number the editor opened; if a newer one was saved since, nothing is stored and the
     *     outcome says which
     */
    @PreAuthorize(AUTHORS)
    public SaveOutcome save(String scenarioId, int basedOn, String text) {
        return store.store(
                fileName(scenarioId),
                text,
                ContentSource.BROWSER,
                currentUser.require().id(),
                scenarioId,
                basedOn);
    }

    /** Stores an uploaded file as the next version of the scenario its {@code id} names (or its first). */
    @PreAuthorize(AUTHORS)
    public SaveOutcome upload(String fileName, String text) {
        return store.upload(fileName, text, currentUser.require().id());
    }

    /**
     * Starts a new scenario from the newest version of another (a shipped template or any scenario in the library):
     * the same text under a new id and title, comments and layout kept.
     */
    @PreAuthorize(AUTHORS)
    public SaveOutcome createFrom(String templateId, String newId, String newTitle) {
        String id = newId.strip();
        if (versions.findFirstByContentIdOrderByVersionNumberDesc(id).isPresent()) {
            throw UserFacingException.because("content.id.taken", id);
        }
        VersionText template = latest(templateId);
        String text = TopLevelKeys.withValue(template.yaml(), "id", id);
        text = TopLevelKeys.withValue(text, "title", newTitle.strip());
        if (store.read(fileName(id), text, id) instanceof ReadResult.Valid<ScenarioDefinition>(var copy)
                && !copy.title().equals(newTitle.strip())) {
            // The title was not a one-line scalar: write the copy out in the standard layout instead.
            text = new ScenarioWriter()
                    .write(new ScenarioBasics(
                                    newTitle.strip(),
                                    copy.brief(),
                                    copy.brand().name(),
                                    copy.brand().industry(),
                                    copy.brand().voice(),
                                    copy.weeks(),
                                    copy.currency(),
                                    copy.budget().ads(),
                                    copy.budget().influencers())
                            .applyTo(copy));
        }
        return store.store(
                fileName(id),
                text,
                ContentSource.BROWSER,
                currentUser.require().id(),
                id,
                // Based on "no version yet": if someone else created this id a moment ago, ours is refused as stale.
                0);
    }

    /** The YAML of {@code scenario} with the structured form's facts applied, in the writer's standard layout. */
    @PreAuthorize(AUTHORS)
    public String rewrite(ScenarioDefinition scenario, ScenarioBasics basics) {
        return new ScenarioWriter().write(basics.applyTo(scenario));
    }

    private static VersionText text(ScenarioVersion version) {
        return new VersionText(version.summary(), version.getYamlText());
    }

    private static String fileName(String scenarioId) {
        return scenarioId + ".yaml";
    }
}
