package org.socialsim.attempt.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import org.jspecify.annotations.Nullable;
import org.socialsim.attempt.AttemptKeys;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.work.Money;
import org.socialsim.base.UserFacingException;
import org.socialsim.base.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

/**
 * The base of every step of an attempt: it loads the attempt named in the route (the service checks who is asking),
 * renders the step, and autosaves through {@link #save}. A save carries the version this screen was built from, so a
 * change made meanwhile in another tab is never silently overwritten: the student is told and offered a reload.
 */
public abstract class AttemptStepView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** One save through the service, based on {@code version}. */
    @FunctionalInterface
    protected interface SaveCall {
        AttemptState save(long attemptId, long version);
    }

    protected final AttemptService attempts;
    private final AttemptStep step;
    private @Nullable AttemptState state;

    protected AttemptStepView(AttemptService attempts, AttemptStep step) {
        this.attempts = attempts;
        this.step = step;
        addClassNames("attempt-step", "attempt-step-" + step.segment());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long attemptId = event.getRouteParameters().getLong("attemptId").orElse(-1L);
        AttemptState loaded;
        try {
            loaded = attempts.attempt(attemptId);
        } catch (AccessDeniedException e) {
            // Someone else's attempt looks exactly like one that does not exist.
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        if (!step.shownFor(loaded.status())) {
            event.forwardTo(AttemptStep.BRIEF.path(attemptId));
            return;
        }
        state = loaded;
        if (loaded.editable()) {
            attempts.visited(attemptId, step.segment());
        }
        removeAll();
        render(loaded);
    }

    /** Builds the step for {@code state}; called on every navigation to the step. */
    protected abstract void render(AttemptState state);

    /** The attempt as last loaded or saved, or {@code null} before the step was entered; for the attempt frame. */
    @Nullable
    AttemptState loadedState() {
        return state;
    }

    AttemptStep step() {
        return step;
    }

    /** The attempt as last loaded or saved. */
    protected AttemptState state() {
        if (state == null) {
            throw new IllegalStateException("the step has not been entered yet");
        }
        return state;
    }

    protected long attemptId() {
        return state().attemptId();
    }

    /** Whether the student may change things here: their own attempt, in progress. */
    protected boolean editable() {
        return state().editable();
    }

    /**
     * Saves through {@code call} and tells the layout's status line. A refusal is shown as its message and leaves the
     * last saved state in place. Returns whether it saved.
     */
    protected boolean save(SaveCall call) {
        AttemptState current = state();
        UI ui = UI.getCurrent();
        try {
            state = call.save(current.attemptId(), current.version());
            ComponentUtil.fireEvent(ui, new AttemptSaved(ui, state, null));
            return true;
        } catch (UserFacingException refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            ComponentUtil.fireEvent(ui, new AttemptSaved(ui, null, message));
            if ("attempt.changed-elsewhere".equals(refused.messageKey())) {
                new ChangedElsewhereDialog(message).open();
            } else {
                Notifications.error(message);
            }
            return false;
        }
    }

    /** The label of an enum constant in the user's language ({@link AttemptKeys#label}). */
    protected String label(Enum<?> value) {
        return getTranslation(AttemptKeys.label(value));
    }

    /** An amount in the scenario's currency. */
    protected String money(double amount) {
        return Money.format(amount, state().scenario().currency(), getLocale());
    }

    @Override
    public String getPageTitle() {
        String title = getTranslation(step.titleKey());
        return state == null ? title : title + " — " + state.assignmentTitle();
    }
}
