package org.e2e.resource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class ResourceApiTest {

    static final String RESOURCES = "/api/v1/resources";
    static final String TOOLKIT = "educator-to-educator-relationships-toolkit";
    static final String RUBRIC = "staff-relationships-and-collaboration";
    static final String ORTON = "3-steps-for-building-the-relationships-you-need-to-thrive";
    static final String CONROY = "how-to-build-a-teacher-alliance";

    @Test
    void listsTheFourResourcesByTitleWithTotalAndETag() {
        given().get(RESOURCES).then().statusCode(200)
                .header("X-Total-Count", "4")
                .header("ETag", containsString("\""))
                .body("totalItems", equalTo(4))
                .body("items.slug", contains(ORTON, CONROY, RUBRIC, TOOLKIT))
                .body("items[0].type", equalTo("article"))
                .body("items[0].typeLabel", equalTo("Article"))
                .body("items[0].author", equalTo("Chase Orton"))
                .body("items[0].dateText", equalTo("Sunday / July 21"))
                .body("items[1].readingTimeMinutes", equalTo(3))
                .body("items[0].links.self", equalTo(RESOURCES + "/" + ORTON))
                .body("items[0].links.embed", equalTo("https://e2e.example.test/embed/resources/" + ORTON))
                .body("items[3].audiences.label", contains("Teachers", "School / Youth Program Staff",
                        "School / Youth Organization Leaders", "District Leaders"));
    }

    @Test
    void everyFilterNarrowsTheList() {
        given().get(RESOURCES + "?audience=district-leaders").then().statusCode(200)
                .body("items.slug", contains(RUBRIC, TOOLKIT));
        given().get(RESOURCES + "?type=article").then().statusCode(200).body("items.slug", contains(ORTON, CONROY));
        given().get(RESOURCES + "?type=rubric").then().statusCode(200).body("items.slug", contains(RUBRIC));
        given().get(RESOURCES + "?type=tool-playbook&audience=teachers").then().statusCode(200).body("items.slug", contains(TOOLKIT));
        given().get(RESOURCES + "?tag=mirroring-conversations").then().statusCode(200).body("items.slug", contains(ORTON));
        given().get(RESOURCES + "?tag=no-such-tag").then().statusCode(200).body("items", empty()).header("X-Total-Count", "0");
        given().get(RESOURCES + "?element=connections").then().statusCode(200)
                .body("items.slug", contains(ORTON, CONROY, RUBRIC));
        given().get(RESOURCES + "?element=beliefs").then().statusCode(200)
                .body("items.slug", contains(ORTON, RUBRIC));
        given().get(RESOURCES + "?element=social-opportunities").then().statusCode(200).body("items.slug", contains(CONROY));
        given().get(RESOURCES + "?layer=bedrock").then().statusCode(200).body("items.slug", contains(CONROY, RUBRIC, TOOLKIT));
        given().get(RESOURCES + "?layer=environment").then().statusCode(200).body("items.slug", contains(TOOLKIT));
        given().get(RESOURCES + "?q=alliance").then().statusCode(200).body("items.slug", contains(CONROY));
        given().queryParam("q", "mirroring conversation").queryParam("type", "article").get(RESOURCES).then().statusCode(200)
                .body("items[0].slug", equalTo(ORTON));
        given().get(RESOURCES + "?audience=teachers&type=article&element=connections&tag=trust").then().statusCode(200)
                .body("items.slug", contains(ORTON));
    }

    @Test
    void sortsAndPagesWithLinks() {
        given().get(RESOURCES + "?sort=-title").then().statusCode(200).body("items.slug", contains(TOOLKIT, RUBRIC, CONROY, ORTON));
        List<Integer> minutes = given().get(RESOURCES + "?sort=reading-time").then().statusCode(200)
                .extract().jsonPath().getList("items.readingTimeMinutes");
        assertEquals(minutes.stream().sorted().toList(), minutes);
        Response page2 = given().get(RESOURCES + "?size=1&page=2");
        page2.then().statusCode(200).body("items.slug", contains(CONROY)).body("totalPages", equalTo(4));
        List<String> links = page2.headers().getValues("Link");
        assertTrue(links.stream().anyMatch(l -> l.contains("page=1") && l.contains("rel=\"first\"")), links.toString());
        assertTrue(links.stream().anyMatch(l -> l.contains("page=1") && l.contains("rel=\"prev\"")), links.toString());
        assertTrue(links.stream().anyMatch(l -> l.contains("page=3") && l.contains("rel=\"next\"")), links.toString());
        assertTrue(links.stream().anyMatch(l -> l.contains("page=4") && l.contains("rel=\"last\"")), links.toString());
        given().get(RESOURCES + "?size=2&page=3").then().statusCode(200).body("items", empty()).body("totalItems", equalTo(4));
    }

    @ParameterizedTest
    @CsvSource({
            "audience=principals, audience",
            "audience=Teachers, audience",
            "type=video, type",
            "type=Article, type",
            "sort=newest, sort",
            "sort=relevance, sort",
            "layer=core, layer",
            "element=feelings, element",
            "tag=Not%20A%20Slug, tag",
            "page=0, page",
            "size=101, size",
            "size=abc, size"})
    void unknownEnumValuesAndBadParametersAre400(String query, String parameter) {
        given().get(RESOURCES + "?" + query).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].name", equalTo(parameter))
                .body("detail", containsString("'" + parameter + "'"));
    }

    @Test
    void anUnknownAudienceNamesTheAllowedValues() {
        given().get(RESOURCES + "?audience=principals").then().statusCode(400)
                .body("detail", containsString("teachers, school-youth-program-staff, school-youth-organization-leaders, district-leaders"));
    }

    @Test
    void theOrtonArticleHasItsStepsQuestionsAndProtocol() {
        JsonPath orton = given().get(RESOURCES + "/" + ORTON).then().statusCode(200).extract().jsonPath();
        assertEquals("3 Steps for Building the Relationships You Need to Thrive", orton.getString("title"));
        assertEquals(List.of("introduction", "step-1", "reflection-questions", "step-2", "mirroring-conversation-protocol",
                "step-3", "classroom-visit-questions", "further-your-learning", "references"), orton.getList("sections.slug"));
        assertEquals(List.of("step", "step", "step"), orton.getList("sections.findAll { it.kind == 'step' }.kind"));
        assertEquals(3, orton.getList("sections.find { it.slug == 'reflection-questions' }.blocks[0].items").size());
        assertEquals(5, orton.getList("sections.find { it.slug == 'classroom-visit-questions' }.blocks[0].items").size());
        JsonPath protocol = orton.setRootPath("sections.find { it.slug == 'mirroring-conversation-protocol' }.blocks[0]");
        assertEquals("steps", protocol.getString("type"));
        assertEquals(4, protocol.getList("items").size());
        assertEquals("Something I hear is…", protocol.getString("prompt"));
        assertEquals("Switch roles, time permitting.", protocol.getString("items[2]"));
        given().get(RESOURCES + "/" + ORTON).then()
                .body("sections[0].blocks[0].attribution", equalTo("Parker Palmer"))
                .body("supports.slug", contains("trust", "respect", "affirm-values", "connections"))
                .body("supports[0].type", equalTo("category"))
                .body("supports[0].version", equalTo("1.0.0"))
                .body("rubric", nullValue());
    }

    @Test
    void theRubricHasFourCriteriaOfThreeLevels() {
        JsonPath rubric = given().get(RESOURCES + "/" + RUBRIC).then().statusCode(200).extract().jsonPath();
        assertEquals("rubric", rubric.getString("type"));
        assertEquals("Turnaround for Children", rubric.getString("publisher"));
        assertTrue(rubric.getBoolean("rubric.levelNamesEditorial"));
        assertEquals(List.of("Cultivating Staff Relationships", "Supporting Staff Trust and Belonging",
                "Supporting Staff Well-Being", "Facilitating Shared Efficacy via Staff Collaboration"),
                rubric.getList("rubric.criteria.title"));
        for (int c = 0; c < 4; c++) {
            assertEquals(List.of("Level 1", "Level 2", "Level 3"), rubric.getList("rubric.criteria[" + c + "].levels.name"));
            assertEquals(List.of(1, 2, 3), rubric.getList("rubric.criteria[" + c + "].levels.position"));
        }
        assertEquals(3, rubric.getList("rubric.criteria[2].levels[0].paragraphs").size());
        assertTrue(rubric.getString("rubric.criteria[0].levels[2].paragraphs[0]")
                .startsWith("Strong staff relationships organically form and explicit, schoolwide efforts"));
    }

    @Test
    void elementResourcesAndReverseLinks() {
        given().get("/api/v1/frameworks/e2e-relationships/elements/connections/resources").then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("items.slug", contains(ORTON, CONROY, RUBRIC));
        given().get("/api/v1/frameworks/e2e-relationships/elements/beliefs/resources?size=1").then().statusCode(200)
                .body("items.slug", contains(ORTON)).body("totalPages", equalTo(2));
        given().get("/api/v1/frameworks/e2e-relationships/elements/high-turnover/resources").then().statusCode(200)
                .body("items", hasSize(0));
        given().get("/api/v1/frameworks/e2e-relationships/elements/nope/resources").then().statusCode(404)
                .contentType("application/problem+json");
        given().get(RESOURCES + "/" + CONROY).then().statusCode(200)
                .body("supports.slug", containsInAnyOrder("connections", "social-opportunities", "policies"))
                .body("supports.self", hasItem("/api/v1/frameworks/e2e-relationships/elements/connections?version=1.0.0"));
    }

    @Test
    void unknownResourceIs404AndIfNoneMatchIs304() {
        given().get(RESOURCES + "/nope").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("There is no resource 'nope'."));
        String etag = given().get(RESOURCES + "/" + CONROY).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(RESOURCES + "/" + CONROY).then().statusCode(304);
    }
}
