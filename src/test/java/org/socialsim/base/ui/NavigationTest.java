package org.socialsim.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.account.domain.UserAccountRepository;
import org.socialsim.account.ui.AdminAccountsView;
import org.socialsim.account.ui.AdminCohortsView;
import org.socialsim.account.ui.ChangePasswordView;
import org.socialsim.account.ui.TutorHomeView;
import org.socialsim.attempt.ui.StudentHomeView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

// Each test runs in a transaction that is rolled back, so tests leave the shared demo data as they found it.
@SocialSimTest
@Transactional
class NavigationTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountRepository accounts;

    @Test
    @WithUserDetails("student1")
    void a_student_lands_on_their_own_home_and_sees_only_student_menu_entries() {
        navigate("", StudentHomeView.class);
        assertThat(menuLabels()).containsExactly("My work");
    }

    @Test
    @WithUserDetails("tutor1")
    void a_tutor_lands_on_the_tutor_home() {
        navigate("", TutorHomeView.class);
        assertThat(menuLabels())
                .containsExactly("My cohorts", "Scenarios & rubrics", "Assignments", "My second marking");
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_lands_on_accounts_and_sees_the_admin_menu() {
        navigate("", AdminAccountsView.class);
        assertThat(menuLabels())
                .containsExactly("Accounts", "Cohorts", "Roster import", "Scenarios & rubrics", "Assignments");
    }

    @Test
    @WithUserDetails("student1")
    void a_student_opening_an_admin_page_is_refused() {
        navigate("admin/accounts", AccessDeniedView.class);

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("You cannot open this page");
    }

    @Test
    @WithUserDetails("student1")
    void a_student_opening_a_tutor_page_is_refused() {
        navigate("tutor", AccessDeniedView.class);

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @WithUserDetails("tutor2")
    void a_tutor_opening_the_cohort_administration_is_refused() {
        navigate("admin/cohorts", AccessDeniedView.class);

        assertThat(getCurrentView()).isNotInstanceOf(AdminCohortsView.class);
    }

    @Test
    @WithUserDetails("student5")
    void someone_holding_a_temporary_password_is_sent_to_change_it_first() {
        var student5 = accounts.findByUsernameIgnoreCase("student5").orElseThrow();
        student5.changePasswordHash(student5.getPasswordHash(), true);

        navigate("student", ChangePasswordView.class);

        assertThat($(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .contains("Your password was reset by an administrator. Choose a password of your own to continue.");
    }

    private java.util.List<String> menuLabels() {
        return $(SideNav.class).first().getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
