package org.socialsim.attempt.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.socialsim.account.CohortService;
import org.socialsim.account.CohortSummary;
import org.socialsim.account.CurrentUser;
import org.socialsim.base.ui.MainLayout;

/**
 * A student's start page: their cohorts and, once tutors can set them (issue 6), their assignments with deadlines
 * and "continue where you left off".
 */
@Route(value = "student", layout = MainLayout.class)
@RolesAllowed("STUDENT")
@Menu(order = 10, icon = "vaadin:home", title = "nav.student-home")
public final class StudentHomeView extends Main implements HasDynamicTitle {

    StudentHomeView(CohortService cohortService, CurrentUser currentUser) {
        addClassName("home-view");
        add(new Paragraph(
                getTranslation("student.welcome", currentUser.require().displayName())));

        H2 assignmentsTitle = new H2(getTranslation("student.assignments"));
        Paragraph noAssignments = new Paragraph(getTranslation("student.no-assignments"));
        noAssignments.addClassName("empty-state");
        Section assignments = new Section(assignmentsTitle, noAssignments);
        assignments.addClassName("card");

        List<CohortSummary> cohorts = cohortService.visibleCohorts();
        Section cohortSection = new Section(new H2(getTranslation("student.cohorts")));
        cohortSection.addClassName("card");
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

    @Override
    public String getPageTitle() {
        return getTranslation("student.page-title");
    }
}
