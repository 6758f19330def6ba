package org.e2e.embed;

import org.openqa.selenium.Dimension;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The embed as a district portal uses it, in Debian's headless Chromium driven through chromedriver (nothing is
 * downloaded): the example portal page frames a card, the card renders, posts its height and the host script
 * resizes the iframe; a portal outside the allowlist is refused framing. Screenshots go to target/browser/.
 * Without /usr/bin/chromium or /usr/bin/chromedriver every test is skipped, each by an assumption naming what is
 * missing (an assumption in @BeforeAll would abort the class silently: "Tests run: 0, Skipped: 0"), unless
 * E2E_REQUIRE_BROWSER=true (as in CI), which makes it fail. The system properties browser.chromium and browser.chromedriver
 * name other binaries.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
@QuarkusTestResource(value = PortalServers.class, restrictToAnnotatedClass = true)
class BrowserEmbedTest {

    static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "browser");

    static WebDriver driver;
    /** What is missing to run the browser tests, or null. */
    static String missing;

    @TestHTTPResource("/")
    URL service;

    @BeforeAll
    static void startBrowser() throws Exception {
        List<String> absent = Stream.of(CHROMIUM, CHROMEDRIVER).filter(binary -> !new File(binary).canExecute()).toList();
        if (!absent.isEmpty()) {
            missing = String.join(" and ", absent) + " missing (apt-get install chromium chromium-driver)";
            if ("true".equals(System.getenv("E2E_REQUIRE_BROWSER"))) {
                throw new IllegalStateException("E2E_REQUIRE_BROWSER is set but " + missing);
            }
            return;
        }
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1024,900",
                "--user-data-dir=" + Files.createTempDirectory("browser.chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService driverService = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(driverService, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @BeforeEach
    void browserPresent() {
        Assumptions.assumeTrue(missing == null, () -> "Browser test skipped: " + missing);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    String serviceUrl() {
        return service.toString().replaceAll("/+$", "");
    }

    @Test
    void anAllowedPortalShowsTheCardAndResizesItsIframe() throws Exception {
        PortalServers.serviceUrl = serviceUrl();
        driver.get(PortalServers.allowedOrigin() + "/");
        WebElement frame = driver.findElement(By.id("e2e-card"));
        int snippet = given().queryParam("url", OEmbedTest.BASE + "/embed/resources/how-to-build-a-teacher-alliance")
                .get("/oembed").then().statusCode(200).extract().path("height");
        assertEquals(String.valueOf(snippet), frame.getAttribute("height"), "the portal uses oEmbed's default snippet");
        assertTrue(frame.getAttribute("src").endsWith("?theme=light"), "a light-only portal asks for the light theme");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> frame.getAttribute("style").contains("height"));
        int resized = frame.getSize().getHeight();

        driver.switchTo().frame(frame);
        String title = driver.findElement(By.cssSelector("h1#resource-title")).getText();
        long contentHeight = (Long) ((JavascriptExecutor) driver)
                .executeScript("return Math.ceil(document.documentElement.getBoundingClientRect().height);");
        driver.switchTo().defaultContent();

        assertEquals("How to build a teacher alliance", title);
        assertTrue(frame.getAttribute("style").contains("height"), "the host script set the iframe's height");
        assertTrue(resized <= snippet, "the card fits the snippet's height: " + resized + " px of " + snippet);
        assertEquals(contentHeight, resized, "the iframe is exactly as tall as the card's content");
        screenshot("portal-allowed.png");
    }

    @Test
    void aPortalOutsideTheAllowlistIsRefusedFraming() throws Exception {
        PortalServers.serviceUrl = serviceUrl();
        driver.get(PortalServers.refusedOrigin() + "/");
        WebElement frame = driver.findElement(By.id("e2e-card"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> browserLog().stream()
                .anyMatch(e -> e.getMessage().contains("frame-ancestors")));
        assertFalse(frame.getAttribute("style").contains("height"), "no card ran inside the frame, so nothing resized it");
        assertEquals(Integer.parseInt(frame.getAttribute("height")), frame.getSize().getHeight());
        driver.switchTo().frame(frame);
        List<WebElement> titles = driver.findElements(By.cssSelector("h1#resource-title"));
        driver.switchTo().defaultContent();
        assertTrue(titles.isEmpty(), "the refused frame shows no card");
        screenshot("portal-refused.png");
    }

    @Test
    void theCardFitsA320PixelColumnWithoutHorizontalScrolling() throws Exception {
        driver.manage().window().setSize(new Dimension(320, 800));
        try {
            for (String path : List.of("/embed/resources/3-steps-for-building-the-relationships-you-need-to-thrive",
                    "/embed/frameworks/e2e-relationships/elements/beliefs?theme=dark",
                    "/view/resources/staff-relationships-and-collaboration")) {
                driver.get(serviceUrl() + path);
                long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertEquals(0, overflow, path + " scrolls horizontally at 320 px");
                assertEquals(1, driver.findElements(By.cssSelector("#content h1")).size(), path);
            }
            screenshot("cards-320px.png");
        } finally {
            driver.manage().window().setSize(new Dimension(1024, 900));
        }
    }

    private static List<LogEntry> browserLog() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
