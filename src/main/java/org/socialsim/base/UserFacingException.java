package org.socialsim.base;

import java.util.Arrays;

/**
 * A refusal the person at the screen can act on. It carries a translation key and its arguments rather than a
 * sentence, so services stay free of UI concerns and every message exists in every bundled language.
 */
public final class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    private UserFacingException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** A refusal explained by the message under {@code messageKey} in {@code vaadin-i18n/translations}. */
    public static UserFacingException because(String messageKey, Object... arguments) {
        return new UserFacingException(messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
