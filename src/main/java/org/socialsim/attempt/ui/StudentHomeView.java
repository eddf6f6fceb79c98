package org.socialsim.attempt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.socialsim.account.CohortService;
import org.socialsim.account.CohortSummary;
import org.socialsim.account.CurrentUser;
import org.socialsim.attempt.AttemptKeys;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.AttemptStatus;
import org.socialsim.attempt.StudentAssignment;
import org.socialsim.attempt.work.DeadlineHint;
import org.socialsim.base.UserFacingException;
import org.socialsim.base.ui.MainLayout;
import org.socialsim.base.ui.Notifications;

/**
 * A student's start page: their assignments as cards (scenario, rubric, dates, where they are) with one button that
 * starts or continues the work where they left off, and their cohorts.
 */
@Route(value = "student", layout = MainLayout.class)
@RolesAllowed("STUDENT")
@Menu(order = 10, icon = "vaadin:home", title = "nav.student-home")
public final class StudentHomeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CohortService cohortService;
    private final CurrentUser currentUser;
    private final AttemptService attempts;
    private final Clock clock;
    private final DateTimeFormatter dates;

    StudentHomeView(CohortService cohortService, CurrentUser currentUser, AttemptService attempts, Clock clock) {
        this.cohortService = cohortService;
        this.currentUser = currentUser;
        this.attempts = attempts;
        this.clock = clock;
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(clock.getZone());
        addClassName("home-view");
    }

    /** Built on every visit, not once: the router reuses this view when the student comes back to it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new Paragraph(
                getTranslation("student.welcome", currentUser.require().displayName())));

        Section assignments = new Section(new H2(getTranslation("student.assignments")));
        assignments.addClassName("home-assignments");
        List<StudentAssignment> mine = attempts.myAssignments();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("student.no-assignments"));
            none.addClassNames("empty-state", "card");
            assignments.add(none);
        } else {
            Div cards = new Div();
            cards.addClassName("assignment-cards");
            mine.forEach(assignment -> cards.add(card(assignment)));
            assignments.add(cards);
        }

        List<CohortSummary> cohorts = cohortService.visibleCohorts();
        Section cohortSection = new Section(new H2(getTranslation("student.cohorts")));
        cohortSection.addClassNames("card", "home-cohorts");
        if (cohorts.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("student.no-cohorts"));
            none.addClassName("empty-state");
            cohortSection.add(none);
        } else {
            UnorderedList list = new UnorderedList();
            cohorts.forEach(cohort ->
                    list.add(new ListItem(getTranslation("student.cohort-line", cohort.name(), cohort.ownerName()))));
            cohortSection.add(list);
        }
        add(assignments, cohortSection);
    }

    private Section card(StudentAssignment assignment) {
        Section card = new Section();
        card.addClassNames("card", "assignment-card", "status-" + AttemptKeys.kebab(assignment.status()));
        card.setId("home-assignment-" + assignment.assignmentId());

        H3 title = new H3(assignment.title());
        Span status = new Span(statusText(assignment));
        status.addClassName("assignment-status");
        status.getElement()
                .getThemeList()
                .add(
                        switch (assignment.status()) {
                            case NOT_STARTED -> "badge contrast";
                            case IN_PROGRESS -> "badge";
                            case SUBMITTED -> "badge success";
                            case MARKED -> "badge success primary";
                        });
        Div heading = new Div(title, status);
        heading.addClassName("assignment-card-heading");

        Div facts = new Div(
                fact(getTranslation("home.scenario"), assignment.scenarioTitle()),
                fact(getTranslation("home.rubric"), assignment.rubricTitle()),
                fact(getTranslation("home.cohort"), assignment.cohortName()),
                fact(getTranslation("home.opens"), dates.format(assignment.opensAt())),
                dueFact(assignment));
        facts.addClassName("assignment-facts");

        card.add(heading, facts, action(assignment));
        return card;
    }

    private Div fact(String label, String value) {
        Span term = new Span(label);
        term.addClassName("fact-label");
        Span text = new Span(value);
        text.addClassName("fact-value");
        Div fact = new Div(term, text);
        fact.addClassName("fact");
        return fact;
    }

    /** The deadline with a countdown; only work still to do has one, a submitted attempt's deadline is history. */
    private Div dueFact(StudentAssignment assignment) {
        Div fact = fact(getTranslation("home.due"), dates.format(assignment.dueAt()));
        if (assignment.status() == AttemptStatus.SUBMITTED || assignment.status() == AttemptStatus.MARKED) {
            return fact;
        }
        DeadlineHint hint = DeadlineHint.of(assignment.dueAt(), clock.instant());
        Span note = new Span(hintText(hint));
        note.addClassName("due-hint");
        if (hint.kind() == DeadlineHint.Kind.OVERDUE) {
            note.addClassName("overdue");
        }
        fact.add(note);
        return fact;
    }

    private String hintText(DeadlineHint hint) {
        return switch (hint.kind()) {
            case DAYS ->
                hint.amount() == 1
                        ? getTranslation("home.due.in-a-day")
                        : getTranslation("home.due.in-days", hint.amount());
            case HOURS ->
                hint.amount() == 1
                        ? getTranslation("home.due.in-an-hour")
                        : getTranslation("home.due.in-hours", hint.amount());
            case SOON -> getTranslation("home.due.soon");
            case OVERDUE -> getTranslation("home.due.overdue");
        };
    }

    private String statusText(StudentAssignment assignment) {
        return switch (assignment.status()) {
            case NOT_STARTED ->
                assignment.open() ? getTranslation("home.status.not-started") : getTranslation("home.status.not-open");
            case IN_PROGRESS ->
                assignment.weeksRun() == 0
                        ? getTranslation("home.status.planning")
                        : getTranslation("home.status.in-progress", assignment.weeksRun(), assignment.totalWeeks());
            case SUBMITTED ->
                assignment.submittedAt() == null
                        ? getTranslation("home.status.submitted-plain")
                        : getTranslation("home.status.submitted", dates.format(assignment.submittedAt()));
            case MARKED -> getTranslation("home.status.marked");
        };
    }

    private Div action(StudentAssignment assignment) {
        Button button = new Button();
        button.setId("home-continue-" + assignment.assignmentId());
        button.addClassName("home-continue");
        Div action = new Div(button);
        action.addClassName("assignment-action");
        Long attemptId = assignment.attemptId();
        if (attemptId == null) {
            if (!assignment.open()) {
                button.setText(getTranslation("home.action.start"));
                button.setEnabled(false);
                Span opens = new Span(getTranslation("home.opens-on", dates.format(assignment.opensAt())));
                opens.addClassName("muted");
                action.add(opens);
                return action;
            }
            button.setText(getTranslation("home.action.start"));
            button.setIcon(VaadinIcon.PLAY.create());
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.addClickListener(click -> start(assignment));
            return action;
        }
        AttemptStep target = switch (assignment.status()) {
            case NOT_STARTED, IN_PROGRESS -> AttemptStep.fromSegment(assignment.lastStep());
            case SUBMITTED -> AttemptStep.SUBMIT;
            case MARKED -> AttemptStep.FEEDBACK;
        };
        button.setText(
                switch (assignment.status()) {
                    case NOT_STARTED, IN_PROGRESS -> getTranslation("home.action.continue");
                    case SUBMITTED -> getTranslation("home.action.view-submission");
                    case MARKED -> getTranslation("home.action.read-feedback");
                });
        if (assignment.status() == AttemptStatus.IN_PROGRESS) {
            button.setIcon(VaadinIcon.ARROW_RIGHT.create());
            button.setIconAfterText(true);
            Span where = new Span(getTranslation("home.continue-at", getTranslation(target.titleKey())));
            where.addClassName("muted");
            action.add(where);
        }
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(target.path(attemptId))));
        return action;
    }

    private void start(StudentAssignment assignment) {
        try {
            AttemptState started = attempts.open(assignment.assignmentId());
            getUI().ifPresent(ui -> ui.navigate(AttemptStep.BRIEF.path(started.attemptId())));
        } catch (UserFacingException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("student.page-title");
    }
}
