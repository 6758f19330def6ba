package org.e2e.embed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The cards in Chromium: every card's content fits the height oEmbed advertises at 480 and 320 px (measured from the
 * rendered card; {@code -Dembed.heights.update=true} rewrites the committed measures), and the self-assessment card
 * inside the example portal is filled in and submitted with JavaScript and without it.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
@QuarkusTestResource(value = PortalServers.class, restrictToAnnotatedClass = true)
class CardBrowserTest {

    static final String RUBRIC = "staff-relationships-and-collaboration";
    /** Added to each measure when it is written, for fonts that set a little taller than this machine's. */
    static final int MARGIN = 24;

    @TestHTTPResource("/")
    URL service;

    String serviceUrl() {
        return service.toString().replaceAll("/+$", "");
    }

    @Test
    void everyCardFitsTheHeightOEmbedAdvertises() throws Exception {
        List<String> cards = new ArrayList<>();
        given().get("/api/v1/resources?size=100").then().statusCode(200).extract().<String>jsonPath().getList("items.slug", String.class)
                .forEach(slug -> cards.add("resources/" + slug));
        cards.add("resources/" + RUBRIC + "/assessment");
        cards.add("frameworks/e2e-relationships/diagram");
        cards.add("library");
        given().get("/api/v1/frameworks/e2e-relationships").then().statusCode(200).extract().jsonPath()
                .getList("layers.elements.flatten().slug", String.class)
                .forEach(slug -> cards.add("frameworks/e2e-relationships/elements/" + slug));
        boolean update = Boolean.getBoolean("embed.heights.update");
        Map<String, Integer> measures = new TreeMap<>();
        ChromeDriver driver = BrowserFixture.start(true);
        try {
            for (int width : List.of(480, 320)) {
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
                for (String card : cards) {
                    String url = serviceUrl() + "/embed/" + card;
                    driver.get(url);
                    int measured = ((Number) driver.executeScript(
                            "return Math.ceil(document.documentElement.getBoundingClientRect().height);")).intValue();
                    measures.put(card + "@" + width, measured + MARGIN);
                    if (update) {
                        continue;
                    }
                    String published = OEmbedTest.BASE + "/embed/" + card;
                    int advertised = given().queryParam("maxwidth", width).queryParam("url", published).get("/oembed")
                            .then().statusCode(200).extract().path("height");
                    assertTrue(measured <= advertised, card + " at " + width + " px needs " + measured + " px, oEmbed says " + advertised);
                    assertTrue(advertised <= measured + 2 * MARGIN, card + " at " + width + " px: " + advertised
                            + " advertised for " + measured + " measured");
                    List<WebElement> links = driver.findElements(By.cssSelector("a.more"));
                    for (WebElement link : links) {
                        int bottom = link.getRect().getY() + link.getRect().getHeight();
                        assertTrue(bottom <= advertised, card + ": its link ends at " + bottom + " px, below " + advertised);
                    }
                }
                if (width == 480) {
                    driver.get(serviceUrl() + "/embed/frameworks/e2e-relationships/elements/beliefs");
                    BrowserFixture.screenshot(driver, "beliefs-card-480px.png");
                }
            }
            if (!update) {
                // The default snippet (no maxwidth) in a 360 px column shows the whole card, links and credit included.
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", 360, "height", 900, "deviceScaleFactor", 1, "mobile", false));
                for (String card : cards) {
                    driver.get(serviceUrl() + "/embed/" + card);
                    int measured = ((Number) driver.executeScript(
                            "return Math.ceil(document.documentElement.getBoundingClientRect().height);")).intValue();
                    int snippet = given().queryParam("url", OEmbedTest.BASE + "/embed/" + card).get("/oembed")
                            .then().statusCode(200).extract().path("height");
                    assertTrue(measured <= snippet, card + " in a 360 px column needs " + measured + " px, the default snippet gives " + snippet);
                }
            }
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        } finally {
            driver.quit();
        }
        if (update) {
            StringBuilder file = new StringBuilder("# Heights (px) of each card's content at 480 and 320 px, measured in Chromium by\n"
                    + "# CardBrowserTest plus " + MARGIN + " px; rewrite with -Dembed.heights.update=true.\n");
            measures.forEach((k, v) -> file.append(k).append('=').append(v).append('\n'));
            Files.writeString(Path.of("src/main/resources/embed/card-heights.properties"), file.toString());
        }
    }

