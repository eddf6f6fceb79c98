package org.socialsim.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialsim.account.domain.UserAccountRepository;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** Integration test (failsafe, own JVM): the first start of an empty file database, with and without a password. */
class FirstStartIT {

    @TempDir
    Path dataDir;

    @Test
    void an_empty_database_without_demo_data_or_admin_password_refuses_to_start_and_says_what_to_do() {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> FileDatabaseApp.start(dataDir));

        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        assertThat(cause).isInstanceOf(FirstStartRefused.class);
        // The analyzer Spring Boot itself would load, so a broken spring.factories entry fails here too.
        FailureAnalyzer analyzer = SpringFactoriesLoader.forDefaultResourceLocation()
                .load(FailureAnalyzer.class, null, (type, name, error) -> {
                    // other analyzers need constructor arguments only Boot supplies; only ours matters here
                })
                .stream()
                .filter(FirstStartFailureAnalyzer.class::isInstance)
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("FirstStartFailureAnalyzer is not registered in spring.factories"));
        FailureAnalysis analysis = analyzer.analyze(failure);
        assertThat(analysis.getDescription()).contains("no administrator password");
        assertThat(analysis.getAction()).contains("SOCIALSIM_ADMIN_PASSWORD").contains("--spring.profiles.active=demo");
    }

    @Test
    void a_too_short_admin_password_is_refused_too() {
        assertThatThrownBy(() -> FileDatabaseApp.start(dataDir, "socialsim.admin.password=short"))
                .satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                        .isInstanceOf(FirstStartRefused.class)
                        .hasMessageContaining("A password needs at least 8 characters"));
    }

    @Test
    void an_admin_password_from_configuration_creates_only_that_administrator() {
        try (ConfigurableApplicationContext app = FileDatabaseApp.start(
                dataDir, "socialsim.admin.username=root.admin", "socialsim.admin.password=operator's secret")) {
            var accounts = app.getBean(UserAccountRepository.class);
            assertThat(accounts.findAll()).singleElement().satisfies(admin -> {
                assertThat(admin.getUsername()).isEqualTo("root.admin");
                assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
            });
        }
        // Once the database has an administrator, later starts need no password.
        try (ConfigurableApplicationContext again = FileDatabaseApp.start(dataDir)) {
            assertThat(again.getBean(UserAccountRepository.class).count()).isEqualTo(1);
        }
    }
}
