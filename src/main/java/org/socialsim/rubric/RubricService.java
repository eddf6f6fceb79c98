package org.socialsim.rubric;

import java.util.List;
import org.socialsim.account.CurrentUser;
import org.socialsim.base.UserFacingException;
import org.socialsim.base.content.ContentSource;
import org.socialsim.base.content.LibraryEntry;
import org.socialsim.base.content.SaveOutcome;
import org.socialsim.base.content.TopLevelKeys;
import org.socialsim.base.content.VersionText;
import org.socialsim.base.io.ReadResult;
import org.socialsim.rubric.definition.RubricDefinition;
import org.socialsim.rubric.domain.RubricVersion;
import org.socialsim.rubric.domain.RubricVersionRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rubric library for tutors and administrators, versioned exactly like scenarios: saving never overwrites, an
 * unchanged text stores nothing, an invalid one is refused with all its problems. Students cannot call any of it.
 */
@Service
public class RubricService {

    private static final String AUTHORS = "hasAnyRole('TUTOR', 'ADMIN')";

    private final RubricVersions store;
    private final RubricVersionRepository versions;
    private final CurrentUser currentUser;

    RubricService(RubricVersions store, RubricVersionRepository versions, CurrentUser currentUser) {
        this.store = store;
        this.versions = versions;
        this.currentUser = currentUser;
    }

    /** Every rubric by id, each with its versions newest first. */
    @PreAuthorize(AUTHORS)
    @Transactional(readOnly = true)
    public List<LibraryEntry> library() {
        return LibraryEntry.byContentId(
                versions.listAll().stream().map(RubricVersions::summary).toList());
    }

    /** The newest version of a rubric with its text. */
    @PreAuthorize(AUTHORS)
    @Transactional(readOnly = true)
    public VersionText latest(String rubricId) {
        return text(versions.findFirstByContentIdOrderByVersionNumberDesc(rubricId)
                .orElseThrow(() -> UserFacingException.because("rubric.not-found", rubricId)));
    }

    /** One stored version with its text. */
    @PreAuthorize(AUTHORS)
    @Transactional(readOnly = true)
    public VersionText version(long versionId) {
        return text(versions.findById(versionId)
                .orElseThrow(() -> UserFacingException.because("rubric.version.not-found")));
    }

    /** Checks a text being edited as rubric {@code rubricId}; stores nothing. */
    @PreAuthorize(AUTHORS)
    public ReadResult<RubricDefinition> check(String rubricId, String text) {
        return store.read(fileName(rubricId), text, rubricId);
    }

    /** Saves the editor's text as the next version, unless someone saved after version {@code basedOn}. */
    @PreAuthorize(AUTHORS)
    public SaveOutcome save(String rubricId, int basedOn, String text) {
        return store.store(
                fileName(rubricId),
                text,
                ContentSource.BROWSER,
                currentUser.require().id(),
                rubricId,
                basedOn);
    }

    /** Stores an uploaded file as the next version of the rubric its {@code id} names (or its first). */
    @PreAuthorize(AUTHORS)
    public SaveOutcome upload(String fileName, String text) {
        return store.upload(fileName, text, currentUser.require().id());
    }

    /** Starts a new rubric from the newest version of another, under a new id and title, comments kept. */
    @PreAuthorize(AUTHORS)
    public SaveOutcome createFrom(String templateId, String newId, String newTitle) {
        String id = newId.strip();
        if (versions.findFirstByContentIdOrderByVersionNumberDesc(id).isPresent()) {
            throw UserFacingException.because("content.id.taken", id);
        }
        VersionText template = latest(templateId);
        String text = TopLevelKeys.withValue(template.yaml(), "id", id);
        text = TopLevelKeys.withValue(text, "title", newTitle.strip());
        return store.store(
                fileName(id),
                text,
                ContentSource.BROWSER,
                currentUser.require().id(),
                id,
                // Based on "no version yet": if someone else created this id a moment ago, ours is refused as stale.
                0);
    }

    private static VersionText text(RubricVersion version) {
        return new VersionText(version.summary(), version.getYamlText());
    }

    private static String fileName(String rubricId) {
        return rubricId + ".yaml";
    }
}
