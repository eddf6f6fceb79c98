package org.socialsim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Chromium against the packaged app: an administrator uploads a roster with a mistake, sees it in the
 * preview, uploads the corrected file and imports it; the upload travels through the browser, not a test stub.
 */
class RosterImportJourneyIT {

    private static PackagedApp app;
    private Browser browser;

    @TempDir
    Path files;

    @BeforeAll
    static void startApp() throws Exception {
        app = PackagedApp.startDemo();
    }

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.open(app);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void an_admin_sees_the_bad_row_fixes_the_file_and_imports_two_students() throws Exception {
        Path broken = roster(
                "broken-roster.csv",
                "Name;E-mail;Student ID;Cohort",
                "Amara Okafor;amara.okafor@uni.example;S2001;SMM 2026 — Group A",
                "Björn Lindqvist;not-an-address;S2002;SMM 2026 — Group A");
        Path fixed = roster(
                "roster.csv",
                "Name;E-mail;Student ID;Cohort",
                "Amara Okafor;amara.okafor@uni.example;S2001;SMM 2026 — Group A",
                "Björn Lindqvist;bjorn.lindqvist@uni.example;S2002;SMM 2026 — Group A");

        browser.go("login");
        browser.signIn("admin");
        browser.go("admin/roster");
        browser.waitUntil(driver -> browser.viewTitle().equals("Roster import"));

        browser.upload(broken);
        browser.waitUntil(driver -> browser.bodyText().contains("\"not-an-address\" is not an e-mail address."));
        assertThat(browser.bodyText()).contains("1 new, 0 to update, 0 unchanged, 1 with errors");
        browser.screenshot("roster-preview-with-error");

        browser.upload(fixed);
        browser.waitUntil(driver -> browser.bodyText().contains("2 new, 0 to update, 0 unchanged, 0 with errors"));
        browser.clickButton("Import roster");
        browser.waitUntil(driver -> browser.bodyText().contains("Temporary passwords"));
        assertThat(browser.bodyText())
                .contains("2 new, 0 updated, 0 unchanged.")
                .contains("amara.okafor");
        browser.screenshot("roster-imported");
        browser.assertNoAccessibilityViolations("roster import");
    }

    private Path roster(String name, String... lines) throws Exception {
        return Files.writeString(files.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
