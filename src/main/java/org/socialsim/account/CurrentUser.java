package org.socialsim.account;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking: the one source every service uses for its ownership checks. */
@Component
public class CurrentUser {

    /** The signed-in user, if any. */
    public Optional<SignedInUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    /** The signed-in user; refuses anonymous callers. */
    public SignedInUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("sign in first"));
    }
}
