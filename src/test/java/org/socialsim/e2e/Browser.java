package org.socialsim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One person's headless Chromium on the app: the few moves every journey makes, in the words of the UI. */
final class Browser implements AutoCloseable {

    static final String DEMO_PASSWORD = "socialsim";

    private final PackagedApp app;
    final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(PackagedApp app, ChromeDriver driver) {
        this.app = app;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static Browser open(PackagedApp app) throws IOException {
        return new Browser(app, HeadlessChromium.start());
    }

    void go(String path) {
        driver.get(app.url(path));
    }

    <T> T waitUntil(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    void waitForLoginForm() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
    }

    /** Signs in from the login page and waits until the signed-in view has rendered. */
    void signIn(String username, String password) {
        waitForLoginForm();
        type("username", username);
        type("password", password + Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
        wait.until(driver -> !viewTitle().isBlank());
    }

    void signIn(String username) {
        signIn(username, DEMO_PASSWORD);
    }

    void signOut() {
        clickButton("Sign out");
        waitForLoginForm();
    }

    void clickButton(String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[contains(., '" + text + "')]")))
                .click();
    }

    void type(String fieldName, String text) {
        WebElement input = driver.findElement(By.cssSelector("input[name='" + fieldName + "']"));
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Selects the first occurrence of {@code fragment} in the page's text area and returns it, so the next keys typed
     * replace the selection as they would after a double-click.
     */
    WebElement selectInTextArea(String fragment) {
        WebElement area =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-text-area textarea")));
        driver.executeScript(
                "const area = arguments[0]; const start = area.value.indexOf(arguments[1]);"
                        + "area.focus(); area.setSelectionRange(start, start + arguments[1].length);",
                area,
                fragment);
        return area;
    }

    /** Hands a file to the page's {@code vaadin-upload}, as a person choosing it in the file dialog would. */
    void upload(java.nio.file.Path file) {
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-upload")));
        WebElement input = (WebElement) driver.executeScript(
                "const upload = arguments[0];"
                        + "return upload.querySelector('input[type=file]')"
                        + " || upload.shadowRoot.querySelector('input[type=file]');",
                upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    String viewTitle() {
        List<WebElement> titles = driver.findElements(By.cssSelector("h1.view-title"));
        return titles.isEmpty() ? "" : titles.getFirst().getText();
    }

    List<String> menuEntries() {
        return driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(driver, name);
    }

    /** axe-core on the current page: any violation fails, and each is printed with where it is. */
    void assertNoAccessibilityViolations(String page) {
        // Vaadin's own connection indicator sits outside any landmark; it is the framework's, not ours.
        Results results =
                new AxeBuilder().exclude("vaadin-connection-indicator").analyze(driver);
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

    @Override
    public void close() {
        driver.quit();
    }
}
