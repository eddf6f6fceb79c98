package org.socialsim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Real Chromium against the packaged app: student1 plays a whole attempt at the demo assignment of Group A (BrewHaven,
 * six weeks, a crisis in week 4) through the screens alone — brief, analysis, objectives, personas, calendar, ads, every
 * week with its inbox and dashboard, the crisis room, the evaluation — and submits; then tutor1 finds the submission.
 * Each step is screenshot to {@code target/screenshots/journey-*.png} and scanned with axe-core, and the first post is
 * planned with the keyboard alone.
 */
class StudentJourneyIT {

    private static final int WEEKS = 6;
    private static final int CRISIS_WEEK = 4;

    private static PackagedApp app;
    private Browser browser;
    private int shot;
    /** What axe-core found on each page scanned, in journey order; the journey goes on, the test fails at the end. */
    private final Map<String, List<String>> accessibility = new LinkedHashMap<>();

    @BeforeAll
    static void startApp() throws Exception {
        // Screenshots of an earlier run would sit beside this run's under other numbers.
        if (Files.isDirectory(HeadlessChromium.SCREENSHOTS)) {
            try (Stream<Path> old = Files.list(HeadlessChromium.SCREENSHOTS)) {
                for (Path shot : old.filter(
                                path -> path.getFileName().toString().startsWith("journey-"))
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
            // What the browser showed last: the step it stopped at, for whoever reads a failed build.
            browser.screenshot("journey-last");
            browser.close();
        }
    }

    @Test
    void a_student_plays_every_step_and_week_submits_and_the_tutor_sees_the_submission() throws Exception {
        browser.go("login");
        browser.signIn("student1");

        home();
        brief();
        analysis();
        objectives();
        personas();
        calendar();
        ads();
        weeks();
        evaluation();
        submit();
        homeSaysSubmitted();

        browser.signOut();
        tutorSeesTheSubmission();

        accessibility.forEach((page, violations) ->
                System.out.printf("axe on %s: %s%n", page, violations.isEmpty() ? "no violations" : violations));
        assertThat(accessibility)
                .as("axe-core violations per student page")
                .allSatisfy(
                        (page, violations) -> assertThat(violations).as(page).isEmpty());
    }

    private void home() throws Exception {
        browser.waitUntil(driver -> mainText().contains("Campaign plan and simulation: BrewHaven"));
        WebElement card = assignmentCard();
        assertThat(browser.text(card)).contains("Not started").contains("SMM 2026 — Group A");
        screenshot("home");
        axe("student home");
        browser.click(card.findElement(By.cssSelector("vaadin-button.home-continue")));
    }

    private void brief() throws Exception {
        browser.waitUntil(ExpectedConditions.urlMatches("/attempt/\\d+/brief$"));
        browser.waitUntil(driver -> mainText().contains("The situation"));
        // The hidden audience segments are for the debrief only.
        assertThat(mainText()).contains("Business objectives").doesNotContain("Weekday commuters");
        assertThat(headerText())
                .contains("BrewHaven: launching a cold-brew range")
                .contains("0 of 6 weeks run");
        screenshot("brief");
        axe("brief");
        browser.clickButton("Start the situational analysis");
    }

    private void analysis() throws Exception {
        browser.waitUntil(ExpectedConditions.urlMatches("/analysis$"));
        browser.typeAndAwaitSave(
                browser.byId("analysis-strengths"),
                "A trusted Bristol roastery with 40 partner cafés and a loyal Instagram following.");
        browser.typeAndAwaitSave(
                browser.byId("analysis-weaknesses"),
                "No TikTok presence yet and a small team to answer customers out of hours.");
        browser.typeAndAwaitSave(
                browser.byId("analysis-opportunities"),
                "Ready-to-drink cold brew is growing; oat milk fits what younger buyers want.");
        browser.typeAndAwaitSave(
                browser.byId("analysis-threats"),
                "Bigger brands with bigger budgets, and any product scare spreads fast on social.");
        browser.typeAndAwaitSave(
                browser.byId("analysis-competitor-1"),
                "Bean There posts more often but engages less per follower: quality beats volume.");
        browser.typeAndAwaitSave(
                browser.byId("analysis-audience"),
                "Commuters buy on weekday mornings; students scroll TikTok late in the evening.");
        browser.awaitText(By.id("analysis-progress"), "4 of 4 SWOT parts written");
        assertThat(browser.text(browser.byId("analysis-progress"))).contains("audience insights written");
        screenshot("analysis");
        axe("situational analysis");
        openStep("SMART objectives");
    }

    private void objectives() throws Exception {
        browser.waitUntil(ExpectedConditions.urlMatches("/objectives$"));
        objective(
                "o1",
                "Sell 600 four-packs of Oat Cold Brew through social by the end of week 6.",
                "Conversions",
                null,
                "0",
                "600",
                "Sales —");
        objective(
                "o2",
                "Answer nine in ten Instagram comments and DMs that need it, every week.",
                "Response rate",
                "Instagram",
                "40",
                "90",
                "Customer service —");
        WebElement first = browser.byId("objective-o1");
        assertThat(first.findElements(By.cssSelector(".smart-check li.met"))).hasSize(5);
        assertThat(first.findElements(By.cssSelector(".smart-letter")))
                .extracting(WebElement::getText)
                .containsExactly("S", "M", "A", "R", "T");
        assertThat(browser.text(first)).contains("Time-bound: by the end of week 6 of 6.");
        browser.scrollIntoView(first);
        screenshot("objectives");
        axe("SMART objectives");
        openStep("Personas");
    }

    private void objective(
            String id,
            String statement,
            String kpi,
            String platform,
            String baseline,
            String target,
            String businessObjective) {
        browser.clickId("objectives-add");
        WebElement card = browser.byId("objective-" + id);
        browser.typeAndAwaitSave(browser.field(card, "Objective, in one sentence"), statement);
        browser.chooseInComboBox(browser.field(card, "KPI"), kpi);
        if (platform != null) {
            browser.choose(browser.field(card, "Platform"), platform);
        }
        List<WebElement> numbers = card.findElements(By.cssSelector("vaadin-number-field"));
        // Number fields commit when the student leaves them, as with Tab.
        browser.replaceIn(numbers.get(0), baseline + Keys.TAB);
        browser.replaceIn(numbers.get(1), target + Keys.TAB);
        browser.choose(browser.field(card, "Deadline"), "End of week 6 of 6");
        browser.choose(browser.field(card, "Business objective it serves"), businessObjective);
        browser.awaitText(card.findElement(By.cssSelector(".smart-score")), "5 of 5 SMART");
    }

    private void personas() throws Exception {
        browser.waitUntil(ExpectedConditions.urlMatches("/personas$"));
        persona(
                "p1",
                "Commuter Chloe",
                "Marketing assistant in Bristol",
                "A good coffee on the go that is not another sugary drink.",
                "Café queues before the train; cans that taste of nothing.",
                "Instagram",
                "07:00–08:00",
                "Educational");
        persona(
                "p2",
                "Student Sam",
                "Undergraduate",
                "Cheap energy for late study sessions, and something worth sharing.",
                "Energy drinks feel unhealthy; specialty coffee feels too expensive.",
                "TikTok",
                "21:00–22:00",
                "Entertaining");
        browser.awaitText(By.id("personas-count"), "2 of at most 5");
        browser.scrollIntoView(browser.byId("persona-p2"));
        screenshot("personas");
        axe("personas");
        openStep("Content calendar");
    }

    private void persona(
            String id,
            String name,
            String occupation,
            String goals,
            String painPoints,
            String platform,
            String weekdayHour,
            String preference) {
        browser.clickId("personas-add");
        WebElement card = browser.byId("persona-" + id);
        browser.typeAndAwaitSave(browser.field(card, "Name"), name);
        browser.typeAndAwaitSave(browser.field(card, "Occupation"), occupation);
        browser.typeAndAwaitSave(browser.field(card, "Goals"), goals);
        browser.typeAndAwaitSave(browser.field(card, "Pain points"), painPoints);
        browser.tick(card, platform);
        browser.chooseInMultiSelect(browser.field(card, "Online on weekdays"), weekdayHour);
        browser.tick(card, preference);
        // Every piece of advice is taken, so none is left below the persona.
        browser.waitUntil(driver ->
                card.findElements(By.cssSelector(".persona-advice li")).stream().noneMatch(WebElement::isDisplayed));
    }

    private void calendar() throws Exception {
        browser.waitUntil(ExpectedConditions.urlMatches("/calendar$"));
        browser.byId("calendar-add-post");
        planFirstPostWithTheKeyboardOnly();
        WebElement tuesday = browser.byId("calendar-day-tuesday");
        browser.awaitText(tuesday, "18:00");
        assertThat(browser.text(tuesday)).contains("Instagram").contains("Meet Oat Cold Brew");

        // The second post with the mouse: TikTok, entertaining, for the second persona.
        browser.clickId("calendar-add-thursday");
        WebElement dialog = browser.byId("post-dialog");
        browser.choose(browser.byId("post-platform"), "TikTok");
        browser.choose(browser.byId("post-pillar"), "Entertaining");
        browser.choose(browser.byId("post-persona"), "Student Sam");
        browser.choose(browser.byId("post-hour"), "21:00");
        browser.typeInto(browser.byId("post-caption"), "Study break, sorted: the 30-second cold brew pour.");
        browser.typeInto(browser.byId("post-hashtags"), "#coldbrew #studytok");
        browser.clickId("post-apply");
        browser.waitUntil(ExpectedConditions.invisibilityOf(dialog));
        browser.awaitText(By.id("calendar-day-thursday"), "TikTok");
        assertThat(browser.text(browser.byId("calendar-week-1"))).contains("Week 1 · 2");

        // Both posts go out every week: each is copied on to the next week, which the copy dialog suggests.
        for (String post : List.of("p1", "p2")) {
            browser.clickId("calendar-week-1");
            browser.byId("post-w1-" + post);
            for (int week = 1; week < WEEKS; week++) {
                copyToNextWeek("w" + week + "-" + post, "w" + (week + 1) + "-" + post);
            }
        }
        for (int week = 1; week <= WEEKS; week++) {
            assertThat(browser.text(browser.byId("calendar-week-" + week))).contains("Week " + week + " · 2 posts");
        }
        browser.clickId("calendar-week-1");
        browser.byId("post-w1-p1");
        browser.scrollIntoView(browser.byId("calendar-weeks"));
        screenshot("calendar");
        axe("content calendar");
        openStep("Paid ads & influencers");
    }

    /** Tab to the add button, Enter, choose day and time by typing, Tab to the caption, type, Tab to Add, Space. */
    private void planFirstPostWithTheKeyboardOnly() throws Exception {
        browser.driver.executeScript("document.activeElement.blur();");
        browser.tabTo(focused -> "calendar-add-post".equals(focused.getDomAttribute("id")), 40);
        browser.press(Keys.ENTER);
        browser.byId("post-dialog");
        browser.tabTo(focused -> browser.within(focused, "post-day"), 5);
        browser.press(Keys.ENTER);
        browser.waitUntil(driver -> "true".equals(browser.byId("post-day").getDomProperty("opened")));
        browser.press("Tue");
        browser.press(Keys.ENTER);
        awaitChosenByKeyboard("post-day", "Tuesday");
        browser.tabTo(focused -> browser.within(focused, "post-hour"), 3);
        browser.press(Keys.ENTER);
        browser.waitUntil(driver -> "true".equals(browser.byId("post-hour").getDomProperty("opened")));
        browser.press("18");
        browser.press(Keys.ENTER);
        awaitChosenByKeyboard("post-hour", "18:00");
        browser.tabTo(focused -> browser.within(focused, "post-caption"), 12);
        browser.press("Meet Oat Cold Brew: slow-steeped for 18 hours, ready for your commute.");
        browser.tabTo(focused -> browser.within(focused, "post-hashtags"), 3);
        browser.press("#coldbrew #oatmilk");
        screenshot("calendar-keyboard-dialog");
        axe("content calendar, new post dialog");
        browser.tabTo(focused -> "post-apply".equals(focused.getDomAttribute("id")), 6);
        browser.press(Keys.SPACE);
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("post-dialog")));
    }

