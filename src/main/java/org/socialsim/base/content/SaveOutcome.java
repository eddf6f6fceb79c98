package org.socialsim.base.content;

import java.util.List;
import org.socialsim.base.io.Problem;

/** What saving a scenario or rubric text did. Nothing is stored unless the outcome is {@link Saved}. */
public sealed interface SaveOutcome {

    /** The text was valid and new: it is now {@code version}. */
    record Saved(VersionSummary version) implements SaveOutcome {}

    /** The text equals an existing version of the same id, which is kept; nothing new was stored. */
    record Unchanged(VersionSummary existing) implements SaveOutcome {}

    /** The text has problems; nothing was stored. */
    record Invalid(List<Problem> problems) implements SaveOutcome {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Someone saved {@code latest} after the editor opened an older version; nothing was stored, so the author can
     * look at theirs before deciding.
     */
    record Stale(VersionSummary latest) implements SaveOutcome {}
}
