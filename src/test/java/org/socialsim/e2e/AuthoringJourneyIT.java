package org.socialsim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Real Chromium against the packaged app: a tutor edits a shipped scenario in the YAML editor and saves version 2. */
class AuthoringJourneyIT {

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
    void a_tutor_breaks_a_scenario_sees_the_line_fixes_it_saves_and_finds_version_2_in_the_library() throws Exception {
        browser.go("login");
        browser.signIn("tutor1");
        assertThat(browser.menuEntries())
                .containsExactly("My cohorts", "Scenarios & rubrics", "Assignments", "My second marking");

        browser.go("tutor/library");
        browser.waitUntil(driver -> browser.bodyText().contains("BrewHaven: launching a cold-brew range"));
        assertThat(browser.bodyText()).contains("tallybook-b2b-saas").contains("smm-coursework");
        browser.screenshot("library");

        browser.go("tutor/scenarios/brewhaven-cold-brew");
        browser.waitUntil(driver -> browser.bodyText().contains("No problems: this text can be saved."));

        WebElement area = browser.selectInTextArea("weeks: 6");
        area.sendKeys("weeks: sixty");
        WebElement problem = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//button[contains(@class, 'problem') and starts-with(normalize-space(.), 'line 64,"
                        + " column 8: weeks:')]")));
        assertThat(problem.getText()).contains("sixty");
        assertThat(saveButton().getDomAttribute("disabled")).isNotNull();
        problem.click();
        browser.screenshot("scenario-editor-problem");

        browser.selectInTextArea("weeks: sixty").sendKeys("weeks: 7");
        browser.waitUntil(driver -> browser.bodyText().contains("No problems: this text can be saved."));
        browser.waitUntil(driver -> saveButton().getDomAttribute("disabled") == null);
        saveButton().click();
        browser.waitUntil(driver -> browser.bodyText().contains("Saved as version 2 of brewhaven-cold-brew."));

        browser.waitUntil(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-tab[contains(., 'Preview as a student')]")))
                .click();
        browser.waitUntil(driver -> browser.bodyText().contains("Business objectives"));
        assertThat(browser.bodyText()).contains("7 weeks");
        browser.screenshot("scenario-preview");

        browser.go("tutor/library");
        browser.waitUntil(driver -> browser.bodyText().contains("BrewHaven"));
        WebElement latest = browser.waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='v2 of 2']")));
        assertThat(latest.getText()).isEqualTo("v2 of 2");
        browser.screenshot("library-after-save");

        browser.go("tutor/assignments");
        // The demo data sets one assignment per cohort, so a visitor signing in as a student has something to play.
        browser.waitUntil(driver -> browser.bodyText().contains("Campaign plan and simulation: BrewHaven"));
        browser.screenshot("assignments");
    }

    private WebElement saveButton() {
        return browser.driver.findElement(By.xpath("//vaadin-button[contains(., 'Save as new version')]"));
    }
}
