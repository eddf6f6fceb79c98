package org.socialsim.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialsim.account.domain.UserAccountRepository;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Integration test (failsafe, own JVM): starts the whole app twice on one file database, which resets Spring
 * Security's global holder strategy and so must not share a JVM with the {@code @WithUserDetails} tests.
 */
class DataSurvivesRestartIT {

    @TempDir
    Path dataDir;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void accounts_cohorts_and_passwords_survive_a_restart_and_demo_data_is_not_added_twice() {
        long accountsAfterFirstRun;
        try (ConfigurableApplicationContext first = FileDatabaseApp.start(dataDir, "socialsim.demo=true")) {
            FileDatabaseApp.signInAs(first, "admin");
            AccountService accountService = first.getBean(AccountService.class);
            CohortService cohortService = first.getBean(CohortService.class);
            UserSummary student = accountService.createAccount(
                    new NewAccount("persisted", "Per Sisted", "per@uni.example", Role.STUDENT, "survives restarts"));
            long tutor2 = accountService.listAccounts(Role.TUTOR).stream()
                    .filter(tutor -> tutor.username().equals("tutor2"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            CohortSummary cohort = cohortService.createCohort("Persisted cohort", tutor2);
            cohortService.addStudent(cohort.id(), student.id());
            accountsAfterFirstRun = first.getBean(UserAccountRepository.class).count();
        }
        SecurityContextHolder.clearContext();

        try (ConfigurableApplicationContext second = FileDatabaseApp.start(dataDir, "socialsim.demo=true")) {
            var accounts = second.getBean(UserAccountRepository.class);
            assertThat(accounts.count()).isEqualTo(accountsAfterFirstRun).isEqualTo(10);
            var persisted = accounts.findByUsernameIgnoreCase("persisted").orElseThrow();
            assertThat(second.getBean(PasswordEncoder.class).matches("survives restarts", persisted.getPasswordHash()))
                    .isTrue();

            FileDatabaseApp.signInAs(second, "tutor2");
            var cohorts = second.getBean(CohortService.class).visibleCohorts();
            assertThat(cohorts)
                    .filteredOn(cohort -> cohort.name().equals("Persisted cohort"))
                    .singleElement()
                    .satisfies(cohort -> assertThat(cohort.members())
                            .extracting(UserSummary::username)
                            .containsExactly("persisted"));
        }
        assertThat(dataDir.resolve("socialsim.mv.db")).exists();
    }
}
