package org.socialsim.gradebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.account.TemporaryCredential;
import org.socialsim.account.domain.UserAccountRepository;
import org.socialsim.gradebook.RosterRow;
import org.socialsim.gradebook.RosterRowStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

// Each test runs in a transaction that is rolled back, so tests leave the shared demo data as they found it.
@SocialSimTest
@Transactional
@WithUserDetails("admin")
class RosterImportViewTest extends SpringBrowserlessTest {

    private static final String HEADER = "Name;E-mail;Student ID;Cohort\n";

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void an_admin_uploads_sees_the_errors_fixes_the_file_commits_and_gets_the_passwords_once() {
        RosterImportView view = navigate(RosterImportView.class);
        long before = accounts.count();

        upload(
                view,
                HEADER + "Rita Okafor;rita@uni.example;R1;SMM 2026 — Group A\n"
                        + "Noa Ben-David;noa-at-uni.example;N1;Group Z\n");

        assertThat(view.preview.isVisible()).isTrue();
        var grid = test(view.preview);
        assertThat(grid.size()).isEqualTo(2);
        RosterRow bad = grid.getRow(1);
        assertThat(bad.status()).isEqualTo(RosterRowStatus.ERROR);
        assertThat(view.problemsText(bad))
                .isEqualTo("\"noa-at-uni.example\" is not an e-mail address."
                        + " There is no cohort called \"Group Z\". Create it first or correct the name.");
        assertThat(view.summary.getText()).contains("1 new", "1 with errors");
        assertThat(view.commit.isEnabled()).isFalse();

        upload(
                view,
                HEADER + "Rita Okafor;rita@uni.example;R1;SMM 2026 — Group A\n"
                        + "Noa Ben-David;noa@uni.example;N1;SMM 2026 — Group B\n");
        assertThat(view.commit.isEnabled()).isTrue();
        assertThat(accounts.count()).isEqualTo(before);

        test(view.commit).click();

        assertThat(accounts.count()).isEqualTo(before + 2);
        assertThat(view.summary.getText()).isEqualTo("2 new, 0 updated, 0 unchanged.");
        assertThat(view.passwords.isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<TemporaryCredential> shown =
                $(Grid.class).withClassName("temporary-passwords").first();
        TemporaryCredential rita = test(shown).getRow(0);
        var stored = accounts.findByUsernameIgnoreCase(rita.username()).orElseThrow();
        assertThat(passwordEncoder.matches(rita.temporaryPassword(), stored.getPasswordHash()))
                .isTrue();
        assertThat(stored.isMustChangePassword()).isTrue();
        assertThat(view.commit.isEnabled()).isFalse();
    }

    @Test
    void a_file_that_is_no_roster_is_refused_with_its_reason_and_no_preview() {
        RosterImportView view = navigate(RosterImportView.class);

        test(view.upload).upload("roster.xlsx", "application/pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII));

        assertThat(view.refusal.isVisible()).isTrue();
        assertThat(view.refusal.getText()).startsWith("This is not a spreadsheet.");
        assertThat(view.preview.isVisible()).isFalse();
        assertThat(view.commit.isEnabled()).isFalse();
    }

    private void upload(RosterImportView view, String csv) {
        test(view.upload).upload("roster.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }
}