    /** The select has closed on {@code option} and given the focus back, as it does before the next key. */
    private void awaitChosenByKeyboard(String selectId, String option) {
        WebElement select = browser.byId(selectId);
        browser.waitUntil(driver -> "false".equals(select.getDomProperty("opened"))
                && browser.text(select.findElement(By.cssSelector("vaadin-select-value-button")))
                        .equals(option)
                && browser.within(browser.focused(), selectId));
    }

    private void copyToNextWeek(String from, String to) {
        browser.clickId("post-" + from);
        WebElement dialog = browser.byId("post-dialog");
        browser.clickId("post-copy");
        WebElement placement = browser.byId("placement-dialog");
        browser.clickId("placement-apply");
        browser.waitUntil(ExpectedConditions.invisibilityOf(placement));
        browser.waitUntil(ExpectedConditions.invisibilityOf(dialog));
        browser.byId("post-" + to);
    }

    private void ads() throws Exception {
        browser.waitUntil(ExpectedConditions.urlMatches("/ads$"));
        browser.clickId("ads-add-campaign");
        WebElement dialog = browser.byId("campaign-dialog");
        browser.typeInto(browser.byId("campaign-name"), "Launch four-packs to commuters");
        browser.choose(browser.byId("campaign-objective"), "Conversions");
        browser.choose(browser.byId("campaign-stage"), "Conversion");
        browser.chooseInMultiSelect(browser.byId("campaign-personas"), "Commuter Chloe");
        browser.replaceIn(browser.byId("campaign-budget"), "1500" + Keys.TAB);
        browser.clickId("campaign-apply");
        browser.waitUntil(ExpectedConditions.invisibilityOf(dialog));
        WebElement campaign = browser.byId("campaign-c1");
        assertThat(browser.text(campaign))
                .contains("Launch four-packs to commuters")
                .contains("for Conversion")
                .contains("Commuter Chloe");

        browser.clickId("influencer-book-latte-art-lucy");
        WebElement deal = browser.byId("deal-dialog");
        browser.choose(browser.byId("deal-week"), "Week 2");
        browser.tick(deal, "Disclosed as a paid partnership (#ad)");
        browser.clickId("deal-apply");
        browser.waitUntil(ExpectedConditions.invisibilityOf(deal));
        assertThat(browser.text(browser.byId("deal-0")))
                .contains("@latteartlucy")
                .contains("Disclosed (#ad)");
        assertThat(browser.text(browser.byId("ads-remaining"))).contains("£3,500");
        // Saving the partnership redrew the lists.
        browser.byId("campaign-c1");
        screenshot("ads-campaign");
        browser.byId("deal-0");
        screenshot("ads-influencer");
        axe("paid ads and influencers");
        openStep("Run the weeks");
    }

