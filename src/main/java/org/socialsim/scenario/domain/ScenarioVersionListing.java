package org.socialsim.scenario.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.socialsim.base.content.ContentSource;

/** A version's row in the library, read without its (possibly long) text. */
public record ScenarioVersionListing(
        long id,
        String scenarioId,
        int versionNumber,
        String title,
        ContentSource source,
        @Nullable String createdBy,
        Instant createdAt) {}
