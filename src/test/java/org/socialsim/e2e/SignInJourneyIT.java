package org.socialsim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Real Chromium against the packaged app with the demo data: what each role sees after signing in. */
class SignInJourneyIT {

    private static PackagedApp app;
    private Browser browser;

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
    void a_student_signs_in_sees_their_home_is_refused_the_admin_pages_and_signs_out() throws Exception {
        browser.go("");
        browser.waitForLoginForm();
        browser.screenshot("login");
        browser.assertNoAccessibilityViolations("login");

        browser.signIn("student1");

        assertThat(browser.viewTitle()).isEqualTo("My work");
        assertThat(browser.bodyText())
                .contains("Welcome, Zoë Achterberg.")
                .contains("SMM 2026 — Group A, taught by Dr Priya Natarajan");
        assertThat(browser.menuEntries()).containsExactly("My work");
        browser.screenshot("student-home");
        browser.assertNoAccessibilityViolations("student home");

        browser.go("admin/accounts");
        browser.waitUntil(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "You cannot open this page"));
        assertThat(browser.bodyText()).doesNotContain("tutor1").doesNotContain("Fatima");
        browser.screenshot("student-refused");

        browser.go("tutor");
        browser.waitUntil(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "You cannot open this page"));

        browser.clickButton("Change password");
        browser.waitUntil(driver -> browser.viewTitle().equals("Change password"));
        assertThat(browser.driver.findElements(By.cssSelector("vaadin-password-field")))
                .hasSize(3);
        browser.screenshot("change-password");
        browser.assertNoAccessibilityViolations("change password");

        browser.signOut();
        browser.go("student");
        browser.waitForLoginForm();
    }

    @Test
    void a_tutor_signs_in_and_sees_only_their_own_cohort() throws Exception {
        browser.go("login");

        browser.signIn("tutor1");

        assertThat(browser.viewTitle()).isEqualTo("My cohorts");
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Zoë Achterberg"));
        assertThat(browser.bodyText())
                .contains("SMM 2026 — Group A")
                .contains("3 students")
                .contains("李伟 (Li Wei)")
                .doesNotContain("Group B")
                .doesNotContain("Fatima Al-Sayed");
        assertThat(browser.menuEntries())
                .containsExactly("My cohorts", "Scenarios & rubrics", "Assignments", "My second marking");
        browser.screenshot("tutor-home");
        browser.assertNoAccessibilityViolations("tutor home");
    }

    @Test
    void a_wrong_password_is_refused_with_a_message() throws Exception {
        browser.go("login");
        browser.waitForLoginForm();

        browser.type("username", "student1");
        browser.type("password", "not the password" + Keys.ENTER);

        browser.waitUntil(ExpectedConditions.urlContains("error"));
        browser.waitUntil(driver -> browser.bodyText().contains("Wrong login name or password"));
        browser.screenshot("login-failed");
    }

    @Test
    void an_admin_signs_in_and_sees_the_accounts_and_cohorts() throws Exception {
        browser.go("login");

        browser.signIn("admin");

        assertThat(browser.viewTitle()).isEqualTo("Accounts");
        assertThat(browser.menuEntries())
                .containsExactly("Accounts", "Cohorts", "Roster import", "Scenarios & rubrics", "Assignments");
        browser.waitUntil(driver -> browser.bodyText().contains("Jonas Müller"));
        browser.screenshot("admin-accounts");
        browser.assertNoAccessibilityViolations("admin accounts");

        WebElement filter = browser.driver.findElement(By.cssSelector("vaadin-text-field input"));
        filter.sendKeys("müller");
        browser.waitUntil(driver -> !browser.bodyText().contains("Fatima Al-Sayed"));
        assertThat(browser.bodyText()).contains("Jonas Müller");
        filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        browser.waitUntil(driver -> browser.bodyText().contains("Fatima Al-Sayed"));

        browser.clickButton("New account");
        browser.waitUntil(driver -> browser.bodyText().contains("Initial password"));
        browser.screenshot("admin-new-account");
        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);

        browser.go("admin/cohorts");
        browser.waitUntil(driver -> browser.bodyText().contains("SMM 2026 — Group B"));
        browser.screenshot("admin-cohorts");
    }

    @Test
    void an_admins_reset_signs_the_student_out_and_the_temporary_password_must_be_replaced() throws Exception {
        browser.go("login");
        browser.signIn("student4");
        assertThat(browser.viewTitle()).isEqualTo("My work");

        String temporary;
        try (Browser admin = Browser.open(app)) {
            admin.go("login");
            admin.signIn("admin");
            admin.waitUntil(ExpectedConditions.elementToBeClickable(
                            By.xpath("//vaadin-button[@aria-label='Reset the password of Fatima Al-Sayed']")))
                    .click();
            admin.waitUntil(ExpectedConditions.elementToBeClickable(
                            By.xpath("//vaadin-confirm-dialog//vaadin-button[@slot='confirm-button']")))
                    .click();
            temporary = admin.waitUntil(
                            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("code.temporary-password")))
                    .getText()
                    .strip();
            admin.screenshot("admin-temporary-password");
        }
        assertThat(temporary).hasSize(14);

        // The student's session ended with the reset: the next page asks them to sign in again.
        browser.go("student");
        browser.signIn("student4", temporary);

        browser.waitUntil(driver -> browser.viewTitle().equals("Change password"));
        assertThat(browser.bodyText()).contains("Your password was reset by an administrator");
    }
}