    private void weeks() throws Exception {
        browser.waitUntil(ExpectedConditions.urlMatches("/weeks$"));
        browser.byId("weeks-none-run");
        for (int week = 1; week <= WEEKS; week++) {
            runWeek(week);
            answerOneMessage(week);
            if (week == CRISIS_WEEK) {
                crisisRoom();
            }
            dashboard(week);
        }
        browser.clickId("weeks-to-evaluation");
    }

    private void runWeek(int week) throws Exception {
        WebElement run = browser.byId("weeks-run");
        assertThat(browser.text(run)).isEqualTo("Run week " + week);
        if (week == 1) {
            screenshot("weeks-before-running");
            axe("run the weeks, before week 1");
        }
        browser.click(run);
        String next = week < WEEKS ? "Week " + (week + 1) + " of 6 is next" : "All 6 weeks have run";
        browser.awaitText(By.id("weeks-run-section"), next);
        browser.awaitText(By.cssSelector("#weeks-inbox h3"), "Community inbox, week " + week);
        assertThat(headerText()).contains(week < WEEKS ? week + " of 6 weeks run" : "all 6 weeks run");
    }

    /** Answers the first question or complaint of the week: an action, a reply and how soon. */
    private void answerOneMessage(int week) throws Exception {
        WebElement message =
                browser.waitUntil(driver -> driver.findElements(By.cssSelector("#weeks-inbox .inbox-message")).stream()
                        .filter(candidate -> candidate
                                        .findElements(
                                                By.xpath(
                                                        ".//*[contains(@class, 'inbox-badge') and (.='Question' or .='Complaint')]"))
                                        .size()
                                > 0)
                        .findFirst()
                        .orElse(null));
        // Each message opens its answer fields on demand.
        browser.click(message.findElement(By.xpath(".//vaadin-button[normalize-space(.)='Answer']")));
        browser.choose(browser.field(message, "Action"), "Reply publicly");
        browser.choose(browser.field(message, "Response time"), "Within 1 hour");
        browser.typeAndAwaitSave(
                browser.field(message, "Your reply"),
                "Thanks for asking! Our four-packs are in three London stockists and on our web shop; we ship UK-wide.");
        browser.awaitText(message.findElement(By.cssSelector(".inbox-status")), "Answered and saved.");
        browser.awaitText(By.id("weeks-score"), "1 of");
        if (week == 1 || week == WEEKS) {
            browser.scrollIntoView(message);
            screenshot("week-" + week + "-inbox");
            axe("community inbox, week " + week);
        }
    }

