package org.e2e.embed;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class OEmbedTest {

    static final String BASE = "https://e2e.example.test";

    /** Measured in Chromium (CardBrowserTest checks the card fits it). */
    /** Without maxwidth: the card's height in the narrowest supported column (320 px), so it fits any column. */
    static final int CONROY_HEIGHT = new CardHeights().anyColumn("resources/how-to-build-a-teacher-alliance");

    @Test
    void richIframeForAResourceCard() {
        given().queryParam("url", BASE + "/embed/resources/how-to-build-a-teacher-alliance").get("/oembed").then()
                .statusCode(200).contentType("application/json")
                .body("type", equalTo("rich"))
                .body("version", equalTo("1.0"))
                .body("title", equalTo("How to build a teacher alliance"))
                .body("author_name", equalTo("Kate Conroy"))
                .body("provider_name", equalTo("E2E Relationships Toolkit"))
                .body("provider_url", equalTo(BASE))
                .body("cache_age", equalTo(3600))
                .body("width", equalTo(480))
                .body("height", equalTo(CONROY_HEIGHT))
                .body("html", equalTo("<iframe src=\"" + BASE + "/embed/resources/how-to-build-a-teacher-alliance\" width=\"480\" "
                        + "height=\"" + CONROY_HEIGHT + "\" title=\"How to build a teacher alliance\" style=\"border:0;max-width:100%\" "
                        + "loading=\"lazy\" data-e2e-embed></iframe>"));
    }

    @Test
    void honoursMaxWidthAndMaxHeightAndAcceptsViewApiAndElementUrls() {
        given().queryParam("url", BASE + "/view/resources/staff-relationships-and-collaboration?theme=dark")
                .queryParam("maxwidth", 320).queryParam("maxheight", 200).queryParam("format", "json")
                .get("/oembed").then().statusCode(200)
                .body("width", equalTo(320)).body("height", equalTo(200))
                .body("html", containsString("src=\"" + BASE + "/embed/resources/staff-relationships-and-collaboration?theme=dark\""))
                .body("html", containsString("width=\"320\" height=\"200\""));
        given().queryParam("url", BASE + "/api/v1/resources/how-to-build-a-teacher-alliance").get("/oembed").then()
                .statusCode(200).body("title", equalTo("How to build a teacher alliance"));
        given().queryParam("url", BASE + "/embed/frameworks/e2e-relationships/elements/beliefs").queryParam("maxwidth", 2000)
                .get("/oembed").then().statusCode(200)
                .body("title", equalTo("Beliefs")).body("width", equalTo(480))
                .body("height", equalTo(new CardHeights().height("frameworks/e2e-relationships/elements/beliefs", 480)))
                .body("html", containsString("/embed/frameworks/e2e-relationships/elements/beliefs"));
    }

    @Test
    void theSelfAssessmentCardHasOEmbedAndANarrowerColumnGetsATallerCard() {
        given().queryParam("url", BASE + "/view/resources/staff-relationships-and-collaboration/assessment?cultivating-staff-relationships=1")
                .get("/oembed").then().statusCode(200)
                .body("title", equalTo("Self-assessment: Staff Relationships and Collaboration"))
                .body("html", containsString("src=\"" + BASE + "/embed/resources/staff-relationships-and-collaboration/assessment"
                        + "?cultivating-staff-relationships=1\""))
                .body("height", equalTo(new CardHeights().anyColumn("resources/staff-relationships-and-collaboration/assessment")));
        // The ratings of a result URL are kept, in criterion order, with its theme; ratings the rubric lacks are a 400.
        given().queryParam("url", BASE + "/embed/resources/staff-relationships-and-collaboration/assessment?theme=dark"
                + "&supporting-staff-well-being=3&cultivating-staff-relationships=2").get("/oembed").then().statusCode(200)
                .body("html", containsString("/assessment?cultivating-staff-relationships=2&amp;supporting-staff-well-being=3&amp;theme=dark\""));
        given().queryParam("url", BASE + "/embed/resources/staff-relationships-and-collaboration/assessment?cultivating-staff-relationships=7")
                .get("/oembed").then().statusCode(400).body("errors[0].name", equalTo("url"));
        int wide = given().queryParam("url", BASE + "/embed/resources/staff-relationships-and-collaboration").queryParam("maxwidth", 480)
                .get("/oembed").then().extract().path("height");
        int narrow = given().queryParam("url", BASE + "/embed/resources/staff-relationships-and-collaboration")
                .queryParam("maxwidth", 288).get("/oembed").then().body("width", equalTo(288)).extract().path("height");
        assertTrue(narrow > wide, narrow + " at 288 px, " + wide + " at 480 px");
        given().queryParam("url", BASE + "/embed/resources/how-to-build-a-teacher-alliance/assessment").get("/oembed").then()
                .statusCode(422).body("errors[0].name", equalTo("slug"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            BASE + "/embed/resources/no-such-resource",
            BASE + "/embed/frameworks/e2e-relationships/elements/no-such-element",
            BASE + "/somewhere/else",
            "https://evil.example/embed/resources/how-to-build-a-teacher-alliance",
            "https://e2e.example.test.evil.example/embed/resources/how-to-build-a-teacher-alliance"})
    void unknownUrlsAre404(String url) {
        given().queryParam("url", url).get("/oembed").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void xmlIs501AndBadParametersAre400() {
        given().queryParam("url", BASE + "/embed/resources/how-to-build-a-teacher-alliance").queryParam("format", "xml")
                .get("/oembed").then().statusCode(501).contentType("application/problem+json")
                .body("status", equalTo(501));
        given().queryParam("url", BASE + "/embed/resources/how-to-build-a-teacher-alliance").queryParam("format", "yaml")
                .get("/oembed").then().statusCode(400).body("errors[0].name", equalTo("format"));
        given().get("/oembed").then().statusCode(400).body("errors[0].name", equalTo("url"));
        given().queryParam("url", "not a url").get("/oembed").then().statusCode(400).body("errors[0].name", equalTo("url"));
        given().queryParam("url", BASE + "/embed/resources/how-to-build-a-teacher-alliance").queryParam("maxwidth", 0)
                .get("/oembed").then().statusCode(400).body("errors[0].name", equalTo("maxwidth"));
        given().queryParam("url", BASE + "/embed/resources/how-to-build-a-teacher-alliance").queryParam("maxheight", "tall")
                .get("/oembed").then().statusCode(400).body("errors[0].name", equalTo("maxheight"));
    }
}
