package org.socialsim.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.socialsim.account.AccountService;
import org.socialsim.account.CohortService;
import org.socialsim.account.CohortSummary;
import org.socialsim.account.Role;
import org.socialsim.account.UserSummary;
import org.socialsim.base.UserFacingException;
import org.socialsim.base.ui.MainLayout;
import org.socialsim.base.ui.Notifications;

/** Administrators create cohorts, give each a tutor, and add or remove its students. */
@Route(value = "admin/cohorts", layout = MainLayout.class)
@RolesAllowed("ADMIN")
@Menu(order = 31, icon = "vaadin:academy-cap", title = "nav.cohorts")
public final class AdminCohortsView extends Main implements HasDynamicTitle {

    final Grid<CohortSummary> cohorts = new Grid<>();
    final TextField newName = new TextField();
    final ComboBox<UserSummary> newTutor = new ComboBox<>();
    final Button create = new Button();

    final Grid<UserSummary> members = new Grid<>();
    final ComboBox<UserSummary> studentToAdd = new ComboBox<>();
    final Button addStudent = new Button();

    private final CohortService cohortService;
    private final AccountService accountService;
    private final H2 selectedTitle = new H2();
    private final Div detail = new Div();
    private @Nullable CohortSummary selected;
    private List<CohortSummary> cohortRows = new ArrayList<>();

    AdminCohortsView(CohortService cohortService, AccountService accountService) {
        this.cohortService = cohortService;
        this.accountService = accountService;
        addClassName("list-view");

        newName.setLabel(getTranslation("cohorts.field.name"));
        newName.setMaxLength(CohortService.MAX_NAME);
        newTutor.setLabel(getTranslation("cohorts.field.tutor"));
        newTutor.setItems(accountService.listAccounts(Role.TUTOR));
        newTutor.setItemLabelGenerator(UserSummary::displayName);
        create.setText(getTranslation("cohorts.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> createCohort());
        HorizontalLayout creation = new HorizontalLayout(newName, newTutor, create);
        creation.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        creation.addClassName("toolbar");

        cohorts.addColumn(CohortSummary::name)
                .setHeader(getTranslation("cohorts.column.name"))
                .setFlexGrow(2);
        cohorts.addColumn(CohortSummary::ownerName).setHeader(getTranslation("cohorts.column.tutor"));
        cohorts.addColumn(CohortSummary::memberCount).setHeader(getTranslation("cohorts.column.students"));
        cohorts.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        cohorts.setAriaLabel(getTranslation("nav.cohorts"));
        cohorts.addSelectionListener(
                selection -> select(selection.getFirstSelectedItem().orElse(null)));
        cohorts.setAllRowsVisible(true);

        members.addColumn(UserSummary::displayName).setHeader(getTranslation("accounts.column.name"));
        members.addColumn(UserSummary::username).setHeader(getTranslation("accounts.column.username"));
        members.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
        members.setAllRowsVisible(true);
        studentToAdd.setLabel(getTranslation("cohorts.add-student"));
        studentToAdd.setItemLabelGenerator(
                student -> getTranslation("cohorts.student-choice", student.displayName(), student.username()));
        addStudent.setText(getTranslation("cohorts.add"));
        addStudent.addClickListener(click -> addSelectedStudent());
        HorizontalLayout adding = new HorizontalLayout(studentToAdd, addStudent);
        adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        detail.add(selectedTitle, members, adding);
        detail.addClassName("detail");
        detail.setVisible(false);

        add(creation, cohorts, detail);
        refresh();
    }

    private Button removeButton(UserSummary student) {
        Button remove = new Button(getTranslation("cohorts.remove"), click -> {
            CohortSummary current = selected;
            if (current != null) {
                show(cohortService.removeStudent(current.id(), student.id()));
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("cohorts.remove.aria", student.displayName()));
        return remove;
    }

    private void createCohort() {
        newName.setInvalid(false);
        UserSummary tutor = newTutor.getValue();
        if (tutor == null) {
            newTutor.setErrorMessage(getTranslation("cohorts.tutor.missing"));
            newTutor.setInvalid(true);
            return;
        }
        newTutor.setInvalid(false);
        try {
            CohortSummary created = cohortService.createCohort(newName.getValue(), tutor.id());
            newName.clear();
            refresh();
            cohorts.select(cohortRows.stream()
                    .filter(row -> row.id() == created.id())
                    .findFirst()
                    .orElse(created));
            Notifications.success(getTranslation("cohorts.created", created.name()));
        } catch (UserFacingException refused) {
            HasValidation field = refused.messageKey().startsWith("cohort.owner") ? newTutor : newName;
            field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            field.setInvalid(true);
        }
    }

    private void addSelectedStudent() {
        CohortSummary current = selected;
        UserSummary student = studentToAdd.getValue();
        if (current != null && student != null) {
            show(cohortService.addStudent(current.id(), student.id()));
            studentToAdd.clear();
        }
    }

    private void refresh() {
        cohortRows = new ArrayList<>(cohortService.visibleCohorts());
        cohorts.setItems(cohortRows).setIdentifierProvider(CohortSummary::id);
    }

    private void select(@Nullable CohortSummary cohort) {
        selected = cohort;
        detail.setVisible(cohort != null);
        if (cohort != null) {
            show(cohortService.cohort(cohort.id()));
        }
    }

    private void show(CohortSummary cohort) {
        selected = cohort;
        selectedTitle.setText(getTranslation("cohorts.members-of", cohort.name(), cohort.ownerName()));
        members.setItems(cohort.members());
        studentToAdd.setItems(cohortService.studentsNotIn(cohort.id()));
        // Replace the row in place, so the member count updates and the selection stays.
        cohortRows.replaceAll(row -> row.id() == cohort.id() ? cohort : row);
        cohorts.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cohorts.page-title");
    }
}
