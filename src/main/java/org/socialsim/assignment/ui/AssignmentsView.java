package org.socialsim.assignment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.socialsim.account.CohortService;
import org.socialsim.account.CohortSummary;
import org.socialsim.assignment.AssignmentService;
import org.socialsim.assignment.AssignmentSummary;
import org.socialsim.assignment.NewAssignment;
import org.socialsim.base.UserFacingException;
import org.socialsim.base.content.LibraryEntry;
import org.socialsim.base.content.VersionSummary;
import org.socialsim.base.ui.MainLayout;
import org.socialsim.base.ui.Notifications;
import org.socialsim.rubric.RubricService;
import org.socialsim.scenario.ScenarioService;

/**
 * A tutor sets a scenario version and a rubric version for one of their cohorts, with an opening time and a deadline,
 * and sees what the cohort already has. Times are in the server's time zone, shown beside the fields.
 */
@Route(value = "tutor/assignments", layout = MainLayout.class)
@RolesAllowed({"TUTOR", "ADMIN"})
@Menu(order = 41, icon = "vaadin:calendar-clock", title = "nav.assignments")
public final class AssignmentsView extends Main implements HasDynamicTitle {

    final ComboBox<CohortSummary> cohort = new ComboBox<>();
    final Grid<AssignmentSummary> assignments = new Grid<>();
    final TextField title = new TextField();
    final ComboBox<VersionSummary> scenario = new ComboBox<>();
    final ComboBox<VersionSummary> rubric = new ComboBox<>();
    final DateTimePicker opensAt = new DateTimePicker();
    final DateTimePicker dueAt = new DateTimePicker();
    final Button assign = new Button();
    final Paragraph empty = new Paragraph();

    private final AssignmentService assignmentService;
    private final ZoneId zone;
    private final DateTimeFormatter dates;

