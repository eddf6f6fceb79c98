package org.socialsim.base.content;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stored version of a scenario or rubric, as the library lists it.
 *
 * @param id the version's database id, which attempts and assignments pin
 * @param contentId the scenario's or rubric's own id, as written in its file
 * @param number 1 for the first version of {@code contentId}, then 2, 3, …
 * @param title the title written in this version
 * @param source where the text came from
 * @param createdBy display name of the tutor or administrator who saved it; empty for files loaded at startup
 * @param createdAt when it was stored
 */
public record VersionSummary(
        long id,
        String contentId,
        int number,
        String title,
        ContentSource source,
        @Nullable String createdBy,
        Instant createdAt) {}
