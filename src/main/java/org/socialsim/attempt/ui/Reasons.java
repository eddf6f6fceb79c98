package org.socialsim.attempt.ui;

import com.vaadin.flow.component.Component;
import org.socialsim.attempt.AttemptKeys;
import org.socialsim.attempt.work.Reason;

/** Turns a {@link Reason} from the pure rules into the sentence a person reads. */
public final class Reasons {

    private Reasons() {}

    /** The reason's message with its arguments; enum constants are shown by their translated labels. */
    public static String text(Component in, Reason reason) {
        Object[] arguments = reason.arguments().stream()
                .map(argument -> argument instanceof Enum<?> constant
                        ? in.getTranslation(AttemptKeys.label(constant))
                        : argument)
                .toArray();
        return in.getTranslation(reason.key(), arguments);
    }
}
