package org.socialsim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Real Chromium against the packaged app with the demo data, where student2 (Kwame Mensah) and student3 (李伟) of Group A
 * have submitted the BrewHaven assignment on first start: tutor1 opens the marking queue, marks Kwame's submission —
 * accepting four suggestions, overriding the fifth after a mark outside its level is refused, commenting and writing
 * overall feedback — completes it and releases the grades; then Kwame signs in and reads his grade, the overridden
 * criterion and what the automatic checks found. Screenshots go to {@code target/screenshots/marking-*.png}; the queue,
 * the marking view and the student's feedback are scanned with axe-core.
 */
class MarkingJourneyIT {

    private static final String KWAME = "Kwame Mensah";
    private static final String LI_WEI = "李伟";
    private static final String TUTOR2 = "Tomás Oyelaran";
    private static final List<String> ACCEPTED =
            List.of("strategy", "content-plan", "community-crisis", "marketing-mix");
    private static final String OVERRIDDEN = "evaluation";
    private static final String OVERRIDDEN_TITLE =
            "Evaluation of effectiveness with relevant KPIs and data-driven recommendations";
    /** The level chosen for the overridden criterion, its range in the shipped rubric, a mark outside and one inside. */
    private static final String LEVEL = "Good";

    private static final int OUTSIDE = 16;
    private static final int INSIDE = 11;
    private static final String COMMENT =
            "You name the KPIs but rarely say why they moved; tie each recommendation to a figure.";
    private static final String FEEDBACK = "A clear, well-run campaign. Your crisis response was quick and honest."
            + " Next time, explain the causes behind your results as carefully as you report them.";
    /** "Excellent, 20 / 25 marks (weighted score 78%)": the level and the mark of a suggestion. */
    private static final Pattern SUGGESTION = Pattern.compile("^(.+?), (\\d+) / (\\d+) marks");

    private static PackagedApp app;
    private Browser browser;
    /** Counts on across both tests, so their screenshots never share a number. */
    private static int shot;
    /** What axe-core found on each page scanned, in journey order; the journey goes on, the test fails at the end. */
    private final Map<String, List<String>> accessibility = new LinkedHashMap<>();

