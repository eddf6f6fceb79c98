package org.socialsim.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialsim.base.UserFacingException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one app-wide error handler: a refusal the user can act on is shown as its message; anything unexpected is
 * logged with its stack trace and shown as a short apology, never as a stack trace in the browser.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
                    Throwable cause = rootCause(error.getThrowable());
                    UI ui = UI.getCurrent();
                    if (ui == null) {
                        log.error("Error outside a UI", error.getThrowable());
                        return;
                    }
                    String message;
                    if (cause instanceof UserFacingException refused) {
                        message = ui.getTranslation(refused.messageKey(), refused.arguments());
                    } else if (cause instanceof AccessDeniedException) {
                        log.warn("Access denied: {}", cause.getMessage());
                        message = ui.getTranslation("error.access-denied.action");
                    } else {
                        log.error("Unexpected error", error.getThrowable());
                        message = ui.getTranslation("error.unexpected");
                    }
                    ui.access(() -> Notifications.error(message));
                }));
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof UserFacingException || cause instanceof AccessDeniedException) {
                return cause;
            }
            cause = cause.getCause();
        }
        return cause;
    }
}
