package org.e2e.embed;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import io.restassured.path.json.JsonPath;
import org.hamcrest.MatcherAssert;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.e2e.resource.ResourceEntity;
import org.e2e.resource.ResourceSection;
import org.e2e.resource.ResourceStatus;
import org.e2e.resource.ResourceType;
import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class EmbedTest {

    static final String CONROY = "/embed/resources/how-to-build-a-teacher-alliance";

    @Test
    void resourceCardIsSelfContainedAccessibleHtml() {
        String html = given().get(CONROY).then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("ETag", startsWith("\""))
                .header("X-Content-Type-Options", "nosniff")
                .extract().asString();
        assertAll(
                () -> MatcherAssert.assertThat(html, containsString("<html lang=\"en\" data-theme=\"auto\">")),
                // A card lives inside the portal's own landmarks: a labelled section, no main or footer of its own.
                () -> MatcherAssert.assertThat(html, containsString("<section id=\"content\" class=\"embed\" aria-label=\"How to build a teacher alliance\">")),
                () -> MatcherAssert.assertThat(html, not(containsString("<main"))),
                () -> MatcherAssert.assertThat(html, not(containsString("<footer"))),
                () -> MatcherAssert.assertThat(html, containsString("<h1 id=\"resource-title\">How to build a teacher alliance</h1>")),
                () -> MatcherAssert.assertThat(html, containsString("name=\"viewport\"")),
                () -> MatcherAssert.assertThat(html, containsString("View full resource")),
                () -> MatcherAssert.assertThat(html, containsString(
                        "href=\"https://e2e.example.test/view/resources/how-to-build-a-teacher-alliance\"")),
                () -> MatcherAssert.assertThat(html, containsString(
                        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://e2e.example.test/oembed?format=json&amp;url=https%3A%2F%2Fe2e.example.test%2Fembed%2Fresources%2Fhow-to-build-a-teacher-alliance\"")),
                () -> MatcherAssert.assertThat(html, containsString("e2e-embed:resize")),
                // No external assets: nothing is loaded from anywhere.
                () -> MatcherAssert.assertThat(html, not(containsString("<script src"))),
                () -> MatcherAssert.assertThat(html, not(containsString("<link rel=\"stylesheet\""))),
                () -> MatcherAssert.assertThat(html, not(containsString("<img"))));
    }

    @Test
    void cspLetsOnlyThePortalOriginsFrameTheCardAndAllowsOnlyItsOwnInlineAssets() {
        String csp = given().get(CONROY).then().statusCode(200).extract().header("Content-Security-Policy");
        MatcherAssert.assertThat(csp, containsString("frame-ancestors 'self' https://portal.district.example"));
        MatcherAssert.assertThat(csp, containsString("default-src 'none'"));
        MatcherAssert.assertThat(csp, containsString("script-src 'sha256-"));
        MatcherAssert.assertThat(csp, not(containsString("unsafe-inline")));
        given().get("/embed/frameworks/e2e-relationships/elements/beliefs").then().statusCode(200)
                .header("Content-Security-Policy", equalTo(csp));
        given().get("/view/resources/how-to-build-a-teacher-alliance").then().statusCode(200)
                .header("Content-Security-Policy", equalTo(csp));
    }

    @Test
    void themesAndFullViews() {
        given().get(CONROY + "?theme=dark").then().statusCode(200).body(containsString("data-theme=\"dark\""));
        given().get(CONROY + "?theme=neon").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].name", equalTo("theme"));
        given().get("/view/resources/3-steps-for-building-the-relationships-you-need-to-thrive").then().statusCode(200)
                .body(containsString("Something I hear is…"))
                .body(containsString("Switch roles, time permitting."))
                .body(not(containsString("View full resource")));
        given().get("/view/resources/staff-relationships-and-collaboration").then().statusCode(200)
                .body(containsString("<h3>Level 3</h3>"))
                .body(containsString("<a href=\"https://e2e.example.test/view/resources/staff-relationships-and-collaboration/assessment\">"
                        + "Rate your school with this rubric</a>"));
        given().get("/embed/resources/staff-relationships-and-collaboration?theme=dark").then().statusCode(200)
                .body(containsString("href=\"https://e2e.example.test/view/resources/staff-relationships-and-collaboration/assessment?theme=dark\""));
        given().get("/embed/frameworks/e2e-relationships/elements/beliefs").then().statusCode(200)
                .body(containsString("<h1 id=\"element-title\">Beliefs</h1>"))
                .body(containsString("9 recommended actions"))
                .body(containsString("Read all of Beliefs"))
                .body(not(containsString("View full resource"))).body(not(containsString("View on")));
        given().get("/view/frameworks/e2e-relationships/elements/beliefs").then().statusCode(200)
                .body(containsString("Be reliable: Tell your colleagues what you are going to do, then do it."))
                .body(containsString("3 Steps for Building the Relationships You Need to Thrive"));
    }

    @Test
    void unknownThingsAre404() {
        given().get("/embed/resources/nope").then().statusCode(404).contentType("application/problem+json");
        given().get("/embed/frameworks/e2e-relationships/elements/nope").then().statusCode(404);
        given().get("/embed/frameworks/nope/elements/beliefs").then().statusCode(404);
    }

    @Test
    void allContentIsEscaped() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            ResourceEntity r = new ResourceEntity();
            r.id = id;
            r.slug = "escaping-check-" + id.toString().substring(0, 8);
            r.title = "<script>alert('t')</script> & \"quotes\"";
            r.summary = "<img src=x onerror=alert(1)>";
            r.type = ResourceType.ARTICLE;
            r.audiences = new String[] { "teachers" };
            r.tags = new String[0];
            r.nodeIds = new UUID[0];
            r.author = "<b>author</b>";
            r.readingMinutes = 1;
            r.sections = List.of(new ResourceSection("body", "<h1>section</h1>", null, List.of(
                    new ResourceSection.ResourceBlock("paragraph", "</main><script>x()</script>", null, null, null, null, null))));
            r.searchText = "escaping";
            r.status = ResourceStatus.PUBLISHED;
            r.publishedAt = Instant.now();
            r.updatedAt = Instant.now();
            r.persist();
        });
        String slug = "escaping-check-" + id.toString().substring(0, 8);
        try {
            for (String path : List.of("/embed/resources/" + slug, "/view/resources/" + slug)) {
                String html = given().get(path).then().statusCode(200).extract().asString();
                MatcherAssert.assertThat(html, not(containsString("<script>alert")));
                MatcherAssert.assertThat(html, not(containsString("<img src=x")));
                MatcherAssert.assertThat(html, not(containsString("<b>author")));
                MatcherAssert.assertThat(html, containsString("&lt;script&gt;alert("));
            }
            String view = given().get("/view/resources/" + slug).then().extract().asString();
            MatcherAssert.assertThat(view, not(containsString("</main><script>x()")));
            MatcherAssert.assertThat(view, containsString("&lt;/main&gt;&lt;script&gt;x()"));

            // oEmbed: title and author_name are raw text (JSON); the html snippet a consumer inserts escapes them.
            JsonPath oembed = given().queryParam("url", "https://e2e.example.test/embed/resources/" + slug)
                    .get("/oembed").then().statusCode(200).extract().jsonPath();
            assertEquals("<script>alert('t')</script> & \"quotes\"", oembed.getString("title"));
            assertEquals("<b>author</b>", oembed.getString("author_name"));
            String snippet = oembed.getString("html");
            MatcherAssert.assertThat(snippet, not(containsString("<script")));
            MatcherAssert.assertThat(snippet, not(containsString("<b>")));
            MatcherAssert.assertThat(snippet,
                    containsString("title=\"&lt;script&gt;alert('t')&lt;/script&gt; &amp; &quot;quotes&quot;\""));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> ResourceEntity.deleteById(id));
        }
    }
}
