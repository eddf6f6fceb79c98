package org.socialsim.grading;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a mark sheet's history.
 *
 * @param criterion the criterion decided on, or null for a decision on the whole sheet
 * @param action what was done, e.g. {@code ACCEPTED}, {@code OVERRIDDEN}, {@code COMPLETED}
 * @param level the level chosen, if any
 * @param mark the mark given, if any
 * @param note the comment or reason recorded with it, if any
 * @param by the marker's display name
 * @param at when
 */
public record MarkingDecision(
        @Nullable String criterion,
        MarkingAction action,
        @Nullable String level,
        @Nullable Integer mark,
        @Nullable String note,
        String by,
        Instant at) {}
