package org.socialsim.rubric;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialsim.base.content.ContentFile;
import org.socialsim.base.content.ContentFolder;
import org.socialsim.base.content.ContentSource;
import org.socialsim.base.content.SaveOutcome;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At startup, reads every file under {@code rubrics/} into the library: a valid file whose text is new for its id
 * becomes that rubric's next version, an unchanged one adds nothing, and an invalid one is skipped with all its
 * problems in the log, so one broken file never stops the app.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RubricFilesLoader implements ApplicationRunner {

    static final String FOLDER = "rubrics";

    private static final Logger log = LoggerFactory.getLogger(RubricFilesLoader.class);

    private final ContentFolder folder;
    private final RubricVersions store;

    RubricFilesLoader(ContentFolder folder, RubricVersions store) {
        this.folder = folder;
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = 0;
        int unchanged = 0;
        int skipped = 0;
        for (ContentFile file : folder.read(FOLDER)) {
            switch (store.store(file.name(), file.text(), ContentSource.FILE, null, null, null)) {
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
                            RubricVersions.describe(problems));
                }
                case SaveOutcome.Stale stale -> throw new IllegalStateException("a file has no base version");
            }
        }
        log.info("Rubric files: {} new version(s), {} unchanged, {} skipped as invalid", added, unchanged, skipped);
    }
}