    AssignmentsView(
            AssignmentService assignmentService,
            CohortService cohortService,
            ScenarioService scenarioService,
            RubricService rubricService,
            Clock clock) {
        this.assignmentService = assignmentService;
        this.zone = clock.getZone();
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(zone);
        addClassName("list-view");

        cohort.setLabel(getTranslation("assignments.cohort"));
        cohort.setItemLabelGenerator(CohortSummary::name);
        List<CohortSummary> cohorts = cohortService.visibleCohorts();
        cohort.setItems(cohorts);
        cohort.addValueChangeListener(change -> showAssignments(change.getValue()));
        cohort.setWidth("24rem");
        cohort.addClassName("cohort-choice");

        assignments
                .addColumn(AssignmentSummary::title)
                .setHeader(getTranslation("assignments.column.title"))
                .setFlexGrow(2);
        assignments
                .addColumn(row -> getTranslation("assignments.pinned", row.scenarioTitle(), row.scenarioVersion()))
                .setHeader(getTranslation("assignments.column.scenario"))
                .setFlexGrow(2);
        assignments
                .addColumn(row -> getTranslation("assignments.pinned", row.rubricTitle(), row.rubricVersion()))
                .setHeader(getTranslation("assignments.column.rubric"))
                .setFlexGrow(2);
        // Dates keep their width and titles wrap: a cut-off deadline or scenario title is no use to a tutor.
        assignments
                .addColumn(row -> dates.format(row.opensAt()))
                .setHeader(getTranslation("assignments.column.opens"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        assignments
                .addColumn(row -> dates.format(row.dueAt()))
                .setHeader(getTranslation("assignments.column.due"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        // A path, not the view's class: the attempt feature builds on assignments, not the other way round.
        assignments
                .addComponentColumn(row -> {
                    Anchor attempts = new Anchor(
                            "tutor/assignments/" + row.id() + "/attempts", getTranslation("submissions.open-list"));
                    attempts.getElement().setAttribute("router-link", true);
                    attempts.setId("assignments-attempts-" + row.id());
                    Anchor marking = new Anchor(
                            "tutor/assignments/" + row.id() + "/marking", getTranslation("marking.open-queue"));
                    marking.getElement().setAttribute("router-link", true);
                    marking.setId("assignments-marking-" + row.id());
                    Div links = new Div(attempts, marking);
                    links.addClassName("assignment-links");
                    return links;
                })
                .setHeader(getTranslation("submissions.column.work"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        assignments.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        assignments.setAllRowsVisible(true);
        assignments.setAriaLabel(getTranslation("assignments.list"));
        empty.setText(getTranslation("assignments.none"));
        empty.addClassName("empty-state");

        title.setLabel(getTranslation("assignments.field.title"));
        title.setMaxLength(AssignmentService.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        scenario.setLabel(getTranslation("assignments.field.scenario"));
        scenario.setItems(versions(scenarioService.library()));
        scenario.setItemLabelGenerator(this::versionLabel);
        scenario.setHelperText(getTranslation("assignments.field.scenario.help"));
        scenario.setRequiredIndicatorVisible(true);
        rubric.setLabel(getTranslation("assignments.field.rubric"));
        rubric.setItems(versions(rubricService.library()));
        rubric.setItemLabelGenerator(this::versionLabel);
        rubric.setRequiredIndicatorVisible(true);
        opensAt.setLabel(getTranslation("assignments.field.opens"));
        opensAt.setHelperText(getTranslation("assignments.time-zone", zone.getId()));
        opensAt.setRequiredIndicatorVisible(true);
        dueAt.setLabel(getTranslation("assignments.field.due"));
        dueAt.setHelperText(getTranslation("assignments.time-zone", zone.getId()));
        dueAt.setRequiredIndicatorVisible(true);
        opensAt.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                dueAt.setMin(change.getValue().plusMinutes(1));
            }
        });
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS);
        opensAt.setValue(now.plusHours(1));
        dueAt.setValue(now.plusHours(1).plusWeeks(6));
        assign.setText(getTranslation("assignments.assign"));
        assign.setIcon(VaadinIcon.CALENDAR_CLOCK.create());
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.addClickListener(click -> assign());
        FormLayout form = new FormLayout(title, scenario, rubric, opensAt, dueAt);
        form.setColspan(title, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Section newAssignment = new Section(new H2(getTranslation("assignments.new")), form, assign);
        newAssignment.addClassNames("card", "assignment-form");

        Section existing = new Section(new H2(getTranslation("assignments.list")), assignments, empty);
        existing.addClassName("card");
        add(cohort, existing, newAssignment);
        if (cohorts.isEmpty()) {
            assign.setEnabled(false);
            empty.setText(getTranslation("tutor.no-cohorts"));
        } else {
            cohort.setValue(cohorts.getFirst());
        }
    }

    private void showAssignments(@Nullable CohortSummary chosen) {
        List<AssignmentSummary> rows = chosen == null ? List.of() : assignmentService.assignments(chosen.id());
        assignments.setItems(rows);
        assignments.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }

    private void assign() {
        CohortSummary chosenCohort = cohort.getValue();
        VersionSummary chosenScenario = scenario.getValue();
        VersionSummary chosenRubric = rubric.getValue();
        LocalDateTime opens = opensAt.getValue();
        LocalDateTime due = dueAt.getValue();
        boolean complete = required(cohort, chosenCohort != null, getTranslation("assignments.cohort.missing"))
                & required(title, !title.getValue().isBlank(), getTranslation("assignment.title.missing"))
                & required(scenario, chosenScenario != null, getTranslation("assignments.scenario.missing"))
                & required(rubric, chosenRubric != null, getTranslation("assignments.rubric.missing"))
                & required(opensAt, opens != null, getTranslation("assignments.opens.missing"))
                & required(dueAt, due != null, getTranslation("assignments.due.missing"));
        if (!complete
                || chosenCohort == null
                || chosenScenario == null
                || chosenRubric == null
                || opens == null
                || due == null) {
            return;
        }
        if (!due.isAfter(opens)) {
            refuse(dueAt, getTranslation("assignment.due.not-after-opening"));
            return;
        }
        try {
            AssignmentSummary created = assignmentService.assign(new NewAssignment(
                    chosenCohort.id(),
                    chosenScenario.id(),
                    chosenRubric.id(),
                    title.getValue(),
                    opens.atZone(zone).toInstant(),
                    due.atZone(zone).toInstant()));
            title.clear();
            title.setInvalid(false);
            showAssignments(chosenCohort);
            Notifications.success(getTranslation("assignments.created", created.title(), created.cohortName()));
        } catch (UserFacingException refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            refuse(fieldFor(refused.messageKey()), message);
        }
    }

    /** The field a refusal is about, so the message stands where the tutor can fix it. */
    private HasValidation fieldFor(String messageKey) {
        if (messageKey.startsWith("assignment.due")) {
            return dueAt;
        }
        if (messageKey.startsWith("scenario.")) {
            return scenario;
        }
        if (messageKey.startsWith("rubric.")) {
            return rubric;
        }
        return title;
    }

    private static boolean required(HasValidation field, boolean present, String missing) {
        if (present) {
            field.setInvalid(false);
            return true;
        }
        refuse(field, missing);
        return false;
    }

    private static void refuse(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private String versionLabel(VersionSummary version) {
        return getTranslation("assignments.version-choice", version.title(), version.number(), version.contentId());
    }

    private static List<VersionSummary> versions(List<LibraryEntry> library) {
        return library.stream().flatMap(entry -> entry.versions().stream()).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assignments.page-title");
    }
}
