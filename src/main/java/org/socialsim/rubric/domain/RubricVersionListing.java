package org.socialsim.rubric.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.socialsim.base.content.ContentSource;

/** A version's row in the library, read without its (possibly long) text. */
public record RubricVersionListing(
        long id,
        String rubricId,
        int versionNumber,
        String title,
        ContentSource source,
        @Nullable String createdBy,
        Instant createdAt) {}