    @BeforeAll
    static void startApp() throws Exception {
        if (Files.isDirectory(HeadlessChromium.SCREENSHOTS)) {
            try (Stream<Path> old = Files.list(HeadlessChromium.SCREENSHOTS)) {
                for (Path shot : old.filter(
                                path -> path.getFileName().toString().startsWith("marking-"))
                        .toList()) {
                    Files.delete(shot);
                }
            }
        }
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
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.screenshot("marking-last");
            browser.close();
        }
    }

    @Test
    void a_tutor_marks_a_submission_and_releases_it_and_the_student_reads_the_feedback() throws Exception {
        long started = System.nanoTime();
        browser.go("login");
        browser.signIn("tutor1");

        long attemptId = queueShowsBothSubmissionsToMark();
        int total = markKwame(attemptId);
        release();

        // The release's success message sits over "Sign out" at the foot of the menu until it times out.
        noMessageShown();
        browser.signOut();
        browser.signIn("student2");
        studentReadsTheFeedback(total);

        accessibility.forEach((page, violations) ->
                System.out.printf("axe on %s: %s%n", page, violations.isEmpty() ? "no violations" : violations));
        System.out.printf(
                "Marking journey took %d s%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        assertThat(accessibility)
                .as("axe-core violations per marking page")
                .allSatisfy(
                        (page, violations) -> assertThat(violations).as(page).isEmpty());
    }

    @Test
    void a_tutor_names_a_second_marker_who_then_marks_blind() throws Exception {
        browser.go("login");
        browser.signIn("tutor1");
        openQueue();
        WebElement li = markLink(LI_WEI);
        long attemptId = Long.parseLong(li.getDomAttribute("id").substring("queue-mark-".length()));
        WebElement select = (WebElement) browser.driver.executeScript(
                "const row = arguments[0].closest('vaadin-grid-cell-content').assignedSlot.closest('tr');"
                        + "return row.querySelector('slot').assignedElements()[0].querySelector('vaadin-checkbox');",
                li);
        browser.click(select);
        browser.waitUntil(driver -> browser.byId("queue-second-marker").getDomAttribute("disabled") == null);
        browser.clickId("queue-second-marker");
        assertThat(browser.text(browser.byId("queue-second-marker-dialog"))).contains("For one submission: " + LI_WEI);
        browser.choose(browser.byId("queue-second-marker-choice"), TUTOR2);
        screenshot("second-marker-dialog");
        axe("second marker dialog");
        browser.clickId("queue-second-marker-assign");
        browser.waitUntil(ExpectedConditions.numberOfElementsToBe(By.id("queue-second-marker-dialog"), 0));
        browser.waitUntil(driver -> rowText(LI_WEI).contains("2nd: " + TUTOR2));
        screenshot("queue-second-marker");

        noMessageShown();
        browser.signOut();
        browser.signIn("tutor2");
        browser.click(browser.waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-side-nav-item[normalize-space(.)='My second marking']"))));
        browser.clickId("second-marking-mark-" + attemptId);
        browser.waitUntil(ExpectedConditions.urlMatches("/tutor/attempts/" + attemptId + "/mark/second$"));
        assertThat(browser.text(browser.byId("marking-blind"))).contains("You are marking blind");
        browser.byId("marking-criterion-strategy");
        // Blind: neither the suggestions nor anything to accept.
        assertThat(browser.driver.findElements(By.cssSelector("[id^='marking-suggestion-'], [id^='marking-accept-']")))
                .isEmpty();
        browser.driver.executeScript("arguments[0].scrollTop = 0;", browser.byId("marking-rubric"));
        screenshot("second-marking-blind");
        axe("blind second marking");
        onlyTheContentScrolls("blind second marking");

        accessibility.forEach((page, violations) ->
                System.out.printf("axe on %s: %s%n", page, violations.isEmpty() ? "no violations" : violations));
        assertThat(accessibility)
                .as("axe-core violations per second-marking page")
                .allSatisfy(
                        (page, violations) -> assertThat(violations).as(page).isEmpty());
    }

    private void openQueue() {
        browser.click(browser.waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-side-nav-item[normalize-space(.)='Assignments']"))));
        // Found afresh on each look: the view before is replaced while this one arrives.
        browser.awaitText(By.tagName("main"), "Campaign plan and simulation: BrewHaven");
        browser.click(browser.waitUntil(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[id^='assignments-marking-']"))));
        browser.waitUntil(ExpectedConditions.urlMatches("/tutor/assignments/\\d+/marking$"));
        browser.byId("queue-grid");
    }

    /** Assignments → Marking of the Group A assignment: Kwame and 李伟 wait to be marked, each with a suggested total. */
    private long queueShowsBothSubmissionsToMark() throws Exception {
        openQueue();

        WebElement kwame = markLink(KWAME);
        markLink(LI_WEI);
        assertThat(rowText(KWAME)).containsPattern("To mark \\| 1st: not started \\| \\d+ / 100");
        // The other test may already have named 李伟 a second marker; the first marking has not started either way.
        assertThat(rowText(LI_WEI))
                .containsPattern("(To mark|With second marker) \\| 1st: not started.* \\| \\d+ / 100");
        browser.scrollToTop(browser.byId("queue-grid"));
        screenshot("queue");
        axe("marking queue");
        onlyTheContentScrolls("marking queue");

        long attemptId = Long.parseLong(kwame.getDomAttribute("id").substring("queue-mark-".length()));
        browser.click(kwame);
        browser.waitUntil(ExpectedConditions.urlMatches("/tutor/attempts/" + attemptId + "/mark/first$"));
        return attemptId;
    }

    /** Marks Kwame's submission and completes it; returns the total it comes to. */
    private int markKwame(long attemptId) throws Exception {
        browser.awaitText(By.cssSelector(".marking-header h2"), "Marking " + KWAME);
        WebElement strategy = browser.byId("marking-suggestion-strategy");
        assertThat(browser.text(strategy)).contains("Suggestion");
        assertThat(strategy.findElements(By.cssSelector(".evidence-line"))).isNotEmpty();
        assertThat(browser.text(browser.byId("marking-status"))).isEqualTo("Draft");
        // The rubric scrolls in its own box: back to its top, where the first criterion starts.
        browser.driver.executeScript("arguments[0].scrollTop = 0;", browser.byId("marking-rubric"));
        screenshot("marking-view");
        axe("marking view");
        onlyTheContentScrolls("marking view");

        int total = 0;
        for (String criterion : ACCEPTED) {
            Matcher suggested = SUGGESTION.matcher(browser.text(browser.byId("marking-suggestion-" + criterion)
                    .findElement(By.cssSelector(".suggestion-summary"))));
            assertThat(suggested.find()).as("the suggestion of " + criterion).isTrue();
            int mark = Integer.parseInt(suggested.group(2));
            total += mark;
            browser.clickId("marking-accept-" + criterion);
            browser.awaitText(
                    By.id("marking-state-" + criterion), "Suggestion accepted: " + mark + " / " + suggested.group(3));
        }
        browser.awaitText(By.id("marking-total"), "So far " + total + " / 100 · 4 of 5 criteria marked");

        // The override: a level, then a mark outside its range is refused beside the field and nothing is saved.
        browser.choose(browser.byId("marking-level-" + OVERRIDDEN), LEVEL);
        WebElement mark = browser.byId("marking-mark-" + OVERRIDDEN);
        browser.replaceIn(mark, OUTSIDE + "" + Keys.TAB);
        browser.awaitServer();
        browser.awaitText(
                By.id("marking-mark-" + OVERRIDDEN),
                OUTSIDE + " is outside the level \"" + LEVEL + "\", which runs from 10 to 11 marks.");
        assertThat(mark.getDomAttribute("invalid")).isNotNull();
        assertThat(browser.text(browser.byId("marking-state-" + OVERRIDDEN))).isEqualTo("Not marked");
        assertThat(browser.text(browser.byId("marking-total"))).contains("4 of 5 criteria marked");
        browser.scrollIntoView(mark);
        screenshot("mark-refused");

        browser.replaceIn(mark, INSIDE + "" + Keys.TAB);
        browser.awaitText(By.id("marking-state-" + OVERRIDDEN), "Marked: " + INSIDE + " / 20");
        browser.waitUntil(driver -> mark.getDomAttribute("invalid") == null);
        total += INSIDE;

        // Comments save themselves a second after the typing stops; the decision history shows when one has.
        paste(browser.byId("marking-comment-" + OVERRIDDEN), COMMENT);
        browser.awaitText(By.id("marking-history-list"), "Comment changed — " + OVERRIDDEN_TITLE + ": " + LEVEL);
        browser.awaitText(By.id("marking-history-list"), COMMENT);
        paste(browser.byId("marking-feedback"), FEEDBACK);
        browser.awaitText(By.id("marking-history-list"), "Overall feedback changed");

        browser.clickId("marking-complete");
        browser.awaitText(By.id("marking-status"), "Complete");
        String totalLine = browser.text(browser.byId("marking-total"));
        assertThat(totalLine).startsWith("Total " + total + " / 100 · ");
        browser.scrollToTop(browser.byId("marking-criterion-" + OVERRIDDEN));
        screenshot("marking-complete");
        axe("marking view, complete");

        browser.click(browser.driver.findElement(By.xpath("//a[normalize-space(.)='Back to the marking queue']")));
        browser.waitUntil(ExpectedConditions.urlMatches("/tutor/assignments/\\d+/marking$"));
        int marked = total;
        browser.waitUntil(driver -> rowText(KWAME).contains("Ready to release"));
        assertThat(rowText(KWAME)).containsPattern("\\| " + marked + " / 100");
        return total;
    }

    /** Release grades: one goes out, 李伟 is named as not ready. */
    private void release() throws Exception {
        browser.clickId("queue-release");
        WebElement count = browser.byId("queue-release-count");
        assertThat(browser.text(count)).isEqualTo("One grade will be released.");
        assertThat(browser.text(browser.byId("queue-release-not-ready"))).isEqualTo(LI_WEI + " (Li Wei)");
        axe("release dialog");
        screenshot("release-dialog");
        browser.clickId("queue-release-confirm");
        browser.waitUntil(ExpectedConditions.numberOfElementsToBe(By.id("queue-release-dialog"), 0));
        browser.awaitServer();
        browser.waitUntil(driver -> rowText(KWAME).contains("Released"));
        // (The other test may have named 李伟 a second marker meanwhile: either way, nothing went out.)
        assertThat(rowText(LI_WEI)).doesNotContain("Released");
        screenshot("queue-released");
    }

    private void studentReadsTheFeedback(int total) throws Exception {
        WebElement card = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//section[contains(@class, 'assignment-card')][.//h3[contains(., 'BrewHaven')]]")));
        assertThat(browser.text(card.findElement(By.cssSelector(".assignment-status"))))
                .isEqualTo("Marked · feedback ready");
        browser.click(card.findElement(By.xpath(".//vaadin-button[contains(., 'Read your feedback')]")));
        browser.waitUntil(ExpectedConditions.urlMatches("/attempt/\\d+/feedback$"));

        assertThat(browser.text(browser.byId("feedback-total"))).isEqualTo(total + " / 100");
        assertThat(browser.text(browser.byId("feedback-band"))).startsWith("Band ");
        assertThat(browser.text(browser.byId("feedback-overall"))).contains(FEEDBACK);
        WebElement overridden = browser.byId("feedback-criterion-4");
        assertThat(browser.text(overridden.findElement(By.cssSelector(".feedback-criterion-heading"))))
                .contains(OVERRIDDEN_TITLE)
                .contains(LEVEL)
                .contains(INSIDE + " / 20");
        assertThat(browser.text(overridden.findElement(By.cssSelector(".feedback-comment"))))
                .contains(COMMENT);
        assertThat(overridden.findElements(By.cssSelector(".feedback-checks .evidence-line")))
                .isNotEmpty();
        onlyTheContentScrolls("student feedback");
        browser.scrollToTop(browser.byId("debrief-marks"));
        screenshot("student-feedback");
        browser.scrollToTop(overridden);
        screenshot("student-feedback-criterion");
        axe("student feedback");
    }

    /** The queue's "Mark" link of the student called {@code name}. */
    private WebElement markLink(String name) {
        return browser.waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//a[starts-with(@id, 'queue-mark-') and contains(@aria-label, '" + name + "')]")));
    }

    /**
     * Every cell's text in the queue row of the student called {@code name}, joined with " | " (empty while the row is
     * not there). One script finds the row and reads it, so a grid that re-renders meanwhile cannot leave a stale
     * element behind.
     */
    private String rowText(String name) {
        return String.valueOf(browser.driver.executeScript(
                        "const link = [...document.querySelectorAll(\"a[id^='queue-mark-']\")]"
                                + ".find(a => (a.getAttribute('aria-label') || '').includes(arguments[0]));"
                                + "if (!link) { return ''; }"
                                + "const row = link.closest('vaadin-grid-cell-content').assignedSlot.closest('tr');"
                                + "return [...row.querySelectorAll('slot')]"
                                + ".map(slot => slot.assignedElements().map(cell => cell.textContent).join(' '))"
                                + ".join(' | ');",
                        name))
                .replaceAll("\\s+", " ");
    }

    /**
     * Writes into a text area as one input event, the way pasting does, so the field's one-second autosave sends it
     * whole.
     */
    private void paste(WebElement field, String text) {
        WebElement input = field.findElement(By.cssSelector("textarea[slot='textarea']"));
        browser.scrollIntoView(input);
        input.click();
        browser.driver.executeCdpCommand("Input.insertText", Map.of("text", text));
        browser.waitUntil(
                driver -> String.valueOf(input.getDomProperty("value")).endsWith(text));
    }

    /**
     * The app layout scrolls its content in its own box; nothing may reach out of it and make the page itself scroll
     * as well (a second scroll bar, and the menu and title bar moving away).
     */
    private void onlyTheContentScrolls(String page) {
        Object overflow = browser.driver.executeScript(
                "return document.documentElement.scrollHeight - document.documentElement.clientHeight;");
        assertThat(((Number) overflow).longValue())
                .as("how far the whole page scrolls on the " + page)
                .isLessThanOrEqualTo(0);
    }

    private void axe(String page) {
        // A success message fading in or out has no settled colours for axe to judge; scan once it has gone.
        noMessageShown();
        accessibility.put(page, browser.accessibilityViolations(page));
    }

    /** Waits until no notification is on the screen (they close themselves after a few seconds). */
    private void noMessageShown() {
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.tagName("vaadin-notification-card")));
    }

    private void screenshot(String name) throws Exception {
        shot++;
        browser.screenshot(String.format("marking-%02d-%s", shot, name));
    }
}