    private void crisisRoom() throws Exception {
        browser.clickId("weeks-tab-crisis");
        WebElement room = browser.byId("weeks-crisis");
        browser.byId("crisis-trigger");
        assertThat(browser.text(browser.driver.findElement(By.id("crisis-status"))))
                .contains("The brand has not responded yet");
        browser.scrollToTop(room);
        screenshot("week-4-crisis-breaks");

        browser.choose(browser.byId("crisis-first-response"), "1 h after it breaks");
        browser.click(browser.byId("crisis-strategy")
                .findElement(By.xpath(".//vaadin-radio-button[contains(., 'Rebuild (apologise, put right)')]/label")));
        browser.awaitServer();
        browser.awaitText(By.id("crisis-status"), "Your response is saved");
        browser.tick(room, "Instagram");
        browser.tick(room, "TikTok");
        browser.typeAndAwaitSave(
                browser.byId("crisis-holding-statement"),
                "We know some cans may be affected. Please do not drink them: we are recalling the batch and will"
                        + " refund everyone. Updates here every few hours.");
        browser.tick(room, "Pause scheduled promotional posts and ads while the crisis runs");
        assertThat(browser.text(browser.byId("crisis-note"))).contains("week 5");
        browser.scrollIntoView(browser.byId("crisis-decisions"));
        screenshot("week-4-crisis-room");
        axe("crisis room");
    }

