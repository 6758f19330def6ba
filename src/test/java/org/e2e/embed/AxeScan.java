package org.e2e.embed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (the npm package pinned in src/test/a11y, installed by {@code npm ci --prefix src/test/a11y}, as CI does)
 * run in the page Chromium shows: WCAG 2.0, 2.1 and 2.2 A and AA rules and axe's best practices. Without the package
 * the scan is skipped, unless E2E_REQUIRE_BROWSER=true, which makes it fail.
 */
final class AxeScan {

    static final Path AXE = Path.of("src", "test", "a11y", "node_modules", "axe-core", "axe.min.js");
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    private static String source;

    private AxeScan() {
    }

    /** The violations on the page now, one line each (rule, impact and the first offending element); empty when none. */
    static List<String> violations(ChromeDriver driver) throws Exception {
        if (source == null) {
            if (!Files.isReadable(AXE)) {
                String missing = AXE + " is missing: npm ci --prefix src/test/a11y";
                if ("true".equals(System.getenv("E2E_REQUIRE_BROWSER"))) {
                    throw new IllegalStateException(missing);
                }
                Assumptions.assumeTrue(false, missing);
            }
            source = Files.readString(AXE);
        }
        driver.executeScript(source);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                        + ".then(function (r) { done(r.violations.map(function (v) { return {id: v.id, impact: v.impact,"
                        + " target: JSON.stringify(v.nodes[0].target), html: v.nodes[0].html, count: v.nodes.length}; })); })"
                        + ".catch(function (e) { done([{id: 'axe-error', impact: String(e), target: '', html: '', count: 0}]); });",
                TAGS);
        return found.stream().map(v -> v.get("id") + " (" + v.get("impact") + ", " + v.get("count") + " nodes) at "
                + v.get("target") + ": " + v.get("html")).toList();
    }
}
