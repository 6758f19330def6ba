package org.e2e.embed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.e2e.authoring.AuthoringProfile;
import org.e2e.support.PostgresTestDatabase;
import org.e2e.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A published resource whose title and text hold markup is shown as text on the library page: the title escaped
 * by the template, the snippet escaped by the engine with only its own {@code <mark>} left as HTML.
 */
@QuarkusTest
@TestProfile(AuthoringProfile.class)
@QuarkusTestResource(PostgresTestDatabase.class)
class LibraryContentEscapingTest {

    @Test
    void markupInAResourceIsShownAsText() {
        String document = """
                {"slug":"markup-in-the-text","title":"Tools <em>&</em> \\"tricks\\"","summary":"A <b>bold</b> summary.",
                 "type":"tool-playbook","audiences":["school-youth-program-staff"],"tags":["markup-check"],
                 "sections":[{"slug":"article","title":"Markup",
                   "blocks":[{"type":"paragraph","text":"Paste <script>alert('xylophone')</script> into a staff newsletter."}]}],
                 "supports":[{"framework":"e2e-relationships","node":"layer:roots/element:connections"}]}""";
        given().header("Authorization", Tokens.editor()).contentType("application/json").body(document)
                .post("/api/v1/resources").then().statusCode(201);
        given().header("Authorization", Tokens.publisher()).post("/api/v1/resources/markup-in-the-text/publish")
                .then().statusCode(200);
        String html = given().queryParam("q", "xylophone").get("/embed/library").then().statusCode(200).extract().asString();
        assertThat(html, containsString(">Tools &lt;em&gt;&amp;&lt;/em&gt; &quot;tricks&quot;<span class=\"visually-hidden\">"));
        assertThat(html, containsString("&lt;script&gt;alert("));
        assertThat(html, containsString("<mark>xylophone</mark>"));
        assertThat(html, not(containsString("<script>alert")));
        assertThat(html, not(containsString("<em>&</em>")));
        assertThat(html, containsString("<label for=\"f-tag-markup-check\">markup-check"));
        // Without a query the summary is shown, escaped by the template.
        String listed = given().queryParam("tag", "markup-check").get("/view/library").then().statusCode(200).extract().asString();
        assertThat(listed, containsString("<p>A &lt;b&gt;bold&lt;/b&gt; summary.</p>"));
    }
}
