package org.socialsim.rubric;

import org.socialsim.base.content.ContentFolder;
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
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class RubricFilesLoader implements ApplicationRunner {

    static final String FOLDER = "rubrics";

    private final ContentFolder folder;
    private final RubricVersions store;

    RubricFilesLoader(ContentFolder folder, RubricVersions store) {
        this.folder = folder;
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        store.storeFiles(folder.read(FOLDER));
    }
}
