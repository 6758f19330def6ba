package org.e2e.embed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The framework picture's card and view page in Chromium, at 320, 768 and 1280 px in the light and dark themes
 * (screenshots in target/browser/diagram-*.png): every layer and element of the published tree is in the picture
 * shown and is a link to its page; the keyboard reaches them in the layers' order, each with a visible focus ring;
 * axe finds nothing; nothing overflows; print shows the wide picture.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class DiagramBrowserTest {

    static final String PATH = "/frameworks/e2e-relationships/diagram";

    @TestHTTPResource("/")
    URL service;

    @Test
    void everyLayerAndElementIsALinkInTheLayersOrderAtEveryWidthAndTheme() throws Exception {
        List<String> expectedOrder = new ArrayList<>();
        List<String> elementSlugs = new ArrayList<>();
        List<Map<String, Object>> layers = given().get("/api/v1" + PATH.replace("/diagram", "")).then().statusCode(200)
                .extract().jsonPath().getList("layers");
        for (Map<String, Object> layer : layers) {
            expectedOrder.add(layer.get("title") + " " + layer.get("subtitle"));
            for (Map<String, Object> element : (List<Map<String, Object>>) layer.get("elements")) {
                expectedOrder.add((String) element.get("title"));
                elementSlugs.add((String) element.get("slug"));
            }
        }
        ChromeDriver driver = BrowserFixture.start(true);
        try {
            for (String kind : List.of("embed", "view")) {
                for (int width : List.of(320, 768, 1280)) {
                    for (String theme : List.of("light", "dark")) {
                        String where = kind + " at " + width + " px, " + theme;
                        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
                        driver.get(service.toString().replaceAll("/+$", "") + "/" + kind + PATH + "?theme=" + theme);
                        assertEquals(List.of(), AxeScan.violations(driver), where);
                        assertEquals(Boolean.FALSE, driver.executeScript(
                                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;"),
                                "nothing overflows sideways: " + where);
                        List<String> shown = visibleLinks(driver);
                        assertEquals(expectedOrder.size(), shown.size(), where + ": " + shown);
                        String suffix = kind.equals("embed") ? " (opens in a new tab)" : "";
                        for (int i = 0; i < expectedOrder.size(); i++) {
                            assertEquals(expectedOrder.get(i) + suffix, shown.get(i).split("\n")[0], where);
                        }
                        List<String> hrefs = shown.stream().map(s -> s.split("\n")[1]).toList();
                        for (String slug : elementSlugs) {
                            String view = "/view/frameworks/e2e-relationships/elements/" + slug + "?theme=" + theme;
                            assertTrue(hrefs.stream().anyMatch(h -> h.endsWith(view)), where + ": a link to " + view + " in " + hrefs);
                        }
                        assertEquals(expectedOrder, tabOrder(driver, expectedOrder.size()).stream()
                                .map(name -> name.replace(suffix, "")).toList(), "keyboard order follows the layers: " + where);
                        fullPageScreenshot(driver, "diagram-" + kind + "-" + width + "-" + theme + ".png");
                    }
                }
            }
            // Print: the wide picture, whatever the width of the screen.
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 320, "height", 900, "deviceScaleFactor", 1, "mobile", false));
            driver.get(service.toString().replaceAll("/+$", "") + "/view" + PATH);
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertEquals("block", driver.executeScript("return getComputedStyle(document.querySelector('svg.diagram-wide')).display;"));
            assertEquals("none", driver.executeScript("return getComputedStyle(document.querySelector('svg.diagram-narrow')).display;"));
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        } finally {
            driver.quit();
        }
    }

    /** Each link of the picture shown (the other layout is not displayed): its accessible name, a newline, its href. */
    @SuppressWarnings("unchecked")
    static List<String> visibleLinks(ChromeDriver driver) {
        return (List<String>) driver.executeScript("return Array.from(document.querySelectorAll('figure svg a'))"
                + ".filter(function (a) { return a.getClientRects().length > 0; })"
                + ".map(function (a) { return a.getAttribute('aria-label') + '\\n' + a.getAttribute('href'); });");
    }

    /**
     * The names of the picture's links in the order Tab reaches them from the top of the page, each checked for a
     * visible focus ring (its chip or header outlined 4 px wide in the accent colour).
     */
    static List<String> tabOrder(ChromeDriver driver, int count) {
        driver.executeScript("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur();");
        List<String> names = new ArrayList<>();
        Actions keys = new Actions(driver);
        for (int pressed = 0; pressed < count + 10 && names.size() < count; pressed++) {
            keys.sendKeys(Keys.TAB).perform();
            Object name = driver.executeScript("var a = document.activeElement;"
                    + "if (!a || !a.closest('figure svg')) return null;"
                    + "var ring = getComputedStyle(a.querySelector('rect'));"
                    + "return ring.strokeWidth === '4px' && ring.stroke !== 'none' && ring.stroke !== 'rgba(0, 0, 0, 0)'"
                    + " ? a.getAttribute('aria-label') : 'no visible focus on ' + a.getAttribute('aria-label');");
            if (name != null) {
                names.add((String) name);
            }
        }
        return names;
    }

    static void fullPageScreenshot(ChromeDriver driver, String name) throws Exception {
        long width = (Long) driver.executeScript("return document.documentElement.clientWidth;");
        long height = (Long) driver.executeScript("return Math.ceil(document.documentElement.getBoundingClientRect().height);");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", Math.max(height, 200), "deviceScaleFactor", 1, "mobile", false));
        BrowserFixture.screenshot(driver, name);
    }
}
