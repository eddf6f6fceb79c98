package org.socialsim.account;

/**
 * An account's password was replaced: by an administrator's reset, or by its owner.
 *
 * @param byAdministrator true for a reset, after which every session of the account must end
 */
public record PasswordChanged(long accountId, String username, boolean byAdministrator) {}