    private void dashboard(int week) throws Exception {
        browser.clickId("weeks-tab-dashboard");
        browser.awaitText(By.id("dashboard-explanations"), "Why week " + week + " went this way");
        browser.waitUntil(driver -> driver.findElements(By.cssSelector("#weeks-dashboard .chart-figure"))
                        .size()
                >= 8);
        if (week == 1 || week == CRISIS_WEEK || week == WEEKS) {
            browser.scrollToTop(browser.byId("weeks-tabs"));
            screenshot("week-" + week + "-dashboard");
        }
        if (week == WEEKS) {
            WebElement charts = browser.driver.findElement(By.cssSelector("#weeks-dashboard .dashboard-grid"));
            browser.scrollToTop(charts);
            // ECharts draws after the element is attached; the screenshot waits for the drawings.
            browser.waitUntil(driver -> charts.findElements(By.cssSelector("kpi-chart")).stream()
                    .allMatch(chart -> !chart.findElements(By.tagName("svg")).isEmpty()));
            screenshot("week-6-dashboard-charts");
        }
        if (week == WEEKS) {
            axe("KPI dashboard");
        }
        browser.clickId("weeks-tab-inbox");
    }

    private void evaluation() throws Exception {
        browser.waitUntil(ExpectedConditions.urlMatches("/evaluation$"));
        browser.typeAndAwaitSave(
                browser.byId("evaluation-what-happened"),
                "Reach grew every week and the recall in week 4 dented sentiment for a week.");
        browser.choose(browser.byId("evaluation-kpi"), "Conversions");
        browser.choose(browser.byId("evaluation-kpi-week"), "All weeks run (1–6)");
        String citation = browser.text(browser.byId("evaluation-kpi-preview"));
        assertThat(citation).startsWith("Conversions in weeks 1–6: ");
        browser.clickId("evaluation-insert-kpi");
        WebElement whatHappened = browser.byId("evaluation-what-happened").findElement(By.tagName("textarea"));
        // The helper sets the field on the server, which saves in the same round trip.
        browser.waitUntil(driver -> whatHappened.getDomProperty("value").endsWith(" " + citation));
        browser.awaitServer();
        assertThat(browser.saveStatus()).startsWith("All changes saved at");
        browser.typeAndAwaitSave(
                browser.byId("evaluation-why"),
                "Posting when the personas were online lifted engagement; a fast, apologetic response kept the"
                        + " crisis short.");
        browser.typeAndAwaitSave(
                browser.byId("evaluation-recommendations"),
                "Add a second TikTok post a week and keep an out-of-hours rota for the inbox.");
        browser.typeAndAwaitSave(
                browser.byId("evaluation-7p-promotion"),
                "Shift budget from awareness ads to creators whose audience matches Student Sam.");
        browser.scrollIntoView(browser.byId("evaluation-what-happened"));
        screenshot("evaluation");
        axe("evaluation");
        openStep("Submit");
    }

