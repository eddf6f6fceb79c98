package org.socialsim.account;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Ends the sessions a new password should end: after an administrator's reset all of them (a stolen session must not
 * outlive the reset), after one's own change every other one (the browser that changed it stays signed in).
 */
@Component
class SignOutOnPasswordChange {

    private final SessionRegistry sessions;

    SignOutOnPasswordChange(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void on(PasswordChanged changed) {
        String keep = changed.byAdministrator() ? null : currentSessionId();
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof AccountPrincipal account && account.user().id() == changed.accountId()) {
                sessions.getAllSessions(principal, false).stream()
                        .filter(session -> !session.getSessionId().equals(keep))
                        .forEach(SessionInformation::expireNow);
            }
        }
    }

    private static @Nullable String currentSessionId() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : request.getSessionId();
    }
}
