package org.socialsim.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.account.FirstStart;
import org.socialsim.account.domain.UserAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

// Each test runs in a transaction that is rolled back, so tests leave the shared demo data as they found it.
@SocialSimTest
@Transactional
class ChangePasswordViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    @WithUserDetails("student4")
    void mismatched_new_passwords_are_caught_before_anything_is_saved() {
        ChangePasswordView view = navigate(ChangePasswordView.class);

        test(view.current).setValue(FirstStart.DEMO_PASSWORD);
        test(view.chosen).setValue("first choice!");
        test(view.repeated).setValue("second choice");
        test(view.save).click();

        assertThat(view.repeated.isInvalid()).isTrue();
        var stored = accounts.findByUsernameIgnoreCase("student4").orElseThrow();
        assertThat(passwordEncoder.matches(FirstStart.DEMO_PASSWORD, stored.getPasswordHash()))
                .isTrue();
    }

    @Test
    @WithUserDetails("student4")
    void a_wrong_current_password_is_shown_on_that_field() {
        ChangePasswordView view = navigate(ChangePasswordView.class);

        test(view.current).setValue("not my password");
        test(view.chosen).setValue("new passphrase");
        test(view.repeated).setValue("new passphrase");
        test(view.save).click();

        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo("That is not your current password.");
    }
}
