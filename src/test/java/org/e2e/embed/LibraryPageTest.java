package org.e2e.embed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The library page's HTML over HTTP: what it lists and counts, that everything it echoes is escaped, its CSP, its
 * presets, pages and shareable links, oEmbed for it, and the 400 page for bad parameters (HTML, never a JSON problem).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class LibraryPageTest {

    static final String LIBRARY = "/embed/library";

    @Test
    void theWholeLibraryWithFacetCountsAndALiveRegion() {
        String html = given().get(LIBRARY).then().statusCode(200).contentType(startsWith("text/html"))
                .header("ETag", startsWith("\"")).header("X-Content-Type-Options", "nosniff").extract().asString();
        assertThat(html, containsString("<p id=\"library-status\" class=\"status\" role=\"status\" aria-live=\"polite\" "
                + "aria-atomic=\"true\">4 resources.</p>"));
        assertThat(html, containsString("<form id=\"library\" class=\"library-form\" role=\"search\" aria-label=\"Library\" "
                + "method=\"get\" action=\"/embed/library\">"));
        for (String legend : new String[] { "Type", "Audience", "Framework layer", "Framework element", "Tag" }) {
            assertThat(html, containsString("<legend>" + legend + "</legend>"));
        }
        // Three of the four resources are for teachers; the rubric is the only rubric.
        assertThat(html, containsString("<input type=\"checkbox\" id=\"f-audience-teachers\" name=\"audience\" value=\"teachers\">"
                + "<label for=\"f-audience-teachers\">Teachers <span class=\"count\">(3<span class=\"visually-hidden\"> resources</span>)</span></label>"));
        assertThat(html, containsString("<label for=\"f-type-rubric\">Rubric <span class=\"count\">(1<span class=\"visually-hidden\"> resource</span>)</span></label>"));
        assertThat(html, containsString("<a href=\"https://e2e.example.test/view/resources/how-to-build-a-teacher-alliance\" "
                + "target=\"_blank\" rel=\"noopener\">How to build a teacher alliance<span class=\"visually-hidden\"> (opens in a new tab)</span></a>"));
        assertThat(html, containsString("<input type=\"hidden\" name=\"preset\" value=\"\">"));
        assertThat(html, containsString("<link rel=\"alternate\" type=\"application/json+oembed\" "
                + "href=\"https://e2e.example.test/oembed?format=json&amp;url=https%3A%2F%2Fe2e.example.test%2Fembed%2Flibrary\""));
        assertThat(html, containsString("e2e-embed:resize"));
        assertThat(html, not(containsString("<script src")));
        // The view page opens results in the same tab.
        String view = given().get("/view/library").then().statusCode(200).extract().asString();
        assertThat(view, containsString("<a href=\"https://e2e.example.test/view/resources/how-to-build-a-teacher-alliance\">"));
        assertThat(view, containsString("action=\"/view/library\""));
    }

    @Test
    void aQueryFindsHighlightedSnippetsAndEverythingEchoedIsEscaped() {
        String html = given().queryParam("q", "trust").get(LIBRARY).then().statusCode(200).extract().asString();
        assertThat(html, containsString("<mark>"));
        assertThat(html, not(containsString("&lt;mark&gt;")));
        assertThat(html, containsString("value=\"trust\""));
        assertThat(html, containsString("resources for “trust”"));
        assertThat(html, containsString("<option value=\"\" selected>Best match</option><option value=\"title\">"));
        String hostile = "<script>alert('x')</script>\" onfocus=\"alert(1)";
        String escaped = given().queryParam("q", hostile).get(LIBRARY).then().statusCode(200).extract().asString();
        assertThat(escaped, not(containsString("<script>alert")));
        assertThat(escaped, not(containsString("\" onfocus=\"alert(1)")));
        assertThat(escaped, containsString("value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; onfocus=&quot;alert(1)\""));
        assertThat(escaped, containsString("<title>“&lt;script&gt;"));
    }

    @Test
    void theCspAllowsOnlyItsOwnInlineAssetsAndThePortalOrigins() throws Exception {
        String card = given().get("/embed/resources/how-to-build-a-teacher-alliance").then().statusCode(200).extract()
                .header("Content-Security-Policy");
        String csp = given().get(LIBRARY).then().statusCode(200).extract().header("Content-Security-Policy");
        assertEquals(card, csp, "the library and the cards share one policy");
        assertThat(csp, containsString("frame-ancestors 'self' https://portal.district.example"));
        assertThat(csp, containsString("connect-src 'self'"));
        assertThat(csp, containsString("form-action 'self'"));
        assertThat(csp, not(containsString("unsafe-inline")));
        String html = given().get("/view/library").then().statusCode(200).header("Content-Security-Policy", equalTo(csp))
                .extract().asString();
        Matcher scripts = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        int count = 0;
        while (scripts.find()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(scripts.group(1).getBytes(StandardCharsets.UTF_8));
            assertThat(csp, containsString("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'"));
            count++;
        }
        assertEquals(2, count, "the resize script and the library's script, each allowed by its hash");
    }

    @Test
    void aPresetHidesItsFacetAndEverySearchKeepsIt() {
        String html = given().get(LIBRARY + "?audience=teachers").then().statusCode(200).extract().asString();
        assertThat(html, not(containsString("<legend>Audience</legend>")));
        assertThat(html, not(containsString("id=\"f-audience-teachers\""))); // no checkbox
        assertThat(html, containsString("<input type=\"hidden\" name=\"preset\" value=\"audience\">"));
        assertThat(html, containsString("<input type=\"hidden\" name=\"audience\" value=\"teachers\">"));
        assertThat(html, containsString("This library shows only resources for Teachers."));
        assertThat(html, containsString(">3 resources.</p>"));
        assertThat(html, not(containsString("Staff Relationships and Collaboration</a>"))); // not for teachers
        // What the form sends: the preset stays a preset, a ticked type is a choice.
        String searched = given().get(LIBRARY + "?preset=audience&audience=teachers&q=&type=article&sort=").then()
                .statusCode(200).extract().asString();
        assertThat(searched, not(containsString("<legend>Audience</legend>")));
        assertThat(searched, containsString("name=\"type\" value=\"article\" checked>"));
        assertThat(searched, containsString(">2 resources with the chosen filters.</p>"));
        // Without presets, ticking Teachers keeps the facet, with the box ticked.
        String chosen = given().get(LIBRARY + "?preset=&audience=teachers").then().statusCode(200).extract().asString();
        assertThat(chosen, containsString("<legend>Audience</legend>"));
        assertThat(chosen, containsString("name=\"audience\" value=\"teachers\" checked>"));
    }

    @Test
    void pagesLinkToEachOtherWithTheWholeState() {
        String first = given().get(LIBRARY + "?preset=&type=article&size=1&theme=dark").then().statusCode(200)
                .extract().asString();
        assertThat(first, containsString("2 resources with the chosen filters, page 1 of 2."));
        assertThat(first, containsString("<a href=\"/embed/library?theme=dark&amp;preset=&amp;type=article"
                + "&amp;page=2&amp;size=1\" rel=\"next\">Next page</a>"));
        assertThat(first, containsString("<input type=\"hidden\" name=\"size\" value=\"1\">"));
        assertThat(first, containsString("<input type=\"hidden\" name=\"theme\" value=\"dark\">"));
        assertThat(first, containsString("https://e2e.example.test/view/resources/"));
        assertThat(first, containsString("?theme=dark\" target=\"_blank\""));
        String second = given().get(LIBRARY + "?theme=dark&preset=&type=article&page=2&size=1").then()
                .statusCode(200).extract().asString();
        assertThat(second, containsString("rel=\"prev\">Previous page</a>"));
        assertThat(second, not(containsString("rel=\"next\"")));
        assertThat(second, containsString("<link rel=\"canonical\" href=\"https://e2e.example.test/embed/library?preset=&amp;"
                + "type=article&amp;page=2&amp;size=1&amp;theme=dark\">"));
    }

    @Test
    void badParametersAnswer400WithThePageAndEveryMessage() {
        String html = given().get(LIBRARY + "?audience=parents&size=0&q=kept").then().statusCode(400)
                .contentType(startsWith("text/html")).header("Content-Security-Policy", containsString("frame-ancestors"))
                .extract().asString();
        assertThat(html, containsString("role=\"alert\""));
        assertThat(html, containsString("‘audience’ must be one of teachers, school-youth-program-staff, "
                + "school-youth-organization-leaders, district-leaders, not &#39;parents&#39;."));
        assertThat(html, containsString("‘size’ must be an integer between 1 and 100, not 0."));
        assertThat(html, containsString("value=\"kept\""));
        assertThat(html, containsString("<a href=\"/embed/library\">Show the whole library</a>"));
        assertThat(html, containsString("id=\"library-status\""));
        assertThat(html, not(containsString("urn:e2e:problem")));
        // What only the engine can tell (an unknown element), a theme, a preset and a page past the last allowed one.
        given().get("/view/library?element=no-such-element").then().statusCode(400).contentType(startsWith("text/html"))
                .body(containsString("names no element of any framework: &#39;no-such-element&#39;"));
        given().get(LIBRARY + "?theme=neon").then().statusCode(400).contentType(startsWith("text/html"))
                .body(containsString("‘theme’ must be light, dark or auto."));
        given().get(LIBRARY + "?preset=colour&type=rubric").then().statusCode(400).contentType(startsWith("text/html"))
                .body(containsString("‘preset’ must name only"));
        given().get(LIBRARY + "?page=100000&size=100").then().statusCode(400).contentType(startsWith("text/html"))
                .body(containsString("‘page’ reaches past the first"));
        // A form left empty is the whole library, and relevance without a query is the title order.
        given().get(LIBRARY + "?preset=&q=&sort=relevance&page=&size=").then().statusCode(200)
                .body(containsString(">4 resources.</p>"))
                .body(containsString("<option value=\"\" selected>Title, A to Z</option>"));
    }

    @Test
    void oEmbedForTheLibraryKeepsItsQuery() {
        String url = OEmbedTest.BASE + "/view/library?audience=teachers&q=trust&theme=dark";
        given().queryParam("url", url).get("/oembed").then().statusCode(200)
                .body("type", equalTo("rich"))
                .body("title", equalTo("“trust” · Resource library"))
                .body("html", containsString("src=\"https://e2e.example.test/embed/library?theme=dark&amp;q=trust&amp;audience=teachers\""))
                .body("width", equalTo(480));
        given().queryParam("url", OEmbedTest.BASE + "/embed/library?type=poster").get("/oembed").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].name", equalTo("type"));
        given().queryParam("url", OEmbedTest.BASE + "/embed/library?q=%zz").get("/oembed").then().statusCode(400)
                .body("errors[0].name", equalTo("url"));
    }
}
