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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
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
                    List<WebElement> links = driver.findElements(By.cssSelector("a.more, footer.attribution a"));
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
    void thePortalsAssessmentCardWorksWithJavaScript() throws Exception {
        PortalServers.serviceUrl = serviceUrl();
        ChromeDriver driver = BrowserFixture.start(true);
        try {
            driver.get(PortalServers.allowedOrigin() + "/");
            WebElement frame = driver.findElement(By.id("e2e-assessment"));
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !frame.getAttribute("style").isEmpty());
            driver.switchTo().frame(frame);
            String before = (String) driver.executeScript("return location.href;");
            choose(driver, "cultivating-staff-relationships", 1);
            choose(driver, "supporting-staff-well-being", 3);
            // The script replaces the result section, so a section found a moment ago may be gone.
            new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("result")).getText().contains("Supporting Staff Well-Being: Level 3 of 3"));
            String result = driver.findElement(By.id("result")).getText();
            assertResult(result);
            assertTrue(((String) driver.executeScript("return location.href;")).contains("cultivating-staff-relationships=1"),
                    "the card's URL is the shareable one");
            assertTrue(before.endsWith("/assessment"), before);
            driver.executeScript("document.getElementById('result').scrollIntoView();");
            driver.switchTo().defaultContent();
            BrowserFixture.screenshot(driver, "portal-assessment-js.png");
        } finally {
            driver.quit();
        }
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
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("result")).getText()
                    .contains("Where you are"));
            assertResult(driver.findElement(By.id("result")).getText());
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

    private static void assertResult(String result) {
        assertTrue(result.contains("Cultivating Staff Relationships: Level 1 of 3"), result);
        assertTrue(result.contains("Strong staff relationships organically form and there are some explicit, schoolwide efforts"),
                "the next level's text is the growth target");
        assertTrue(result.contains("You are at the top level."), result);
        assertTrue(result.contains("Set up a routine to honor educators’ efforts and contributions"), "a recommended action");
        assertTrue(result.indexOf("How to build a teacher alliance") < result.indexOf("Show colleagues grace"),
                "the lowest-rated criterion's steps come first");
    }
}
