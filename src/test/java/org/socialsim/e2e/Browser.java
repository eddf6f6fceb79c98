package org.socialsim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
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
        click(wait.until(
                ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-button[contains(., '" + text + "')]"))));
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

    /**
     * The element with {@code id}, scrolled into view once it is there and shown. In the app layout WebDriver counts
     * anything scrolled out of the viewport as not displayed, so every wait for "shown" scrolls first.
     */
    WebElement byId(String id) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        return wait.until(driver -> {
            WebElement current = driver.findElement(By.id(id));
            scrollIntoView(current);
            return current.isDisplayed() ? current : null;
        });
    }

    /** An element's text as its DOM holds it, spaces normalised; WebDriver's visible text is empty off screen. */
    String text(WebElement element) {
        return String.valueOf(element.getDomProperty("textContent"))
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** Waits until {@code element}'s text contains {@code fragment}. */
    void awaitText(WebElement element, String fragment) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .withMessage(() -> "\"" + fragment + "\" not in \"" + text(element) + "\"")
                .until(driver -> text(element).contains(fragment));
    }

    /** Waits until the element {@code located} (found afresh each time, as views re-render) contains {@code fragment}. */
    void awaitText(By located, String fragment) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "\"" + fragment + "\" not in " + located + ": \""
                        + driver.findElements(located).stream()
                                .map(this::text)
                                .findFirst()
                                .orElse("(none)") + "\"")
                .until(driver -> driver.findElements(located).stream()
                        .anyMatch(found -> text(found).contains(fragment)));
    }

    /** Whether CSS shows {@code element} (wherever it is scrolled to). */
    boolean shown(WebElement element) {
        return (Boolean) driver.executeScript("return arguments[0].checkVisibility();", element);
    }

    /**
     * The Vaadin field (text field, text area, select, combo box, checkbox...) inside {@code scope} whose visible label
     * is {@code label}: tests find fields the way a person does, by what they are called on the screen.
     */
    WebElement field(SearchContext scope, String label) {
        By labelled =
                By.xpath(".//*[starts-with(local-name(), 'vaadin-')][./label[@slot='label' and normalize-space(.)="
                        + xpathLiteral(label) + "]]");
        return wait.until(driver -> scope.findElements(labelled).stream()
                .filter(this::shown)
                .findFirst()
                .orElse(null));
    }

    /** Clicks into a text field or text area and types, as a person would; nothing is cleared first. */
    void typeInto(WebElement field, String text) {
        WebElement input = field.findElement(By.cssSelector("input[slot='input'], textarea[slot='textarea']"));
        scrollIntoView(input);
        input.click();
        input.sendKeys(text);
    }

    /** Replaces what a text or number field holds. */
    void replaceIn(WebElement field, String text) {
        WebElement input = field.findElement(By.cssSelector("input[slot='input'], textarea[slot='textarea']"));
        scrollIntoView(input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    /** Opens a {@code vaadin-select} and clicks the first option that starts with {@code option}. */
    void choose(WebElement select, String option) {
        WebElement button = select.findElement(By.cssSelector("vaadin-select-value-button"));
        scrollIntoView(button);
        button.click();
        wait.until(driver -> "true".equals(select.getDomProperty("opened")));
        WebElement item = select.findElement(
                By.xpath(".//vaadin-select-list-box/vaadin-select-item[starts-with(normalize-space(.), "
                        + xpathLiteral(option) + ")]"));
        // Long lists scroll inside the overlay.
        driver.executeScript("arguments[0].scrollIntoView({block: 'nearest'});", item);
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        wait.until(driver -> "false".equals(select.getDomProperty("opened")));
        awaitServer();
    }

    /** Types the whole name of an option into a {@code vaadin-combo-box} and takes it with Enter. */
    void chooseInComboBox(WebElement comboBox, String option) {
        WebElement input = comboBox.findElement(By.cssSelector("input[slot='input']"));
        scrollIntoView(input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), option);
        wait.until(driver -> "true".equals(comboBox.getDomProperty("opened")));
        input.sendKeys(Keys.ENTER);
        wait.until(driver -> option.equals(input.getDomProperty("value")));
        awaitServer();
    }

    /** Picks options in a {@code vaadin-multi-select-combo-box}: types the start of each to filter, then clicks it. */
    void chooseInMultiSelect(WebElement comboBox, String... options) {
        WebElement input = comboBox.findElement(By.cssSelector("input[slot='input']"));
        for (String option : options) {
            long chosen = selectedCount(comboBox);
            scrollIntoView(input);
            input.click();
            input.sendKeys(option.substring(0, Math.min(5, option.length())));
            By item =
                    By.xpath(".//vaadin-multi-select-combo-box-item[normalize-space(.)=" + xpathLiteral(option) + "]");
            // The filtered items arrive from the server after the typing; look for the option until it is rendered.
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(driver -> comboBox.findElements(item).stream()
                            .filter(candidate -> candidate.isDisplayed() && candidate.isEnabled())
                            .findFirst()
                            .orElse(null))
                    .click();
            wait.until(driver -> selectedCount(comboBox) > chosen);
        }
        input.sendKeys(Keys.ESCAPE);
        awaitServer();
    }

    private long selectedCount(WebElement comboBox) {
        return (Long) driver.executeScript("return arguments[0].selectedItems.length;", comboBox);
    }

    /** Ticks the checkbox labelled {@code label} inside {@code scope}, unless it is ticked already. */
    void tick(SearchContext scope, String label) {
        WebElement checkbox = field(scope, label);
        if (checkbox.getDomAttribute("checked") == null) {
            WebElement input = checkbox.findElement(By.cssSelector("input[type='checkbox']"));
            scrollIntoView(input);
            input.click();
            wait.until(driver -> checkbox.getDomAttribute("checked") != null);
        }
        awaitServer();
    }

    void click(WebElement element) {
        scrollIntoView(element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    void clickId(String id) {
        click(byId(id));
    }

    /** Scrolls {@code element} to the top of the view, for a screenshot that starts with it. */
    void scrollToTop(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }

    void scrollIntoView(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** Waits until the app has answered every request the browser sent (what Vaadin TestBench waits for). */
    void awaitServer() {
        wait.until(driver -> (Boolean) this.driver.executeScript("const flow = window.Vaadin && window.Vaadin.Flow;"
                + "if (!flow || !flow.clients) { return false; }"
                + "return Object.values(flow.clients).every(client => !client.isActive());"));
    }

    /** The attempt frame's autosave line. */
    String saveStatus() {
        // Its text even while scrolled out of sight, where WebDriver's visible text is empty.
        return String.valueOf(driver.findElement(By.cssSelector(".attempt-header .save-status"))
                        .getDomProperty("textContent"))
                .strip();
    }

    /**
     * Writes {@code text} into an autosaving text field the way pasting does, as one input event, then waits until the
     * app has saved it. One event matters: these fields sync on the first change and then at most once a second, so
     * typed text would reach the server in pieces, and a test could not tell the last piece from the first.
     */
    void typeAndAwaitSave(WebElement field, String text) {
        WebElement input = field.findElement(By.cssSelector("input[slot='input'], textarea[slot='textarea']"));
        scrollIntoView(input);
        input.click();
        driver.executeCdpCommand("Input.insertText", Map.of("text", text));
        wait.until(driver -> String.valueOf(input.getDomProperty("value")).endsWith(text));
        awaitServer();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .withMessage(() -> "the autosave line says \"" + saveStatus() + "\" after typing \"" + text + "\"")
                .until(driver -> saveStatus().startsWith("All changes saved at"));
    }

    /** The element that has the keyboard focus. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses keys on whatever has the focus. */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /**
     * Presses Tab until the focus is on an element that {@code target} accepts, as a keyboard user moves through a
     * page; fails if it is not reached within {@code limit} presses.
     */
    WebElement tabTo(Predicate<WebElement> target, int limit) {
        for (int presses = 0; presses < limit; presses++) {
            press(Keys.TAB);
            WebElement focused = focused();
            if (target.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("Tab did not reach the element within " + limit + " presses; the focus is on "
                + focused().getTagName() + " " + focused().getDomAttribute("id"));
    }

    /** Whether {@code element} is or sits inside the element with {@code id}. */
    boolean within(WebElement element, String id) {
        return (Boolean) driver.executeScript("return !!arguments[0].closest('#' + arguments[1]);", element, id);
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
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
        assertThat(accessibilityViolations(page))
                .as("accessibility violations on " + page)
                .isEmpty();
    }

    /** axe-core on the current page: the ids and impact of the rules it breaks, each printed with where. */
    List<String> accessibilityViolations(String page) {
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
                                .map(node ->
                                        node.getTarget() + ": " + node.getFailureSummary() + " in " + node.getHtml())
                                .toList()));
        return results.getViolations().stream()
                .filter(rule -> !isVaadinTabsScroller(rule))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + ")")
                .toList();
    }

    /**
     * The one known framework exception: {@code vaadin-tabs} (Vaadin 25) wraps its tabs in a scroll container with
     * {@code tabindex="-1"} in its shadow DOM, which axe counts as a child a tablist may not have. The tabs themselves
     * have their roles and work by keyboard (arrow keys), and the container is out of the application's reach; any other
     * node or rule still fails.
     */
    private static boolean isVaadinTabsScroller(Rule rule) {
        return rule.getId().equals("aria-required-children")
                && rule.getNodes().stream()
                        .allMatch(node -> node.getHtml().startsWith("<vaadin-tabs")
                                && node.getFailureSummary()
                                        .contains("Element has children which are not allowed: div[tabindex]")
                                && !node.getFailureSummary().contains(","));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
