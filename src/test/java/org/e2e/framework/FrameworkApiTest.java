package org.e2e.framework;

import static org.e2e.support.Fixtures.FW;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class FrameworkApiTest {

    static final String UUID_V5 = "^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$";

    @Test
    void listsTheFrameworkWithItsLatestVersionAndLinks() {
        given().get("/api/v1/frameworks").then()
                .statusCode(200)
                .contentType("application/json")
                .header("ETag", startsWith("\""))
                .body("", hasSize(1))
                .body("[0].slug", equalTo("e2e-relationships"))
                .body("[0].title", equalTo("The Educator-to-Educator Relationships Framework"))
                .body("[0].shortTitle", equalTo("E2R Framework"))
                .body("[0].latestVersion", equalTo("1.0.0"))
                .body("[0].id", matchesPattern(UUID_V5))
                .body("[0].links.self", equalTo(FW))
                .body("[0].links.versions", equalTo(FW + "/versions"));
    }

    @Test
    void servesTheWholeTreeWithFourLayersInOrder() {
        JsonPath tree = given().get(FW).then().statusCode(200).header("ETag", notNullValue()).extract().jsonPath();
        assertEquals("1.0.0", tree.getString("version.version"));
        assertEquals("2026-11-22T00:00:00Z", tree.getString("version.publishedAt"));
        assertTrue(tree.get("version.status") == null, "status changes over a version's life, so a pinned body never carries it");
        assertEquals(List.of("Roots", "Soil", "Bedrock", "Environment"), tree.getList("layers.title"));
        assertEquals(List.of("Educator-to-educator relationships", "School Culture and Climate", "Supporting Structures",
                "System-wide Factors"), tree.getList("layers.subtitle"));
        assertEquals(List.of(1, 2, 3, 4), tree.getList("layers.position"));
        assertEquals("Like roots, these relationships provide connection, stability, encouragement, guidance, and "
                + "opportunities for everyone to thrive.", tree.getString("layers[0].metaphor"));
        assertEquals(List.of("actions", "beliefs", "connections"), tree.getList("layers[0].elements.slug"));
        assertEquals(List.of("shared-vision", "social-opportunities"), tree.getList("layers[1].elements.slug"));
        assertEquals(List.of("policies", "leadership-style", "allocation-of-resources", "time-and-space"),
                tree.getList("layers[2].elements.slug"));
        assertEquals(3, tree.getList("layers[3].elements").size());
    }

    @Test
    void beliefsHasAffirmValuesRespectAndTrustWith5And4And9Actions() {
        JsonPath beliefs = given().get(FW).then().statusCode(200).extract().jsonPath()
                .setRootPath("layers[0].elements[1]");
        assertEquals("Beliefs", beliefs.getString("title"));
        assertEquals(List.of("Affirm Values", "Respect", "Trust"), beliefs.getList("categories.title"));
        assertEquals(5, beliefs.getList("categories[0].actions").size());
        assertEquals(4, beliefs.getList("categories[1].actions").size());
        assertEquals(9, beliefs.getList("categories[2].actions").size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), beliefs.getList("categories[2].actions.position"));
        assertEquals("Walk the talk– hold school leaders accountable for aligning school missions with policies (who are "
                + "the missions serving and who’s being left out?).", beliefs.getString("categories[0].actions[4].text"));
        assertEquals("Professionalism: each educator “holds up their end of the deal”",
                beliefs.getString("categories[1].actions[0].text"));
        assertEquals("Be reliable: Tell your colleagues what you are going to do, then do it.",
                beliefs.getString("categories[2].actions[8].text"));
        assertEquals("An educator", beliefs.getString("categories[2].quote.attribution"));
        assertEquals("discussing the importance of trust", beliefs.getString("categories[2].quote.context"));
        assertTrue(beliefs.getString("categories[1].quote.text").startsWith("When you see someone and hear somebody"));
        assertEquals(List.of(7, 8, 9), beliefs.getList("categories[2].narrative.citations"));
        assertTrue(beliefs.getString("categories[2].narrative.text").startsWith("Trust is integral to educator relationships.⁷"));
    }

    @Test
    void elementsTheSourcesOnlyNameHaveADescriptionAndNoCategories() {
        for (String element : List.of("actions", "connections", "shared-vision", "social-opportunities", "policies",
                "leadership-style", "allocation-of-resources", "time-and-space", "high-turnover", "lack-of-diversity",
                "under-appreciation-of-the-teaching-profession")) {
            given().get(FW + "/elements/" + element).then()
                    .statusCode(200)
                    .body("element.description", not(equalTo("")))
                    .body("element.categories", empty());
        }
    }

    @Test
    void everyNodeCarriesIdSlugPositionAndSelfAndEverySelfLinkResolves() {
        JsonPath tree = given().get(FW).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> actions = tree.getList("layers.elements.flatten().categories.flatten().actions.flatten()");
        assertEquals(18, actions.size());
        for (Map<String, Object> action : actions) {
            assertTrue(((String) action.get("id")).matches(UUID_V5), action.toString());
            given().get((String) action.get("self")).then()
                    .statusCode(200)
                    .body("type", equalTo("action"))
                    .body("text", equalTo(action.get("text")))
                    .body("path.type", contains("layer", "element", "category", "action"));
        }
        for (String self : tree.<String>getList("layers.self")) {
            given().get(self).then().statusCode(200).body("path", hasSize(1));
        }
        given().get(tree.getString("principles.self")).then().statusCode(200).body("items", hasSize(5));
        given().get(tree.getString("self")).then().statusCode(200).body("version.version", equalTo("1.0.0"));
    }

    @Test
    void layerAndElementComeWithSubtreeAndBreadcrumb() {
        given().get(FW + "/layers/roots").then()
                .statusCode(200)
                .body("framework", equalTo("e2e-relationships"))
                .body("version.version", equalTo("1.0.0"))
                .body("path.slug", contains("roots"))
                .body("layer.title", equalTo("Roots"))
                .body("layer.elements[1].categories[2].actions", hasSize(9));
        given().get(FW + "/elements/beliefs?version=1.0.0").then()
                .statusCode(200)
                .body("path.slug", contains("roots", "beliefs"))
                .body("path.type", contains("layer", "element"))
                .body("element.categories.slug", contains("affirm-values", "respect", "trust"));
    }

    @Test
    void actionsAreAFlatPaginatedListWithPathsLinksAndTotal() {
        Response first = given().get(FW + "/actions?size=5");
        first.then().statusCode(200)
                .header("X-Total-Count", "18")
                .body("totalItems", equalTo(18))
                .body("totalPages", equalTo(4))
                .body("items", hasSize(5))
                .body("items[0].slug", equalTo("have-an-open-conversation"))
                .body("items[0].path.slug", contains("roots", "beliefs", "affirm-values"));
        List<String> links = first.headers().getValues("Link");
        assertTrue(links.contains("<" + FW + "/actions?size=5&page=1>; rel=\"first\"")
                || links.stream().anyMatch(l -> l.contains("page=1") && l.contains("rel=\"first\"")), links.toString());
        assertTrue(links.stream().anyMatch(l -> l.contains("page=4") && l.contains("rel=\"last\"")), links.toString());
        assertTrue(links.stream().anyMatch(l -> l.contains("page=2") && l.contains("rel=\"next\"")), links.toString());
        assertTrue(links.stream().noneMatch(l -> l.contains("rel=\"prev\"")), links.toString());

        given().get(FW + "/actions?size=5&page=4").then().statusCode(200)
                .body("items", hasSize(3))
                .body("items[2].slug", equalTo("be-reliable"));
        given().get(FW + "/actions?page=9").then().statusCode(200).body("items", empty()).header("X-Total-Count", "18");

        given().get(FW + "/actions?category=respect").then().statusCode(200)
                .body("items.slug", contains("professionalism", "genuinely-show-admiration", "democratize-the-space",
                        "set-up-a-routine-to-honor-efforts"));
        given().get(FW + "/actions?layer=roots&element=beliefs&category=trust&size=100").then().statusCode(200)
                .body("totalItems", equalTo(9));
        given().get(FW + "/actions?layer=soil").then().statusCode(200).body("totalItems", equalTo(0));
        given().get(FW + "/actions?element=connections").then().statusCode(200).body("items", empty());
    }

    @Test
    void principlesOutcomesAndReferencesAreServedInOrder() {
        given().get(FW + "/principles").then().statusCode(200)
                .body("title", equalTo("Framework Principles"))
                .body("items.title", contains("Actionable", "Adaptable", "Educator-oriented", "Equity-focused", "Empirical"))
                .body("items[2].text", equalTo("Built for educators so all the languages are from educators’ perspective."));
        given().get(FW + "/outcomes").then().statusCode(200)
                .body("title", equalTo("Positive Outcomes"))
                .body("quote.attribution", equalTo("Roland S. Barth"))
                .body("quote.citations", contains(3))
                .body("items", hasSize(8))
                .body("items[1].title", equalTo("Mental Wellness"))
                .body("items[7].citations", contains(10, 11));
        given().get(FW + "/references").then().statusCode(200)
                .body("items", hasSize(11))
                .body("items.number", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11))
                .body("items[1].text", equalTo("Ronfeldt et al., 205"))
                .body("items[10].text", equalTo("Dixon et al., 2019"));
    }

    @Test
    void versionsListAndPinning() {
        given().get(FW + "/versions").then().statusCode(200)
                .body("version", contains("1.0.0"))
                .body("status", contains("published"))
                .body("[0].publishedAt", equalTo("2026-11-22T00:00:00Z"));
        String latest = given().get(FW).then().statusCode(200).extract().asString();
        String pinned = given().get(FW + "?version=1.0.0").then().statusCode(200).extract().asString();
        String byPath = given().get(FW + "/versions/1.0.0").then().statusCode(200).extract().asString();
        assertEquals(latest, pinned);
        assertEquals(latest, byPath);
        given().get(FW + "?version=2.0.0").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("2.0.0"));
        given().get(FW + "/versions/2.0.0").then().statusCode(404);
        given().get(FW + "/layers/roots?version=1.0.1").then().statusCode(404);
    }

    @Test
    void everyGetHasAStrongETagAndIfNoneMatchGives304() {
        for (String path : List.of("/api/v1/frameworks", FW, FW + "/versions", FW + "/versions/1.0.0",
                FW + "/layers/soil", FW + "/elements/beliefs", FW + "/actions", FW + "/principles", FW + "/outcomes",
                FW + "/references")) {
            String etag = given().get(path).then().statusCode(200).extract().header("ETag");
            // RestAssured asks for gzip: precomputed reads answer in it, with the coding's own strong ETag.
            assertTrue(etag.matches("^\"[A-Za-z0-9_-]{43}(-gzip|-br)?\"$"), path + " " + etag);
            given().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", etag);
            given().header("If-None-Match", "\"stale\"").get(path).then().statusCode(200);
        }
    }

    @Test
    void nodeIdsAreStableAcrossReads() {
        String first = given().get(FW).then().extract().path("layers[0].elements[1].categories[2].id");
        String second = given().get(FW + "/elements/beliefs").then().extract().path("element.categories[2].id");
        assertEquals(first, second);
        given().get(FW + "/versions/1.0.0/nodes/" + first).then().statusCode(200)
                .body("type", equalTo("category"))
                .body("title", equalTo("Trust"))
                .body("path.slug", contains("roots", "beliefs", "trust"));
        List<String> ids = given().get(FW).then().extract().jsonPath()
                .getList("layers.elements.flatten().categories.flatten().collect { [it.id, it.quote.id, it.narrative.id] }.flatten()");
        assertTrue(ids.stream().allMatch(id -> id.matches(UUID_V5)));
        assertEquals(ids.size(), ids.stream().distinct().count());
        given().get(FW + "/versions/1.0.0/nodes/" + first).then().body("id", equalTo(first));
        given().get(FW).then().body("layers.elements.flatten().categories.flatten().actions.flatten().id",
                everyItem(matchesPattern(UUID_V5)));
    }
}
