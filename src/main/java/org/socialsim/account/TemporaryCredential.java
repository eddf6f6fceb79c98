package org.socialsim.account;

import org.jspecify.annotations.Nullable;

/** A newly opened account and its one-time password, to hand to its owner once; it is stored only as a hash. */
public record TemporaryCredential(
        String displayName,
        String username,
        String email,
        @Nullable String studentNumber,
        String temporaryPassword) {}
