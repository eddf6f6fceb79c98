package org.socialsim.account;

import org.jspecify.annotations.Nullable;

/** An administrator's request to open an account. Checked by {@link AccountService#createAccount}. */
public record NewAccount(
        String username, String displayName, @Nullable String email, Role role, String initialPassword) {}
