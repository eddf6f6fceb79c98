package org.socialsim.account;

import java.util.Collection;
import java.util.List;
import org.socialsim.account.domain.UserAccount;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The Spring Security principal of a signed-in account; a snapshot taken at sign-in, detached from JPA. */
final class AccountPrincipal implements UserDetails {

    private final SignedInUser user;
    private final String passwordHash;
    private final boolean enabled;

    AccountPrincipal(UserAccount account) {
        this.user =
                new SignedInUser(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole());
        this.passwordHash = account.getPasswordHash();
        this.enabled = account.isEnabled();
    }

    SignedInUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** One principal per account, so the session registry can find all of an account's sessions. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal principal && principal.user.id() == user.id();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(user.id());
    }
}
