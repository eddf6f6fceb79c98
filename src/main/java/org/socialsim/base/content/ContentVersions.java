package org.socialsim.base.content;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialsim.base.UserFacingException;
import org.socialsim.base.io.Problem;
import org.socialsim.base.io.ReadResult;
import org.socialsim.base.io.SafeYaml;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way a scenario or rubric version comes into being, whoever asks: the text is validated, its identity is its
 * content hash, and only a valid text that is new for its id is stored, with the next version number. Callers check
 * who is asking; this class does not, because the startup loader has nobody signed in.
 *
 * <p>Scenarios and rubrics are versioned alike; a subclass only says how its texts are read and its rows are found
 * and made.
 *
 * @param <D> the definition a text describes
 * @param <V> the stored version (an entity)
 */
public abstract class ContentVersions<D, V> {

    private static final Logger log = LoggerFactory.getLogger(ContentVersions.class);

    private final String kind;
    private final Clock clock;
    private final TransactionTemplate transaction;

    /** @param kind what a text is, in the author's words ("scenario", "rubric"), for messages */
    protected ContentVersions(String kind, Clock clock, PlatformTransactionManager transactions) {
        this.kind = kind;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Reads a normalised text with the format's reader. */
    protected abstract ReadResult<D> readText(String fileName, String text);

    /** The id a definition declares. */
    protected abstract String idOf(D definition);

    /** The stored version of {@code id} with this content hash, if any. */
    protected abstract Optional<V> withHash(String id, String contentHash);

    /** The newest stored version of {@code id}, if any. */
    protected abstract Optional<V> latest(String id);

    /** Inserts a new version row; the database's unique constraints refuse a number or hash already taken. */
    protected abstract V insert(
            D definition, int number, ContentText content, ContentSource source, @Nullable Long authorId);

    /** The version number of a stored version. */
    protected abstract int numberOf(V version);

    /** What the library shows of a stored version. */
    protected abstract VersionSummary summaryOf(V version);

    /** The clock that stamps new versions. */
    protected final Clock clock() {
        return clock;
    }

    /** Reads a text; every problem is reported, none is stored. */
    public ReadResult<D> read(String fileName, String rawText, @Nullable String expectedId) {
        if (!ContentText.fits(rawText)) {
            return new ReadResult.Invalid<>(List.of(SafeYaml.tooLarge(
                    fileName, rawText.getBytes(StandardCharsets.UTF_8).length, ContentText.MAX_BYTES)));
        }
        ReadResult<D> result = readText(fileName, ContentText.of(rawText).text());
        if (result instanceof ReadResult.Valid<D>(D definition)
                && expectedId != null
                && !idOf(definition).equals(expectedId)) {
            return new ReadResult.Invalid<>(List.of(idChanged(fileName, rawText, expectedId, idOf(definition))));
        }
        return result;
    }

    /**
     * Stores {@code rawText} as a new version unless it is invalid, already stored for its id, or (when
     * {@code basedOn} is given) someone stored a newer version than the one the author started from.
     *
     * @param expectedId the scenario or rubric an editor holds; a text with another id is refused. Null for uploads
     *     and files.
     * @param basedOn the version number the author started from; null when the text does not come from an editor
     */
    public SaveOutcome store(
            String fileName,
            String rawText,
            ContentSource source,
            @Nullable Long authorId,
            @Nullable String expectedId,
            @Nullable Integer basedOn) {
        ReadResult<D> read = read(fileName, rawText, expectedId);
        if (!(read instanceof ReadResult.Valid<D>(D definition))) {
            return new SaveOutcome.Invalid(read.problems());
        }
        ContentText content = ContentText.of(rawText);
        try {
            return storeOnce(definition, content, source, authorId, basedOn);
        } catch (DataIntegrityViolationException raced) {
            // Two saves of the same id at once both chose the same next number (or the same text); the database let
            // one in. Deciding again sees that version: an editor is told it is stale, an upload becomes the next
            // version or finds its twin, and nobody sees a stack trace.
            log.info("{} {}: another save won the race; deciding again", kind, idOf(definition));
            return storeOnce(definition, content, source, authorId, basedOn);
        }
    }

    /**
     * Stores an uploaded file as the next version of the scenario or rubric its {@code id} names (or its first).
     *
     * @throws UserFacingException when the file is not named as a YAML file
     */
    public SaveOutcome upload(String fileName, String rawText, long authorId) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
            throw UserFacingException.because("content.upload.not-yaml", fileName);
        }
        return store(fileName, rawText, ContentSource.UPLOAD, authorId, null, null);
    }

    private SaveOutcome storeOnce(
            D definition,
            ContentText content,
            ContentSource source,
            @Nullable Long authorId,
            @Nullable Integer basedOn) {
        SaveOutcome outcome = transaction.execute(status -> {
            String id = idOf(definition);
            Optional<V> same = withHash(id, content.hash());
            if (same.isPresent()) {
                return new SaveOutcome.Unchanged(summaryOf(same.get()));
            }
            Optional<V> newest = latest(id);
            if (basedOn != null && newest.isPresent() && numberOf(newest.get()) != basedOn) {
                return new SaveOutcome.Stale(summaryOf(newest.get()));
            }
            int number = newest.map(version -> numberOf(version) + 1).orElse(1);
            return new SaveOutcome.Saved(summaryOf(insert(definition, number, content, source, authorId)));
        });
        if (outcome == null) {
            throw new IllegalStateException("the transaction returned nothing");
        }
        return outcome;
    }

    /**
     * Stores every file of a content folder at startup: a valid new text becomes the next version, an unchanged one
     * adds nothing, and an invalid one is skipped with all its problems in the log, so one broken file never stops the
     * app.
     */
    public void storeFiles(List<ContentFile> files) {
        int added = 0;
        int unchanged = 0;
        int skipped = 0;
        for (ContentFile file : files) {
            switch (store(file.name(), file.text(), ContentSource.FILE, null, null, null)) {
                case SaveOutcome.Saved(var version) -> {
                    added++;
                    log.info("{}: stored as version {} of {}", file.name(), version.number(), version.contentId());
                }
                case SaveOutcome.Unchanged unchangedVersion -> unchanged++;
                case SaveOutcome.Invalid(var problems) -> {
                    skipped++;
                    log.warn(
                            "{}: skipped, {} problem(s); fix the file and restart:{}{}",
                            file.name(),
                            problems.size(),
                            System.lineSeparator(),
                            describe(problems));
                }
                case SaveOutcome.Stale stale -> throw new IllegalStateException("a file has no base version");
            }
        }
        log.info("{} files: {} new version(s), {} unchanged, {} skipped as invalid", kind, added, unchanged, skipped);
    }

    private Problem idChanged(String fileName, String text, String expectedId, String foundId) {
        int line = TopLevelKeys.lineOf(text, "id").orElse(0);
        return new Problem(
                fileName,
                line,
                line == 0 ? 0 : 1,
                "id",
                "found '" + foundId + "', expected '" + expectedId
                        + "': this editor holds " + expectedId
                        + "; to start a new " + kind + " from it, use Clone in the library");
    }

    /** All problems of a text at once, for logs: one per line, each as file:line:column: path: message. */
    static String describe(List<Problem> problems) {
        List<String> lines = new ArrayList<>();
        problems.forEach(problem -> lines.add("  " + problem));
        return String.join(System.lineSeparator(), lines);
    }
}