    @Test
    void thePortalsAssessmentCardIsFilledAndSubmittedWithTheKeyboardAndAnnouncesItsResult() throws Exception {
        PortalServers.serviceUrl = serviceUrl();
        ChromeDriver driver = BrowserFixture.start(true);
        try {
            driver.get(PortalServers.allowedOrigin() + "/");
            WebElement frame = driver.findElement(By.id("e2e-assessment"));
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> frame.getAttribute("style").contains("height"));
            driver.switchTo().frame(frame);
            String before = (String) driver.executeScript("return location.href;");
            // The live region is there before any result; mark the node to prove the result goes into this one.
            driver.executeScript("var r = document.getElementById('result'); r.dataset.original = 'yes';"
                    + "window.e2eFetches = 0; var f = window.fetch; window.fetch = function () { window.e2eFetches++; return f.apply(this, arguments); };");
            assertEquals("polite", driver.findElement(By.id("result")).getAttribute("aria-live"));
            // Nothing rated: the button says what to do.
            Actions keys = new Actions(driver);
            tabTo(driver, keys, "button[type=submit]");
            keys.sendKeys(Keys.ENTER).perform();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("result")).getText()
                    .contains("Choose a level for at least one criterion"));
            assertEquals("result-title", driver.executeScript("return document.activeElement.id;"), "focus moved to the message");
            // Keyboard only: Tab to a criterion's radio group, arrows to the level, Tab to the button, Enter.
            driver.executeScript("document.activeElement.blur(); window.scrollTo(0, 0);");
            rate(driver, keys, "cultivating-staff-relationships", 1);
            rate(driver, keys, "supporting-staff-well-being", 3);
            assertEquals(1L, driver.executeScript("return window.e2eFetches;"), "changing a radio fetches nothing");
            tabTo(driver, keys, "button[type=submit]");
            keys.sendKeys(Keys.ENTER).perform();
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> d.findElement(By.id("result")).getText().contains("Supporting Staff Well-Being: Level 3 of 3"));
            assertResult(driver);
            assertEquals("yes", driver.findElement(By.id("result")).getAttribute("data-original"),
                    "the result was rendered into the live region that was already there");
            assertEquals("result-title", driver.executeScript("return document.activeElement.id;"), "focus moved to the result heading");
            assertEquals("Where you are", driver.findElement(By.id("result-title")).getText());
            assertTrue(((String) driver.executeScript("return location.href;")).contains("cultivating-staff-relationships=1"),
                    "the card's URL is the shareable one");
            assertTrue(before.endsWith("/assessment?theme=light"), before);
            driver.switchTo().defaultContent();
            driver.executeScript("document.getElementById('e2e-assessment').scrollIntoView();");
            BrowserFixture.screenshot(driver, "portal-assessment-js.png");
        } finally {
            driver.quit();
        }
    }

    /** Tab (forwards) until the focused element matches {@code selector}. */
    private static void tabTo(ChromeDriver driver, Actions keys, String selector) {
        for (int i = 0; i < 200; i++) {
            if (Boolean.TRUE.equals(driver.executeScript("return document.activeElement.matches(arguments[0]);", selector))) {
                return;
            }
            keys.sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    /** Tab to the criterion's radio group (it lands on the checked "Not rated"), then arrow right to the level. */
    private static void rate(ChromeDriver driver, Actions keys, String criterion, int level) {
        tabTo(driver, keys, "input[type=radio][name='" + criterion + "']");
        for (int i = 0; i < level; i++) {
            keys.sendKeys(Keys.ARROW_RIGHT).perform();
        }
        assertTrue(driver.findElement(By.cssSelector("input[name='" + criterion + "'][value='" + level + "']")).isSelected(),
                criterion + " is rated " + level);
    }

    @Test
    void thePortalsAssessmentCardWorksWithoutJavaScript() throws Exception {
        PortalServers.serviceUrl = serviceUrl();
        ChromeDriver driver = BrowserFixture.start(false);
        try {
            driver.get(PortalServers.allowedOrigin() + "/");
            WebElement frame = driver.findElement(By.id("e2e-assessment"));
            driver.switchTo().frame(frame);
            assertEquals(Boolean.FALSE, isScriptRunning(driver), "no script runs in this browser");
            choose(driver, "cultivating-staff-relationships", 1);
            choose(driver, "supporting-staff-well-being", 3);
            driver.findElement(By.cssSelector("#assessment button[type=submit]")).click();
            // The frame reloads: an element found a moment ago may be gone.
            new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("result")).getText().contains("Where you are"));
            assertTrue(((String) driver.executeScript("return location.href;")).endsWith("#result"), "the form's action carries #result");
            Number top = (Number) driver.executeScript("return document.getElementById('result').getBoundingClientRect().top;");
            Number viewport = (Number) driver.executeScript("return window.innerHeight;");
            assertTrue(top.doubleValue() >= -1 && top.doubleValue() < viewport.doubleValue(),
                    "the result is in view after the reload: its top at " + top + " px in " + viewport + " px");
            assertResult(driver);
            assertTrue(driver.findElement(By.cssSelector("input[name=cultivating-staff-relationships][value='1']")).isSelected(),
                    "the submitted choices stay selected");
            driver.executeScript("document.getElementById('result').scrollIntoView();");
            driver.switchTo().defaultContent();
            BrowserFixture.screenshot(driver, "portal-assessment-nojs.png");
            // The shareable result page prints: its print stylesheet hides the form and shows the page URL.
            driver.get(serviceUrl() + "/view/resources/" + RUBRIC + "/assessment?cultivating-staff-relationships=1");
            assertFalse(driver.findElements(By.cssSelector("footer .print-only")).isEmpty());
        } finally {
            driver.quit();
        }
    }

    private static Object isScriptRunning(ChromeDriver driver) {
        // WebDriver's own scripts still run; the page's do not: the form script never marked the page.
        return !driver.findElements(By.cssSelector("html[data-e2e-ready]")).isEmpty();
    }

    private static void choose(ChromeDriver driver, String criterion, int level) {
        WebElement radio = driver.findElement(By.cssSelector("input[name='" + criterion + "'][value='" + level + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'});", radio);
        radio.click();
    }

    private static void assertResult(ChromeDriver driver) {
        String result = driver.findElement(By.id("result")).getText();
        String steps = driver.findElement(By.cssSelector("#result ol.steps")).getText();
        assertTrue(result.contains("Cultivating Staff Relationships: Level 1 of 3"), result);
        assertTrue(result.contains("Strong staff relationships organically form and there are some explicit, schoolwide efforts"),
                "the next level's text is the growth target");
        assertTrue(result.contains("You are at the top level."), result);
        assertTrue(result.contains("Set up a routine to honor educators’ efforts and contributions"), "a recommended action");
        assertTrue(steps.indexOf("How to build a teacher alliance") < steps.indexOf("Show colleagues grace"),
                "the lowest-rated criterion's steps come first");
        assertTrue(steps.contains("For Cultivating Staff Relationships."), "each step says which criterion it serves");
    }
}
