package org.socialsim.attempt.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;
import org.jspecify.annotations.Nullable;
import org.socialsim.attempt.AttemptState;

/**
 * Fired on the UI after every autosave attempt, so the attempt layout's status line can say what was saved and when,
 * or why it was not.
 *
 * @param state the attempt after the save; {@code null} when the save was refused
 * @param refusal the refusal shown to the student; {@code null} when saved
 */
public final class AttemptSaved extends ComponentEvent<UI> {

    private final @Nullable AttemptState state;
    private final @Nullable String refusal;

    AttemptSaved(UI ui, @Nullable AttemptState state, @Nullable String refusal) {
        super(ui, false);
        this.state = state;
        this.refusal = refusal;
    }

    public @Nullable AttemptState state() {
        return state;
    }

    public @Nullable String refusal() {
        return refusal;
    }
}
