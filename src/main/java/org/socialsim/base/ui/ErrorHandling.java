package org.socialsim.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialsim.base.UserFacingException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one app-wide error handler: a refusal the user can act on is shown as its message; a save that lost a race with
 * someone else's says so; anything unexpected is logged with its stack trace and shown as a short apology, never as a
 * stack trace in the browser. In every case the failed transaction was rolled back, so nothing is half-saved.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    /** What to tell the user: a translation key and its arguments. */
    record Message(String key, Object... arguments) {}

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
                    Message message = messageFor(error.getThrowable());
                    UI ui = UI.getCurrent();
                    if (ui != null) {
                        ui.access(() -> Notifications.error(ui.getTranslation(message.key(), message.arguments())));
                    }
                }));
    }

    static Message messageFor(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof UserFacingException refused) {
                return new Message(refused.messageKey(), refused.arguments());
            }
            if (cause instanceof AccessDeniedException) {
                log.warn("Access denied: {}", cause.getMessage());
                return new Message("error.access-denied.action");
            }
            if (cause instanceof OptimisticLockingFailureException) {
                log.info("Concurrent change refused: {}", cause.getMessage());
                return new Message("error.changed-meanwhile");
            }
            if (cause instanceof DataIntegrityViolationException) {
                log.info("Constraint refused a save: {}", cause.getMessage());
                return new Message("error.conflict");
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        log.error("Unexpected error", error);
        return new Message("error.unexpected");
    }
}
