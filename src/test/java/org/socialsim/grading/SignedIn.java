package org.socialsim.grading;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs a piece of a test as one of the demo accounts, so a test can change hands between student and tutors. */
final class SignedIn {

    private final UserDetailsService users;

    SignedIn(UserDetailsService users) {
        this.users = users;
    }

    <T> T as(String username, Supplier<T> action) {
        var details = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                new UsernamePasswordAuthenticationToken(details, details.getPassword(), details.getAuthorities()));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    void run(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }
}
