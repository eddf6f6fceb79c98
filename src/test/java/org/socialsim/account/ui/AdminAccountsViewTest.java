package org.socialsim.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Code;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.account.Role;
import org.socialsim.account.UserSummary;
import org.socialsim.account.domain.UserAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

// Each test runs in a transaction that is rolled back, so tests leave the shared demo data as they found it.
@SocialSimTest
@Transactional
@WithUserDetails("admin")
class AdminAccountsViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void lists_every_account_with_its_role() {
        AdminAccountsView view = navigate(AdminAccountsView.class);

        var grid = test(view.grid);
        var rows = java.util.stream.IntStream.range(0, grid.size())
                .mapToObj(grid::getRow)
                .toList();
        assertThat(rows).hasSize(9);
        assertThat(rows)
                .filteredOn(user -> user.role() == Role.ADMIN)
                .extracting(UserSummary::username)
                .containsExactly("admin");
        assertThat(rows).filteredOn(user -> user.role() == Role.TUTOR).hasSize(2);
        assertThat(rows).filteredOn(user -> user.role() == Role.STUDENT).hasSize(6);
        assertThat(grid.getCellText(0, 3)).isEqualTo("Administrator");

        test(view.filter).setValue("müller");
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).username()).isEqualTo("student5");
    }

    @Test
    void an_admin_creates_an_account_in_the_dialog() {
        AdminAccountsView view = navigate(AdminAccountsView.class);
        test(view.newAccount).click();
        NewAccountForm form = $(NewAccountForm.class).first();

        test(form.displayName).setValue("Noa Ben-David");
        test(form.username).setValue("noa.bendavid");
        test(form.email).setValue("noa@uni.example");
        form.role.setValue(Role.TUTOR);
        test(form.initialPassword).setValue("tutor passphrase");
        test($(Button.class).withText("Create account").first()).click();

        var stored = accounts.findByUsernameIgnoreCase("noa.bendavid").orElseThrow();
        assertThat(stored.getRole()).isEqualTo(Role.TUTOR);
        assertThat(test(view.grid).size()).isEqualTo((int) accounts.count());
    }

    @Test
    void a_refused_account_keeps_the_dialog_open_with_the_reason_on_the_field() {
        AdminAccountsView view = navigate(AdminAccountsView.class);
        test(view.newAccount).click();
        NewAccountForm form = $(NewAccountForm.class).first();

        test(form.displayName).setValue("Duplicate");
        test(form.username).setValue("student1");
        test(form.initialPassword).setValue("long enough");
        test($(Button.class).withText("Create account").first()).click();

        assertThat(form.username.isInvalid()).isTrue();
        assertThat(form.username.getErrorMessage()).contains("student1").contains("already in use");
        assertThat(form.isAttached()).isTrue();
    }

    @Test
    void resetting_a_password_shows_the_temporary_password_once() {
        AdminAccountsView view = navigate(AdminAccountsView.class);
        test(view.filter).setValue("student6");
        UserSummary student6 = test(view.grid).getRow(0);
        assertThat(student6.username()).isEqualTo("student6");

        Button reset = (Button) test(view.grid).getCellComponent(0, 4);
        test(reset).click();
        test($(ConfirmDialog.class).first()).confirm();

        String temporary = $(Code.class).first().getText();
        var stored = accounts.findByUsernameIgnoreCase("student6").orElseThrow();
        assertThat(passwordEncoder.matches(temporary, stored.getPasswordHash())).isTrue();
        assertThat(stored.isMustChangePassword()).isTrue();
    }
}
