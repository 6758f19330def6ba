package org.e2e.embed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * axe-core over every embed and view page the service serves (every resource, every element, the self-assessment
 * blank, with a result and with a bad link, the framework picture) in the light and dark themes at 320, 768 and 1280 px
 * and in the auto theme (the reader preferring dark) at 768 px: no WCAG 2.2 A/AA or best-practice violation, nothing scrolls
 * sideways. Screenshots of each page at each width in light and dark go to target/browser/a11y/.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class AccessibilityBrowserTest {

    static final String RUBRIC = "/resources/staff-relationships-and-collaboration/assessment";

    @TestHTTPResource("/")
    URL service;

    @Test
    void everyPageInEveryThemeAndWidthHasNoViolations() throws Exception {
        List<String> paths = new ArrayList<>();
        given().get("/api/v1/resources?size=100").then().statusCode(200).extract().jsonPath().getList("items.slug", String.class)
                .forEach(slug -> paths.add("/resources/" + slug));
        given().get("/api/v1/frameworks/e2e-relationships").then().statusCode(200).extract().jsonPath()
                .getList("layers.elements.flatten().slug", String.class)
                .forEach(slug -> paths.add("/frameworks/e2e-relationships/elements/" + slug));
        paths.addAll(List.of(RUBRIC, RUBRIC + "?cultivating-staff-relationships=1&supporting-staff-well-being=3",
                RUBRIC + "?cultivating-staff-relationships=9", "/frameworks/e2e-relationships/diagram"));
        List<String> failures = new ArrayList<>();
        int scans = 0;
        ChromeDriver driver = BrowserFixture.start(true);
        try {
            for (int width : List.of(320, 768, 1280)) {
                for (String theme : width == 768 ? List.of("light", "dark", "auto") : List.of("light", "dark")) {
                    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                            Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
                    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                            List.of(Map.of("name", "prefers-color-scheme", "value", theme.equals("light") ? "light" : "dark"))));
                    for (String kind : List.of("/embed", "/view")) {
                        for (String path : paths) {
                            String url = kind + path + (path.contains("?") ? "&" : "?") + "theme=" + theme;
                            driver.get(service.toString().replaceAll("/+$", "") + url);
                            scans++;
                            AxeScan.violations(driver).forEach(v -> failures.add(url + " at " + width + " px: " + v));
                            if (Boolean.TRUE.equals(driver.executeScript(
                                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth;"))) {
                                failures.add(url + " at " + width + " px scrolls sideways");
                            }
                            if (!theme.equals("auto")) {
                                String name = (kind + path).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
                                DiagramBrowserTest.fullPageScreenshot(driver, "a11y/" + name + "-" + width + "-" + theme + ".png");
                                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                                        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
                            }
                        }
                    }
                }
            }
        } finally {
            driver.quit();
        }
        System.out.println("AccessibilityBrowserTest: " + scans + " axe scans, " + failures.size() + " violations");
        assertEquals(List.of(), failures);
    }
}
