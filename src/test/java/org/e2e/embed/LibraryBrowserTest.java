package org.e2e.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The library page in Chromium: axe (WCAG 2.2 AA) finds nothing at 320, 768 and 1280 px in the light and dark themes
 * (screenshots in target/browser/library-*.png), with the suggestions open too; it is used with the keyboard only
 * (suggestions, search, a filter), the live region that announces the count is in the page before the first update
 * and stays the same element; without JavaScript it is a plain GET form; a preset hides its facet; inside the
 * example portal it posts its height; print shows the results without the controls.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
@QuarkusTestResource(value = PortalServers.class, restrictToAnnotatedClass = true)
class LibraryBrowserTest {

    @TestHTTPResource("/")
    URL service;

    String serviceUrl() {
        return service.toString().replaceAll("/+$", "");
    }

    @Test
    void accessibleAndWithinTheScreenAtEveryWidthAndTheme() throws Exception {
        ChromeDriver driver = BrowserFixture.start(true);
        try {
            for (String kind : List.of("embed", "view")) {
                for (int width : List.of(320, 768, 1280)) {
                    for (String theme : List.of("light", "dark")) {
                        String where = kind + " at " + width + " px, " + theme;
                        size(driver, width, 900);
                        driver.get(serviceUrl() + "/" + kind + "/library?q=trust&theme=" + theme);
                        assertEquals(List.of(), AxeScan.violations(driver), where);
                        assertEquals(Boolean.FALSE, driver.executeScript(
                                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;"),
                                "nothing overflows sideways: " + where);
                        assertFalse(driver.findElements(By.cssSelector(".hit mark")).isEmpty(), where + ": marked words");
                        if (kind.equals("embed")) {
                            fullPageScreenshot(driver, "library-" + width + "-" + theme + ".png");
                        }
                    }
                }
            }
            // The suggestions open: the combobox and its list box pass too.
            size(driver, 768, 900);
            driver.get(serviceUrl() + "/embed/library?theme=dark");
            WebElement box = driver.findElement(By.id("library-q"));
            box.click();
            box.sendKeys("rel");
            wait(driver).until(d -> d.findElement(By.id("library-suggestions")).isDisplayed());
            box.sendKeys(Keys.ARROW_DOWN);
            assertEquals(List.of(), AxeScan.violations(driver), "suggestions open");
            BrowserFixture.screenshot(driver, "library-suggestions-768-dark.png");
            // Print: the results, not the controls.
            driver.get(serviceUrl() + "/view/library?q=trust");
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertEquals("none", driver.executeScript("return getComputedStyle(document.getElementById('library')).display;"));
            assertEquals("none", driver.executeScript("return getComputedStyle(document.querySelector('.sortbar')).display;"));
            assertTrue(driver.findElement(By.cssSelector(".hits")).isDisplayed());
            assertTrue(driver.findElement(By.cssSelector("footer .print-only")).isDisplayed(), "the printed page names its URL");
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        } finally {
            driver.quit();
        }
    }

    @Test
    void keyboardOnlySearchAndFilterAnnouncedInTheLiveRegion() throws Exception {
        ChromeDriver driver = BrowserFixture.start(true);
        try {
            size(driver, 1280, 900);
            driver.get(serviceUrl() + "/embed/library");
            // The live region is in the page as served, before any update, and keeps being the same element.
            WebElement status = driver.findElement(By.id("library-status"));
            assertEquals("status", status.getAttribute("role"));
            assertEquals("polite", status.getAttribute("aria-live"));
            assertEquals("4 resources.", status.getText());
            driver.executeScript("window.liveRegion = document.getElementById('library-status');");
            Actions keys = new Actions(driver);
            keys.sendKeys(Keys.TAB).perform();
            assertEquals("library-q", active(driver), "the search box is the first stop");
            assertEquals("combobox", driver.findElement(By.id("library-q")).getAttribute("role"));
            keys.sendKeys("teacher all").perform();
            wait(driver).until(d -> d.findElement(By.id("library-suggestions")).isDisplayed());
            keys.sendKeys(Keys.ARROW_DOWN).perform();
            WebElement box = driver.findElement(By.id("library-q"));
            String option = box.getAttribute("aria-activedescendant");
            assertNotNull(option, "arrow down makes a suggestion active");
            assertEquals("true", driver.findElement(By.id(option)).getAttribute("aria-selected"));
            assertEquals("true", box.getAttribute("aria-expanded"));
            String chosen = driver.findElement(By.id(option)).getAttribute("data-value");
            keys.sendKeys(Keys.ENTER).perform();
            wait(driver).until(d -> d.findElement(By.id("library-status")).getText().contains("for “" + chosen + "”"));
            assertEquals(chosen, box.getAttribute("value"));
            assertEquals("false", box.getAttribute("aria-expanded"));
            assertTrue(url(driver).contains("q="), url(driver));
            // A plain search with Enter.
            box.clear();
            driver.executeScript("arguments[0].focus();", box);
            keys.sendKeys("trust").perform();
            wait(driver).until(d -> d.findElement(By.id("library-suggestions")).isDisplayed());
            keys.sendKeys(Keys.ESCAPE).perform(); // closes the list and keeps what is typed
            assertFalse(driver.findElement(By.id("library-suggestions")).isDisplayed());
            assertEquals("trust", box.getAttribute("value"));
            keys.sendKeys(Keys.ENTER).perform();
            wait(driver).until(d -> d.findElement(By.id("library-status")).getText().endsWith("for “trust”."));
            assertTrue(url(driver).endsWith("/embed/library?preset=&q=trust"), url(driver));
            // Tab to the first type checkbox and tick it with the space bar: the results update, focus stays on it.
            String first = driver.findElement(By.cssSelector("#library-filters input[type=checkbox]")).getAttribute("id");
            for (int pressed = 0; pressed < 10 && !first.equals(active(driver)); pressed++) {
                keys.sendKeys(Keys.TAB).perform();
            }
            assertEquals(first, active(driver), "the keyboard reaches the filters");
            assertTrue(hasVisibleFocus(driver), "the focused checkbox shows its focus");
            String value = driver.findElement(By.id(first)).getAttribute("value");
            keys.sendKeys(Keys.SPACE).perform();
            wait(driver).ignoring(StaleElementReferenceException.class).until(d -> url(d).contains("type=" + value)
                    && d.findElement(By.id("library-status")).getText().contains("with the chosen filters"));
            assertTrue(driver.findElement(By.id(first)).isSelected());
            assertEquals(first, active(driver), "focus stays on the ticked box after the update");
            assertEquals(Boolean.TRUE, driver.executeScript(
                    "return window.liveRegion === document.getElementById('library-status');"),
                    "the live region was updated, not replaced");
            // Reload the shared URL: the same state.
            String shared = url(driver);
            driver.get(shared);
            assertTrue(driver.findElement(By.id(first)).isSelected(), "the URL is the state");
            assertTrue(driver.findElement(By.id("library-status")).getText().contains("for “trust” with the chosen filters"));
        } finally {
            driver.quit();
        }
    }

    @Test
    void withoutJavaScriptItIsAPlainGetForm() throws Exception {
        ChromeDriver driver = BrowserFixture.start(false);
        try {
            size(driver, 768, 900);
            driver.get(serviceUrl() + "/view/library");
            assertTrue(driver.findElements(By.cssSelector("html[data-e2e-ready]")).isEmpty(), "no script ran");
            assertTrue(driver.findElement(By.cssSelector("#library-filters button.apply")).isDisplayed(),
                    "without a script the filters have their own button");
            driver.findElement(By.id("library-q")).sendKeys("teacher");
            WebElement teachers = driver.findElement(By.id("f-audience-teachers"));
            driver.executeScript("arguments[0].scrollIntoView({block:'center'});", teachers);
            teachers.click();
            driver.findElement(By.cssSelector(".searchbar button[type=submit]")).click();
            wait(driver).until(d -> url(d).contains("q=teacher"));
            String url = url(driver);
            assertTrue(url.contains("/view/library?preset=&q=teacher&audience=teachers"), url);
            assertTrue(driver.findElement(By.id("f-audience-teachers")).isSelected(), "the ticked box stays ticked");
            assertEquals("teacher", driver.findElement(By.id("library-q")).getAttribute("value"));
            assertTrue(driver.findElement(By.id("library-status")).getText().contains("for “teacher” with the chosen filters"));
            assertFalse(driver.findElements(By.cssSelector(".hit mark")).isEmpty());
            BrowserFixture.screenshot(driver, "library-nojs-768.png");
        } finally {
            driver.quit();
        }
    }

    @Test
    void theExamplePortalsTeachersLibraryHidesItsPresetFacetAndTakesItsHeight() throws Exception {
        PortalServers.serviceUrl = serviceUrl();
        ChromeDriver driver = BrowserFixture.start(true);
        try {
            size(driver, 1280, 900);
            driver.get(PortalServers.allowedOrigin() + "/");
            WebElement frame = driver.findElement(By.id("e2e-library"));
            driver.executeScript("arguments[0].scrollIntoView();", frame); // it loads lazily
            wait(driver).until(d -> frame.getAttribute("style").contains("height"));
            driver.switchTo().frame(frame);
            assertTrue(driver.findElements(By.xpath("//legend[text()='Audience']")).isEmpty(), "the preset's facet is hidden");
            assertFalse(driver.findElements(By.xpath("//legend[text()='Type']")).isEmpty());
            assertTrue(driver.findElement(By.cssSelector(".library-head")).getText().contains("only resources for Teachers"));
            WebElement article = driver.findElement(By.id("f-type-article"));
            article.click();
            wait(driver).ignoring(StaleElementReferenceException.class).until(d -> url(d).contains("type=article"));
            String url = url(driver);
            assertTrue(url.contains("preset=audience") && url.contains("audience=teachers"), "the preset is kept: " + url);
            assertTrue(driver.findElements(By.xpath("//legend[text()='Audience']")).isEmpty(), "still hidden");
            assertEquals("2 resources with the chosen filters.", driver.findElement(By.id("library-status")).getText());
            int content = ((Number) driver.executeScript(
                    "return Math.ceil(document.documentElement.getBoundingClientRect().height);")).intValue();
            driver.switchTo().defaultContent();
            // The page posted its new height and the portal's host script sized the frame to it.
            wait(driver).until(d -> frame.getCssValue("height").equals(content + "px"));
            driver.executeScript("arguments[0].scrollIntoView();", frame);
            BrowserFixture.screenshot(driver, "portal-library-teachers.png");
        } finally {
            driver.quit();
        }
    }

    private static void size(ChromeDriver driver, int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    private static WebDriverWait wait(ChromeDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.withMessage(() -> "the page says '" + driver.executeScript("var s = document.getElementById('library-status');"
                + "return s && s.textContent;") + "' at " + url(driver));
        return wait;
    }

    private static String url(WebDriver driver) {
        return (String) ((ChromeDriver) driver).executeScript("return location.href;");
    }

    private static String active(ChromeDriver driver) {
        return (String) driver.executeScript("return document.activeElement && document.activeElement.id;");
    }

    private static boolean hasVisibleFocus(ChromeDriver driver) {
        return (Boolean) driver.executeScript("var s = getComputedStyle(document.activeElement);"
                + "return document.activeElement.matches(':focus-visible') && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;");
    }

    /** The whole page: the viewport is made as tall as the page first. */
    private static void fullPageScreenshot(ChromeDriver driver, String name) throws Exception {
        // The viewport's own width (innerWidth), not the page's less its scroll bar, so the layout stays the one checked.
        long width = (Long) driver.executeScript("return window.innerWidth;");
        long height = (Long) driver.executeScript("return Math.ceil(document.documentElement.getBoundingClientRect().height);");
        size(driver, (int) width, (int) Math.max(height, 200));
        BrowserFixture.screenshot(driver, name);
    }
}
