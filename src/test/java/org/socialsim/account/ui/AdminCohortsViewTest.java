package org.socialsim.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.account.CohortSummary;
import org.socialsim.account.UserSummary;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

// Each test runs in a transaction that is rolled back, so tests leave the shared demo data as they found it.
@SocialSimTest
@Transactional
@WithUserDetails("admin")
class AdminCohortsViewTest extends SpringBrowserlessTest {

    @Test
    void an_admin_creates_a_cohort_and_adds_a_student() {
        AdminCohortsView view = navigate(AdminCohortsView.class);
        int before = test(view.cohorts).size();

        test(view.newName).setValue("Resit group");
        test(view.newTutor).selectItem("Tomás Oyelaran");
        test(view.create).click();

        assertThat(test(view.cohorts).size()).isEqualTo(before + 1);
        CohortSummary created = view.cohorts.getSelectedItems().iterator().next();
        assertThat(created.name()).isEqualTo("Resit group");

        test(view.studentToAdd).selectItem("Kwame Mensah (student2)");
        test(view.addStudent).click();

        assertThat(test(view.members).size()).isEqualTo(1);
        assertThat(test(view.members).getRow(0))
                .extracting(UserSummary::username)
                .isEqualTo("student2");
        var grid = test(view.cohorts);
        var shownRow = java.util.stream.IntStream.range(0, grid.size())
                .mapToObj(grid::getRow)
                .filter(row -> row.id() == created.id())
                .findFirst()
                .orElseThrow();
        assertThat(shownRow.memberCount()).isEqualTo(1);
    }

    @Test
    void a_cohort_without_a_tutor_is_refused_with_a_message() {
        AdminCohortsView view = navigate(AdminCohortsView.class);
        int before = test(view.cohorts).size();

        test(view.newName).setValue("Nobody teaches this");
        test(view.create).click();

        assertThat(view.newTutor.isInvalid()).isTrue();
        assertThat(view.newTutor.getErrorMessage()).isEqualTo("Choose the tutor who owns this cohort.");
        assertThat(test(view.cohorts).size()).isEqualTo(before);
    }
}
