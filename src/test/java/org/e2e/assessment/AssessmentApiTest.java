package org.e2e.assessment;

import static org.hamcrest.Matchers.containsString;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The rubric as an instrument and self-assessments computed from it, against PostgreSQL over HTTP. */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class AssessmentApiTest {

    static final String RUBRIC = "/api/v1/resources/staff-relationships-and-collaboration";
    static final String PROBLEM = "application/problem+json";
    static final List<String> CRITERIA = List.of("cultivating-staff-relationships", "supporting-staff-trust-and-belonging",
            "supporting-staff-well-being", "facilitating-shared-efficacy-via-staff-collaboration");

    static final ObjectMapper JSON = new ObjectMapper();
    static JsonNode instrument;

    static JsonNode instrument() throws Exception {
        if (instrument == null) {
            instrument = JSON.readTree(given().get(RUBRIC + "/rubric").then().statusCode(200).extract().asByteArray());
        }
        return instrument;
    }

    @Test
    void theInstrumentServesCriteriaLevelsAndResolvedSupports() {
        given().get(RUBRIC + "/rubric").then().statusCode(200)
                .header("ETag", startsWith("\""))
                .body("resource.slug", equalTo("staff-relationships-and-collaboration"))
                .body("resource.revision", equalTo(1))
                .body("frameworks.framework", contains("e2e-relationships"))
                .body("frameworks.version", contains("1.0.0"))
                .body("criteria.slug", equalTo(CRITERIA))
                .body("criteria.levels.flatten().name", everyItem(startsWith("Level ")))
                .body("criteria[0].levels", hasSize(3))
                .body("criteria[0].supports.slug", contains("connections", "social-opportunities", "time-and-space",
                        "set-up-a-routine-to-honor-efforts", "engage-in-low-risk-interactions"))
                .body("criteria[0].supports[3].actions[0].text", equalTo(
                        "Set up a routine to honor educators’ efforts and contributions (e.g., celebrate teaching anniversaries)"))
                .body("criteria[1].supports[0].type", equalTo("category"))
                .body("criteria[1].supports[0].title", equalTo("Trust"))
                .body("criteria[1].supports[0].actions", hasSize(9))
                .body("criteria[1].supports[0].actions[8].text", equalTo("Be reliable: Tell your colleagues what you are going to do, then do it."))
                .body("criteria[2].resources.title", contains("The Educator-to-Educator Relationships Toolkit"))
                .body("criteria[3].resources.slug", contains("3-steps-for-building-the-relationships-you-need-to-thrive",
                        "how-to-build-a-teacher-alliance"))
                .body("links.assess", equalTo(RUBRIC + "/assessment"))
                .body("links.embed", equalTo("https://e2e.example.test/embed/resources/staff-relationships-and-collaboration/assessment"));
        // The resource itself serves the editorial links in its rubric, by stable node id.
        given().get(RUBRIC).then().statusCode(200)
                .body("rubric.criteria[1].supports[0].id", equalTo("9902058e-db3c-5df2-90aa-de5e18191463"))
                .body("rubric.criteria[2].supportingResources", contains("educator-to-educator-relationships-toolkit"));
    }

    /** Every combination of unrated and levels 1 to 3 over the 4 criteria (255 non-empty ones), POST and GET. */
    @Test
    void everyRatingCombinationKeepsTheResultsInvariants() throws Exception {
        int checked = 0;
        for (int code = 1; code < 256; code++) {
            Map<String, Integer> ratings = new LinkedHashMap<>();
            for (int c = 0; c < 4; c++) {
                int level = (code >> (2 * c)) & 3;
                if (level > 0) {
                    ratings.put(CRITERIA.get(c), level);
                }
            }
            Response posted = given().contentType("application/json").body(Map.of("ratings", ratings))
                    .post(RUBRIC + "/assessment");
            posted.then().statusCode(200).contentType("application/json");
            JsonNode result = JSON.readTree(posted.asByteArray());
            checkInvariants(ratings, result);
            // The shareable URL answers the same bytes with the same ETag.
            String self = result.path("links").path("self").asText();
            assertTrue(posted.getHeader("Content-Location").endsWith(self), "Content-Location is the shareable URL");
            Response shared = given().get(self);
            shared.then().statusCode(200);
            assertArrayEquals(posted.asByteArray(), shared.asByteArray(), self);
            assertEquals(posted.getHeader("ETag"), shared.getHeader("ETag"));
            checked++;
        }
        assertEquals(255, checked);
    }

    private static void checkInvariants(Map<String, Integer> ratings, JsonNode result) throws Exception {
        JsonNode instrument = instrument();
        Map<String, Integer> served = new LinkedHashMap<>();
        result.path("ratings").fields().forEachRemaining(e -> served.put(e.getKey(), e.getValue().asInt()));
        assertEquals(List.copyOf(ratings.entrySet()), List.copyOf(served.entrySet()), "ratings in criterion order");
        assertEquals(1, result.path("resource").path("revision").asInt());
        assertEquals("1.0.0", result.path("frameworks").path(0).path("version").asText());
        Set<String> expectedSteps = new HashSet<>();
        for (int c = 0; c < 4; c++) {
            JsonNode criterion = result.path("criteria").path(c);
            JsonNode levels = instrument.path("criteria").path(c).path("levels");
            Integer rating = ratings.get(CRITERIA.get(c));
            assertEquals(CRITERIA.get(c), criterion.path("slug").asText());
            assertEquals(rating != null, criterion.path("rated").asBoolean());
            if (rating == null) {
                assertTrue(criterion.path("current").isMissingNode());
                assertTrue(criterion.path("next").isMissingNode());
                assertFalse(criterion.path("topLevel").asBoolean());
                continue;
            }
            assertEquals(rating, criterion.path("current").path("position").asInt());
            assertEquals(levels.path(rating - 1), criterion.path("current"));
            if (rating < 3) {
                assertEquals(levels.path(rating), criterion.path("next"), "the next level, verbatim, is the growth target");
                assertFalse(criterion.path("topLevel").asBoolean());
            } else {
                assertTrue(criterion.path("next").isMissingNode(), "no level above the top one");
                assertTrue(criterion.path("topLevel").asBoolean());
            }
            JsonNode supports = instrument.path("criteria").path(c).path("supports");
            assertEquals(supports, criterion.path("supports"), "supports resolved");
            assertEquals(instrument.path("criteria").path(c).path("resources"), criterion.path("resources"));
            supports.forEach(node -> node.path("actions").forEach(a -> expectedSteps.add("action:" + a.path("id").asText())));
            criterion.path("resources").forEach(r -> expectedSteps.add("resource:" + r.path("slug").asText()));
        }
        JsonNode steps = result.path("nextSteps");
        assertTrue(steps.size() > 0, "a rated criterion always has next steps");
        Set<String> seen = new HashSet<>();
        int lastRating = 0;
        int lastPosition = 0;
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.path(i);
            assertEquals(i + 1, step.path("rank").asInt());
            String kind = step.path("kind").asText();
            String key = kind + ":" + ("action".equals(kind) ? step.path("id").asText() : step.path("slug").asText());
            assertTrue(seen.add(key), "each step once: " + key);
            List<String> criteria = JSON.convertValue(step.path("criteria"), new TypeReference<List<String>>() { });
            assertTrue(ratings.keySet().containsAll(criteria), "only rated criteria lead to steps");
            int rating = ratings.get(criteria.get(0));
            int position = CRITERIA.indexOf(criteria.get(0));
            assertTrue(rating > lastRating || (rating == lastRating && position >= lastPosition),
                    "lowest-rated criteria first, then criterion order: " + step);
            lastRating = rating;
            lastPosition = position;
            List<Integer> ranks = criteria.stream().map(ratings::get).toList();
            assertEquals(ranks.stream().sorted().toList(), ranks, "a step's criteria are listed in rank order");
        }
        assertEquals(expectedSteps, seen, "every supporting action and resource of a rated criterion is a step");
    }

    @Test
    void theSameInputGivesTheSameBytesAndETagWhateverItsOrder() {
        Response a = given().contentType("application/json")
                .body("{\"ratings\":{\"supporting-staff-well-being\":3,\"cultivating-staff-relationships\":1}}").post(RUBRIC + "/assessment");
        Response b = given().contentType("application/json")
                .body("{\"ratings\":{\"cultivating-staff-relationships\":1,\"supporting-staff-well-being\":3}}").post(RUBRIC + "/assessment");
        assertArrayEquals(a.asByteArray(), b.asByteArray());
        String etag = a.getHeader("ETag");
        assertEquals(etag, b.getHeader("ETag"));
        String url = RUBRIC + "/assessment?supporting-staff-well-being=3&cultivating-staff-relationships=1&supporting-staff-trust-and-belonging=";
        given().get(url).then().statusCode(200).header("ETag", etag);
        given().header("If-None-Match", etag).get(url).then().statusCode(304);
        a.then().body("nextSteps[0].criteria", contains("cultivating-staff-relationships"))
                .body("nextSteps.findAll { it.criteria[0] == 'supporting-staff-well-being' }.size()", equalTo(2))
                .body("criteria[2].topLevel", equalTo(true));
    }

    @Test
    void badRatingsAreProblemsNamingTheField() {
        post("{\"ratings\":{\"no-such-criterion\":1}}").then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].in", equalTo("body")).body("errors[0].name", equalTo("/ratings/no-such-criterion"))
                .body("errors[0].detail", startsWith("is not a criterion of this rubric"));
        post("{\"ratings\":{\"cultivating-staff-relationships\":4,\"supporting-staff-well-being\":0}}").then().statusCode(422)
                .body("errors.name", contains("/ratings/cultivating-staff-relationships", "/ratings/supporting-staff-well-being"))
                .body("errors[0].detail", equalTo("must be a level from 1 to 3, not 4"));
        post("{\"ratings\":{}}").then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].name", equalTo("/ratings")).body("errors[0].detail", startsWith("rate at least one criterion"));
        post("{}").then().statusCode(400).contentType(PROBLEM).body("errors[0].name", equalTo("/ratings"));
        post("{\"ratings\":{\"cultivating-staff-relationships\":\"2\"}}").then().statusCode(400)
                .body("errors[0].name", equalTo("/ratings/cultivating-staff-relationships"));
        post("{\"ratings\":{\"cultivating-staff-relationships\":1.5}}").then().statusCode(400);
        post("{\"ratings\":{},\"school\":\"x\"}").then().statusCode(400).body("errors[0].name", equalTo("/school"));
        post("not json").then().statusCode(400).contentType(PROBLEM);
        given().contentType("text/plain").body("{}").post(RUBRIC + "/assessment").then().statusCode(415).contentType(PROBLEM);

        given().get(RUBRIC + "/assessment?no-such-criterion=1").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].in", equalTo("query")).body("errors[0].name", equalTo("no-such-criterion"));
        given().get(RUBRIC + "/assessment?cultivating-staff-relationships=9").then().statusCode(400)
                .body("errors[0].name", equalTo("cultivating-staff-relationships"));
        given().get(RUBRIC + "/assessment?cultivating-staff-relationships=two").then().statusCode(400)
                .body("errors[0].name", equalTo("cultivating-staff-relationships"));
        given().get(RUBRIC + "/assessment?cultivating-staff-relationships=1&cultivating-staff-relationships=2").then().statusCode(400);
        given().get(RUBRIC + "/assessment").then().statusCode(400).body("errors.name", equalTo(CRITERIA));
        given().get(RUBRIC + "/assessment?cultivating-staff-relationships=").then().statusCode(400);

        String article = "/api/v1/resources/how-to-build-a-teacher-alliance";
        for (Response r : List.of(given().get(article + "/rubric"), given().get(article + "/assessment?x=1"),
                given().contentType("application/json").body("{\"ratings\":{\"x\":1}}").post(article + "/assessment"))) {
            r.then().statusCode(422).contentType(PROBLEM).body("errors[0].in", equalTo("path"))
                    .body("errors[0].name", equalTo("slug")).body("errors[0].detail", equalTo("names a resource of type article, not a rubric"))
                    .body("detail", not(containsString("org.e2e")));
        }
        given().get("/api/v1/resources/no-such-resource/rubric").then().statusCode(404).contentType(PROBLEM);
    }

    private static Response post(String body) {
        return given().contentType("application/json").body(body).post(RUBRIC + "/assessment");
    }
}
