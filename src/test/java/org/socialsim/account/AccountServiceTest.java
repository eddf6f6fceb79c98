package org.socialsim.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.account.domain.UserAccountRepository;
import org.socialsim.base.UserFacingException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
class AccountServiceTest {

    @Autowired
    AccountService accountService;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    jakarta.persistence.EntityManager entityManager;

    @Autowired
    SessionRegistry sessions;

    @Autowired
    UserDetailsService userDetails;

    @Test
    @WithUserDetails("admin")
    void admin_opens_an_account_with_a_hashed_password() {
        UserSummary created = accountService.createAccount(
                new NewAccount("R.Okafor", "Rita Okafor", "Rita.Okafor@Uni.example", Role.STUDENT, "long enough"));

        assertThat(created.username()).isEqualTo("r.okafor");
        assertThat(created.email()).isEqualTo("rita.okafor@uni.example");
        var stored = accounts.findById(created.id()).orElseThrow();
        assertThat(stored.getPasswordHash()).startsWith("$2").doesNotContain("long enough");
        assertThat(passwordEncoder.matches("long enough", stored.getPasswordHash()))
                .isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void login_names_are_unique_regardless_of_case() {
        assertThatThrownBy(() -> accountService.createAccount(
                        new NewAccount("Student1", "Someone Else", null, Role.STUDENT, "long enough")))
                .isInstanceOf(UserFacingException.class)
                .extracting(error -> ((UserFacingException) error).messageKey())
                .isEqualTo("account.username.taken");
    }

    @Test
    @WithUserDetails("admin")
    void bad_account_details_are_refused_with_a_message_that_names_the_problem() {
        assertRefused(new NewAccount("x", "Name", null, Role.STUDENT, "long enough"), "account.username.invalid");
        assertRefused(
                new NewAccount("<script>", "Name", null, Role.STUDENT, "long enough"), "account.username.invalid");
        assertRefused(
                new NewAccount("okname", "  ", null, Role.STUDENT, "long enough"), "account.display-name.missing");
        assertRefused(
                new NewAccount("okname", "N".repeat(201), null, Role.STUDENT, "long enough"),
                "account.display-name.too-long");
        assertRefused(
                new NewAccount("okname", "Name", "not-an-email", Role.STUDENT, "long enough"), "account.email.invalid");
        assertRefused(
                new NewAccount("okname", "Name", "zoe.achterberg@demo.socialsim.org", Role.STUDENT, "long enough"),
                "account.email.taken");
        assertRefused(new NewAccount("okname", "Name", null, Role.STUDENT, "short"), "account.password.too-short");
        assertRefused(new NewAccount("okname", "Name", null, Role.STUDENT, "okname"), "account.password.too-short");
        assertRefused(
                new NewAccount("longername", "Name", null, Role.STUDENT, "LongerName"),
                "account.password.same-as-username");
        assertThat(accounts.existsByUsernameIgnoreCase("okname")).isFalse();
    }

    @Test
    @WithUserDetails("tutor1")
    void a_tutor_cannot_open_accounts_or_list_them() {
        assertThatThrownBy(() -> accountService.createAccount(
                        new NewAccount("sneaky", "Sneaky", null, Role.ADMIN, "long enough")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> accountService.listAccounts()).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(accounts.existsByUsernameIgnoreCase("sneaky")).isFalse();
    }

    @Test
    @WithUserDetails("student1")
    void a_student_cannot_reset_anyone_elses_password() {
        long tutor = accounts.findByUsernameIgnoreCase("tutor1").orElseThrow().getId();
        assertThatThrownBy(() -> accountService.resetPassword(tutor)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithUserDetails("tutor1")
    void a_tutor_cannot_reset_a_students_password() {
        long student =
                accounts.findByUsernameIgnoreCase("student1").orElseThrow().getId();
        assertThatThrownBy(() -> accountService.resetPassword(student))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void a_password_longer_than_bcrypt_can_read_is_refused_with_a_message_not_an_error() {
        String seventyThreeBytes = "a".repeat(73);
        String thirtyCjkCharacters = "密".repeat(30); // 90 bytes in UTF-8
        assertRefused(
                new NewAccount("longpass", "Name", null, Role.STUDENT, seventyThreeBytes), "account.password.too-long");
        assertRefused(
                new NewAccount("longpass", "Name", null, Role.STUDENT, thirtyCjkCharacters),
                "account.password.too-long");

        UserSummary created =
                accountService.createAccount(new NewAccount("longpass", "Name", null, Role.STUDENT, "a".repeat(72)));
        assertThat(created.username()).isEqualTo("longpass");
    }

    @Test
    @WithUserDetails("admin")
    void a_reset_gives_a_temporary_password_that_must_be_changed() {
        var student = accounts.findByUsernameIgnoreCase("student2").orElseThrow();

        String temporary = accountService.resetPassword(student.getId());
        entityManager.flush();
        entityManager.clear();
        student = accounts.findByUsernameIgnoreCase("student2").orElseThrow();

        assertThat(temporary).hasSize(14);
        assertThat(passwordEncoder.matches(temporary, student.getPasswordHash()))
                .isTrue();
        assertThat(passwordEncoder.matches(FirstStart.DEMO_PASSWORD, student.getPasswordHash()))
                .isFalse();
        assertThat(student.isMustChangePassword()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void a_reset_signs_the_account_out_of_every_session_and_leaves_others_alone() {
        var student2 = userDetails.loadUserByUsername("student2");
        var student1 = userDetails.loadUserByUsername("student1");
        sessions.registerNewSession("laptop-of-student2", student2);
        sessions.registerNewSession("phone-of-student2", student2);
        sessions.registerNewSession("laptop-of-student1", student1);

        accountService.resetPassword(
                accounts.findByUsernameIgnoreCase("student2").orElseThrow().getId());

        assertThat(sessions.getSessionInformation("laptop-of-student2").isExpired())
                .isTrue();
        assertThat(sessions.getSessionInformation("phone-of-student2").isExpired())
                .isTrue();
        assertThat(sessions.getSessionInformation("laptop-of-student1").isExpired())
                .isFalse();
        List.of("laptop-of-student2", "phone-of-student2", "laptop-of-student1")
                .forEach(sessions::removeSessionInformation);
    }

    @Test
    @WithUserDetails("student3")
    void a_user_changes_their_own_password_only_with_the_current_one() {
        assertThatThrownBy(() -> accountService.changeOwnPassword("wrong guess", "a new passphrase"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("account.password.current-wrong");
        assertThatThrownBy(() -> accountService.changeOwnPassword(FirstStart.DEMO_PASSWORD, FirstStart.DEMO_PASSWORD))
                .hasMessageStartingWith("account.password.unchanged");

        accountService.changeOwnPassword(FirstStart.DEMO_PASSWORD, "a new passphrase");

        var stored = accounts.findByUsernameIgnoreCase("student3").orElseThrow();
        assertThat(passwordEncoder.matches("a new passphrase", stored.getPasswordHash()))
                .isTrue();
        assertThat(stored.isMustChangePassword()).isFalse();
    }

    private void assertRefused(NewAccount request, String expectedKey) {
        assertThatThrownBy(() -> accountService.createAccount(request))
                .isInstanceOf(UserFacingException.class)
                .extracting(error -> ((UserFacingException) error).messageKey())
                .isEqualTo(expectedKey);
    }
}