    private void submit() throws Exception {
        browser.waitUntil(ExpectedConditions.urlMatches("/submit$"));
        WebElement submit = browser.byId("submit-attempt");
        assertThat(submit.getDomAttribute("disabled")).isNull();
        assertThat(mainText()).contains("You can submit now").doesNotContain("Must fix");
        screenshot("submit-checklist");
        axe("submit");
        browser.click(submit);
        browser.waitUntil(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-confirm-dialog//vaadin-button[@slot='confirm-button']")))
                .click();
        browser.byId("submit-submitted-at");
        assertThat(mainText()).contains("Submitted").contains("Handed in on");
        screenshot("submitted");
    }

    private void homeSaysSubmitted() throws Exception {
        browser.go("student");
        browser.waitUntil(driver -> mainText().contains("Campaign plan and simulation: BrewHaven"));
        WebElement card = assignmentCard();
        assertThat(browser.text(card.findElement(By.cssSelector(".assignment-status"))))
                .startsWith("Submitted");
        assertThat(browser.text(card)).contains("View your submission");
        screenshot("home-submitted");
    }

    private void tutorSeesTheSubmission() throws Exception {
        browser.signIn("tutor1");
        browser.go("tutor/assignments");
        browser.waitUntil(driver -> mainText().contains("Campaign plan and simulation: BrewHaven"));
        browser.click(browser.waitUntil(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[id^='assignments-attempts-']"))));
        browser.waitUntil(ExpectedConditions.urlMatches("/tutor/assignments/\\d+/attempts$"));
        WebElement row = browser.waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., 'Zoë Achterberg (student1)')]")));
        assertThat(browser.text(row)).contains("Zoë Achterberg");
        browser.waitUntil(driver -> browser.driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> browser.text(cell).equals("Submitted")));
        screenshot("tutor-attempts");
    }

    /** The text of the view's main region, including what is scrolled out of sight. */
    private String mainText() {
        return browser.text(browser.driver.findElement(By.tagName("main")));
    }

    /** The attempt frame's header: title, scenario, deadline, status and weeks run, and the autosave line. */
    private String headerText() {
        return browser.text(browser.driver.findElement(By.cssSelector(".attempt-header")));
    }

    private WebElement assignmentCard() {
        return browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//section[contains(@class, 'assignment-card')][.//h3[contains(., 'BrewHaven')]]")));
    }

    /** Moves on through the attempt's step navigation, as the student would. */
    private void openStep(String title) {
        browser.awaitServer();
        browser.click(browser.driver.findElement(
                By.xpath("//nav[contains(@class, 'attempt-steps')]//a[.//span[normalize-space(.)='" + title + "']]")));
    }

    private void axe(String page) {
        accessibility.put(page, browser.accessibilityViolations(page));
    }

    private void screenshot(String name) throws Exception {
        shot++;
        browser.screenshot(String.format("journey-%02d-%s", shot, name));
    }
}
