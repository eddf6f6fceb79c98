package org.socialsim.account;

import org.jspecify.annotations.Nullable;

/** What views may know of an account: never its password hash. */
public record UserSummary(
        long id,
        String username,
        String displayName,
        @Nullable String email,
        Role role,
        boolean enabled) {}
