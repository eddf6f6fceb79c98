package org.socialsim.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The two ways a view tells the user how an action went, styled the same everywhere. */
public final class Notifications {

    private static final int SUCCESS_MILLIS = 4000;
    private static final int ERROR_MILLIS = 8000;

    private Notifications() {}

    public static Notification success(String message) {
        // Bottom end: bottom start sat over the sidebar's "Sign out" for the toast's four seconds.
        Notification notification = Notification.show(message, SUCCESS_MILLIS, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    public static Notification error(String message) {
        Notification notification = Notification.show(message, ERROR_MILLIS, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }
}
