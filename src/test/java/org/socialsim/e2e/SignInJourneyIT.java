package org.socialsim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Real Chromium against the packaged app with the demo data: what each role sees after signing in. */
class SignInJourneyIT {

    private static PackagedApp app;
    private ChromeDriver browser;
    private WebDriverWait wait;

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
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_student_signs_in_sees_their_home_is_refused_the_admin_pages_and_signs_out() throws Exception {
        browser.get(app.url(""));
        waitForLoginForm();
        HeadlessChromium.screenshot(browser, "login");
        assertNoAccessibilityViolations("login");

        signIn("student1");

        assertThat(viewTitle()).isEqualTo("My work");
        assertThat(bodyText())
                .contains("Welcome, Zoë Achterberg.")
                .contains("SMM 2026 — Group A, taught by Dr Priya Natarajan");
        assertThat(menuEntries()).containsExactly("My work");
        HeadlessChromium.screenshot(browser, "student-home");
        assertNoAccessibilityViolations("student home");

        browser.get(app.url("admin/accounts"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "You cannot open this page"));
        assertThat(bodyText()).doesNotContain("tutor1").doesNotContain("Fatima");
        HeadlessChromium.screenshot(browser, "student-refused");

        browser.get(app.url("tutor"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "You cannot open this page"));

        browser.findElement(By.xpath("//vaadin-button[contains(., 'Change password')]"))
                .click();
        wait.until(driver -> viewTitle().equals("Change password"));
        assertThat(browser.findElements(By.cssSelector("vaadin-password-field")))
                .hasSize(3);
        HeadlessChromium.screenshot(browser, "change-password");
        assertNoAccessibilityViolations("change password");

        signOut();
        browser.get(app.url("student"));
        waitForLoginForm();
    }

    @Test
    void a_tutor_signs_in_and_sees_only_their_own_cohort() throws Exception {
        browser.get(app.url("login"));
        waitForLoginForm();

        signIn("tutor1");

        assertThat(viewTitle()).isEqualTo("My cohorts");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Zoë Achterberg"));
        String text = bodyText();
        assertThat(text).contains("SMM 2026 — Group A").contains("3 students").contains("李伟 (Li Wei)");
        assertThat(text).doesNotContain("Group B").doesNotContain("Fatima Al-Sayed");
        assertThat(menuEntries()).containsExactly("My cohorts");
        HeadlessChromium.screenshot(browser, "tutor-home");
        assertNoAccessibilityViolations("tutor home");
    }

    @Test
    void a_wrong_password_is_refused_with_a_message() throws Exception {
        browser.get(app.url("login"));
        waitForLoginForm();

        type("username", "student1");
        type("password", "not the password" + Keys.ENTER);

        wait.until(ExpectedConditions.urlContains("error"));
        wait.until(driver -> bodyText().contains("Wrong login name or password"));
        HeadlessChromium.screenshot(browser, "login-failed");
    }

    @Test
    void an_admin_signs_in_and_sees_the_accounts_and_cohorts() throws Exception {
        browser.get(app.url("login"));
        waitForLoginForm();

        signIn("admin");

        assertThat(viewTitle()).isEqualTo("Accounts");
        assertThat(menuEntries()).containsExactly("Accounts", "Cohorts");
        wait.until(driver -> bodyText().contains("Jonas Müller"));
        HeadlessChromium.screenshot(browser, "admin-accounts");
        assertNoAccessibilityViolations("admin accounts");

        WebElement filter = browser.findElement(By.cssSelector("vaadin-text-field input"));
        filter.sendKeys("müller");
        wait.until(driver -> !bodyText().contains("Fatima Al-Sayed"));
        assertThat(bodyText()).contains("Jonas Müller");
        filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        wait.until(driver -> bodyText().contains("Fatima Al-Sayed"));

        browser.findElement(By.xpath("//vaadin-button[contains(., 'New account')]"))
                .click();
        wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-dialog-overlay, vaadin-dialog")));
        wait.until(driver -> bodyText().contains("Initial password"));
        HeadlessChromium.screenshot(browser, "admin-new-account");
        browser.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);

        browser.get(app.url("admin/cohorts"));
        wait.until(driver -> bodyText().contains("SMM 2026 — Group B"));
        HeadlessChromium.screenshot(browser, "admin-cohorts");
    }

    @Test
    void an_admins_reset_signs_the_student_out_and_the_temporary_password_must_be_replaced() throws Exception {
        browser.get(app.url("login"));
        waitForLoginForm();
        signIn("student4");
        assertThat(viewTitle()).isEqualTo("My work");

        String temporary;
        ChromeDriver adminBrowser = HeadlessChromium.start();
        try {
            WebDriverWait adminWait = new WebDriverWait(adminBrowser, Duration.ofSeconds(30));
            adminBrowser.get(app.url("login"));
            adminWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
            adminBrowser.findElement(By.cssSelector("input[name='username']")).sendKeys("admin");
            adminBrowser.findElement(By.cssSelector("input[name='password']")).sendKeys("socialsim" + Keys.ENTER);
            adminWait.until(driver -> driver.getPageSource().contains("Fatima Al-Sayed"));
            adminWait
                    .until(ExpectedConditions.elementToBeClickable(
                            By.xpath("//vaadin-button[@aria-label='Reset the password of Fatima Al-Sayed']")))
                    .click();
            adminWait
                    .until(ExpectedConditions.elementToBeClickable(
                            By.xpath("//vaadin-confirm-dialog//vaadin-button[@slot='confirm-button']")))
                    .click();
            temporary = adminWait
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("code.temporary-password")))
                    .getText()
                    .strip();
            HeadlessChromium.screenshot(adminBrowser, "admin-temporary-password");
        } finally {
            adminBrowser.quit();
        }
        assertThat(temporary).hasSize(14);

        // The student's session ended with the reset: the next page asks them to sign in again.
        browser.get(app.url("student"));
        waitForLoginForm();

        type("username", "student4");
        type("password", temporary + Keys.ENTER);
        wait.until(driver -> viewTitle().equals("Change password"));
        assertThat(bodyText()).contains("Your password was reset by an administrator");
    }

    private void waitForLoginForm() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
    }

    private void signIn(String username) {
        type("username", username);
        type("password", "socialsim" + Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
        wait.until(driver -> !viewTitle().isBlank() && !viewTitle().equals("SocialSim"));
    }

    private void signOut() {
        browser.findElement(By.xpath("//vaadin-button[contains(., 'Sign out')]"))
                .click();
        waitForLoginForm();
    }

    private void type(String field, String text) {
        WebElement input = browser.findElement(By.cssSelector("input[name='" + field + "']"));
        input.clear();
        input.sendKeys(text);
    }

    private String viewTitle() {
        List<WebElement> titles = browser.findElements(By.cssSelector("h1.view-title"));
        return titles.isEmpty() ? "" : titles.getFirst().getText();
    }

    private List<String> menuEntries() {
        return browser.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }

    private String bodyText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private void assertNoAccessibilityViolations(String page) {
        // Vaadin's own connection indicator sits outside any landmark; it is the framework's, not ours.
        Results results =
                new AxeBuilder().exclude("vaadin-connection-indicator").analyze(browser);
        results.getViolations()
                .forEach(rule -> System.out.printf(
                        "axe on %s: %s (%s) at %s%n",
                        page,
                        rule.getId(),
                        rule.getImpact(),
                        rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .toList()));
        assertThat(results.getViolations())
                .as("accessibility violations on " + page)
                .extracting(Rule::getId)
                .isEmpty();
    }
}
