package org.socialsim.attempt.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.socialsim.attempt.AttemptKeys;
import org.socialsim.attempt.AttemptState;
import org.socialsim.base.ui.MainLayout;

/**
 * The frame of an attempt: its title, deadline and progress, the steps as numbered links, and a status line that says
 * what was last saved (the work autosaves, so the student needs to see that it did). The status line is a polite live
 * region, so screen-reader users hear "Saved" without losing their place.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public final class AttemptLayout extends Div implements RouterLayout, AfterNavigationObserver, HasDynamicTitle {

    private final DateTimeFormatter times;
    private final DateTimeFormatter dates;
    private final H2 title = new H2();
    private final Span meta = new Span();
    private final Span saveStatus = new Span();
    private final OrderedList steps = new OrderedList();
    private final Div content = new Div();
    private @Nullable Registration savedListener;
    private AttemptStep current = AttemptStep.BRIEF;

    AttemptLayout(Clock clock) {
        this.times = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(clock.getZone());
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(clock.getZone());
        addClassName("attempt-layout");
        title.addClassName("attempt-title");
        meta.addClassName("attempt-meta");
        saveStatus.addClassName("save-status");
        saveStatus.getElement().setAttribute("role", "status");
        saveStatus.getElement().setAttribute("aria-live", "polite");
        // A region named by the title: axe wants every text inside a landmark, and a <header> here would be a
        // second banner beside the app's own.
        title.setId("attempt-title");
        Section header = new Section(title, meta, saveStatus);
        header.addClassName("attempt-header");
        header.getElement().setAttribute("aria-labelledby", "attempt-title");
        Nav nav = new Nav(steps);
        nav.addClassName("attempt-steps");
        nav.getElement().setAttribute("aria-label", getTranslation("attempt.steps"));
        content.addClassName("attempt-content");
        add(header, nav, content);
    }

    /**
     * Shows the attempt the step has just loaded (the step checks who is asking and reroutes a refusal), so one
     * navigation reads the attempt once.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        content.getChildren()
                .findFirst()
                .filter(AttemptStepView.class::isInstance)
                .map(AttemptStepView.class::cast)
                .ifPresent(step -> {
                    AttemptState state = step.loadedState();
                    if (state != null) {
                        show(state, step.step());
                    }
                });
    }

    private void show(AttemptState state, AttemptStep shown) {
        current = shown;
        title.setText(state.assignmentTitle());
        String progress = state.allWeeksRun()
                ? getTranslation("attempt.progress.all-run", state.totalWeeks())
                : getTranslation("attempt.progress.weeks", state.weeksRun(), state.totalWeeks());
        String who = state.own() ? "" : getTranslation("attempt.meta.student", state.studentName()) + " · ";
        meta.setText(who
                + getTranslation(
                        "attempt.meta",
                        state.scenario().title(),
                        dates.format(state.dueAt()),
                        getTranslation(AttemptKeys.label(state.status())),
                        progress));
        // On every step the student sees when their work was last stored, not only right after a save.
        saveStatus.setText(
                state.editable()
                        ? getTranslation("attempt.autosave.ready", dates.format(state.updatedAt()))
                        : getTranslation("attempt.autosave.read-only"));
        saveStatus.removeClassName("save-failed");
        saveStatus.setClassName("read-only", !state.editable());
        steps.removeAll();
        int number = 1;
        for (AttemptStep step : AttemptStep.values()) {
            if (!step.shownFor(state.status())) {
                continue;
            }
            // An anchor marked as a router link navigates inside the app without reloading the page.
            Anchor link = new Anchor(step.path(state.attemptId()));
            link.getElement().setAttribute("router-link", true);
            if (step == this.current) {
                link.getElement().setAttribute("aria-current", "page");
            }
            Span stepNumber = new Span(Integer.toString(number++));
            stepNumber.addClassName("step-number");
            // The number is decoration for sighted users; the list already tells screen readers the position.
            stepNumber.getElement().setAttribute("aria-hidden", "true");
            Span stepTitle = new Span(getTranslation(step.titleKey()));
            stepTitle.addClassName("step-title");
            link.add(stepNumber, stepTitle);
            link.addClassName("attempt-step-link");
            steps.add(new ListItem(link));
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement child) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(Objects.requireNonNull(child).getElement());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        savedListener = ComponentUtil.addListener(event.getUI(), AttemptSaved.class, saved -> {
            AttemptState state = saved.state();
            if (state != null) {
                // The header follows the attempt: weeks run, status, and read-only once submitted.
                show(state, current);
                if (state.editable()) {
                    saveStatus.setText(getTranslation("attempt.autosave.saved", times.format(state.updatedAt())));
                }
            } else {
                saveStatus.setText(getTranslation("attempt.autosave.not-saved"));
                saveStatus.addClassName("save-failed");
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (savedListener != null) {
            savedListener.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return content.getChildren()
                .findFirst()
                .filter(HasDynamicTitle.class::isInstance)
                .map(child -> ((HasDynamicTitle) child).getPageTitle())
                .orElse(title.getText());
    }
}
