package org.socialsim.account.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.socialsim.account.CohortService;
import org.socialsim.account.CohortSummary;
import org.socialsim.account.CurrentUser;
import org.socialsim.account.UserSummary;
import org.socialsim.base.ui.MainLayout;

/** A tutor's start page: the cohorts they own and who is in them. Assignments and marking join it in later issues. */
@Route(value = "tutor", layout = MainLayout.class)
@RolesAllowed("TUTOR")
@Menu(order = 20, icon = "vaadin:academy-cap", title = "nav.tutor-home")
public final class TutorHomeView extends Main implements HasDynamicTitle {

    TutorHomeView(CohortService cohortService, CurrentUser currentUser) {
        addClassName("home-view");
        add(new Paragraph(getTranslation("tutor.welcome", currentUser.require().displayName())));

        List<CohortSummary> cohorts = cohortService.visibleCohorts();
        if (cohorts.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("tutor.no-cohorts"));
            empty.addClassName("empty-state");
            add(empty);
        }
        for (CohortSummary cohort : cohorts) {
            add(cohortCard(cohort));
        }
    }

    private Section cohortCard(CohortSummary cohort) {
        H2 title = new H2(cohort.name());
        Paragraph count = new Paragraph(getTranslation("tutor.student-count", cohort.memberCount()));
        count.addClassName("muted");
        Grid<UserSummary> members = new Grid<>();
        members.addColumn(UserSummary::displayName).setHeader(getTranslation("accounts.column.name"));
        members.addColumn(UserSummary::username).setHeader(getTranslation("accounts.column.username"));
        members.addColumn(student -> student.email() == null ? "" : student.email())
                .setHeader(getTranslation("accounts.column.email"));
        members.setItems(cohort.members());
        members.setAllRowsVisible(true);
        members.setAriaLabel(getTranslation("tutor.members-of", cohort.name()));
        Section card = new Section(new Div(title, count), members);
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tutor.page-title");
    }
}
