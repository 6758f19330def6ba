package org.e2e.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** What the search index adds: forgiveness, "did you mean", completions, facets, multi-value filters, bounds, 304s. */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class DiscoveryApiTest {

    static final String SEARCH = "/api/v1/search";
    static final String SUGGEST = "/api/v1/search/suggestions";
    static final String RESOURCES = "/api/v1/resources";
    static final String ORTON = "3-steps-for-building-the-relationships-you-need-to-thrive";
    static final String CONROY = "how-to-build-a-teacher-alliance";
    static final String RUBRIC = "staff-relationships-and-collaboration";
    static final String TOOLKIT = "educator-to-educator-relationships-toolkit";

    /** Without RestAssured's own Accept-Encoding (gzip, deflate): identity bytes. */
    static final RestAssuredConfig IDENTITY = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    private static JsonPath search(String q) {
        return given().queryParam("q", q).get(SEARCH).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void typosPrefixesAccentsAndCaseAreForgivenAndExactWordsRankFirst() {
        assertEquals(CONROY, search("teacher aliance").getString("items[0].slug"));
        assertEquals(RUBRIC, search("colaboration").getString("items[0].slug"));
        // The same best hit scores lower through a near miss than through the exact word.
        assertTrue(search("collaboration").getFloat("items[0].score") > search("colaboration").getFloat("items[0].score"));
        assertEquals("respect", search("respec").getString("items[0].slug"));
        assertTrue(search("conversat").getList("items.slug").contains(ORTON));
        assertEquals(search("conversation").getList("items.slug"), search("CONVERSATIÓN").getList("items.slug"));
        assertFalse(search("rel").getList("items").isEmpty(), "a three-letter beginning finds the relationships");
        // A typo'd word is marked in the snippet as the word the text has.
        assertTrue(search("mirorring conversaton").getString("items[0].snippet").contains("<mark>mirroring</mark> <mark>conversations</mark>"));
    }

    @Test
    void phrasesExclusionsAndOrKeepTheirMeaning() {
        assertEquals(ORTON, search("\"mirroring conversations\"").getString("items[0].slug"));
        assertTrue(search("\"conversations mirroring\"").getList("items").isEmpty(), "a phrase keeps its order");
        assertFalse(search("relationships -collaboration").getList("items.slug").contains(RUBRIC));
        assertTrue(search("relationships").getList("items.slug").contains(RUBRIC));
        List<String> either = search("alliance or silos").getList("items.slug");
        assertTrue(either.containsAll(List.of(CONROY, ORTON)), either.toString());
    }

    @Test
    void snippetsMarkEveryMatchedWordTheyShow() {
        Pattern unmarked = Pattern.compile("\\b(trust|colleagues?)\\b", Pattern.CASE_INSENSITIVE);
        List<String> snippets = search("trust colleagues").getList("items.snippet");
        assertFalse(snippets.isEmpty());
        for (String snippet : snippets) {
            String outsideMarks = snippet.replaceAll("<mark>[^<]*</mark>", "");
            assertFalse(unmarked.matcher(outsideMarks).find(), "an unmarked match in: " + snippet);
            assertTrue(snippet.contains("<mark>"), "the passage shown holds a match: " + snippet);
        }
    }

    @Test
    void unknownWordsGetADidYouMeanWithItsOwnLink() {
        JsonPath typo = search("trsut");
        assertEquals("trust", typo.getString("suggestion.query"));
        given().get(typo.getString("suggestion.self")).then().statusCode(200).body("items[0].slug", equalTo("trust"))
                .body("suggestion", nullValue());
        given().queryParam("q", "trust").get(SEARCH).then().body("suggestion", nullValue());
        given().queryParam("q", "mirorring convresation").queryParam("type", "article").get(RESOURCES).then().statusCode(200)
                .body("suggestion.query", equalTo("mirroring conversation"))
                .body("suggestion.self", equalTo(RESOURCES + "?q=mirroring+conversation&type=article"));
    }

    @Test
    void searchFacetsCountEachDimensionWithoutItsOwnFilter() {
        JsonPath all = given().queryParam("q", "trust").queryParam("facets", "type,framework").get(SEARCH).then()
                .statusCode(200).extract().jsonPath();
        int total = all.getInt("totalItems");
        assertEquals(total, all.getList("facets.type.count", Integer.class).stream().mapToInt(Integer::intValue).sum());
        int nodes = total - count(all, "type", "resource");
        assertEquals(nodes, count(all, "framework", "e2e-relationships"));
        JsonPath actions = given().queryParam("q", "trust").queryParam("types", "action").queryParam("facets", "type")
                .get(SEARCH).then().statusCode(200).extract().jsonPath();
        assertEquals(actions.getInt("totalItems"), count(actions, "type", "action"));
        assertEquals(count(all, "type", "resource"), count(actions, "type", "resource"), "the other types stay counted");
        assertTrue(actions.getBoolean("facets.type.find { it.value == 'action' }.selected"));
        given().queryParam("q", "trust").get(SEARCH).then().body("facets", nullValue());
        given().queryParam("q", "trust").queryParam("facets", "audience").get(SEARCH).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].name", equalTo("facets"));
    }

    @Test
    void libraryFacetsFiltersAndSnippets() {
        JsonPath teachers = given().queryParam("audience", "teachers").queryParam("facets", "audience,type,layer,element,tag")
                .get(RESOURCES).then().statusCode(200).extract().jsonPath();
        assertEquals(3, teachers.getInt("totalItems"));
        assertEquals(3, count(teachers, "audience", "teachers"));
        assertEquals(2, count(teachers, "audience", "district-leaders"), "audiences are counted without the audience filter");
        assertEquals("District Leaders", teachers.getString("facets.audience.find { it.value == 'district-leaders' }.label"));
        assertEquals(0, count(teachers, "type", "rubric"), "the rubric is not for teachers, but the value is listed");
        assertEquals("Roots", teachers.getString("facets.layer.find { it.value == 'roots' }.label"));
        assertEquals(3, count(teachers, "layer", "roots"));
        // Several values of one filter match any of them, repeated or comma-separated.
        given().queryParam("type", "rubric", "article").get(RESOURCES).then().statusCode(200)
                .body("items.slug", containsInAnyOrder(ORTON, CONROY, RUBRIC));
        given().queryParam("type", "rubric,article").get(RESOURCES).then().body("totalItems", equalTo(3));
        given().queryParam("element", "beliefs,social-opportunities").get(RESOURCES).then().body("items.slug",
                containsInAnyOrder(ORTON, RUBRIC, CONROY));
        given().queryParam("q", "mirroring conversation").get(RESOURCES).then().statusCode(200)
                .body("items[0].slug", equalTo(ORTON)).body("items[0].snippet", notNullValue());
        given().get(RESOURCES).then().body("items.snippet", everyItem(nullValue())).body("facets", nullValue());
        given().queryParam("facets", "author").get(RESOURCES).then().statusCode(400).body("errors[0].name", equalTo("facets"));
        given().queryParam("type", "rubric,video").get(RESOURCES).then().statusCode(400).body("errors[0].name", equalTo("type"));
    }

    @Test
    void completionsAreTitlesThatBeginWithWhatIsTyped() {
        JsonPath rel = given().queryParam("q", "rel").get(SUGGEST).then().statusCode(200).extract().jsonPath();
        List<String> titles = rel.getList("items.title");
        assertFalse(titles.isEmpty());
        assertTrue(titles.size() <= 10);
        assertTrue(titles.stream().allMatch(t -> Pattern.compile("\\brel", Pattern.CASE_INSENSITIVE).matcher(t).find()), titles.toString());
        given().queryParam("q", "tru").get(SUGGEST).then().body("items[0].type", equalTo("category"))
                .body("items[0].title", equalTo("Trust")).body("items[0].framework", equalTo("e2e-relationships"))
                .body("items[0].self", equalTo("/api/v1/frameworks/e2e-relationships/versions/1.0.0/nodes/9902058e-db3c-5df2-90aa-de5e18191463"));
        given().queryParam("q", "teacher al").get(SUGGEST).then().body("items[0].self", equalTo(RESOURCES + "/" + CONROY));
        // Typos: one edit in what is typed, and in whole words.
        given().queryParam("q", "realt").get(SUGGEST).then().body("items.title", hasItem("The Educator-to-Educator Relationships Toolkit"));
        given().queryParam("q", "relatoinships toolkit").get(SUGGEST).then().body("items[0].slug", equalTo(TOOLKIT));
        given().queryParam("q", "sha").queryParam("limit", 1).get(SUGGEST).then().body("items.size()", lessThanOrEqualTo(1));
        given().queryParam("q", "zzzzqqq").get(SUGGEST).then().statusCode(200).body("items", empty());
        given().get(SUGGEST).then().statusCode(400).body("errors[0].name", equalTo("q"));
        given().queryParam("q", "r".repeat(201)).get(SUGGEST).then().statusCode(400).body("errors[0].name", equalTo("q"));
        given().queryParam("q", "rel").queryParam("limit", 11).get(SUGGEST).then().statusCode(400).body("errors[0].name", equalTo("limit"));
    }

    @Test
    void queryCostIsBounded() {
        String tooMany = IntStream.range(0, 33).mapToObj(i -> "word" + (char) ('a' + i % 26) + i).collect(Collectors.joining(" "));
        given().queryParam("q", tooMany).get(SEARCH).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].name", equalTo("q")).body("detail", containsString("at most 32"));
        given().queryParam("q", tooMany).get(RESOURCES).then().statusCode(400).body("errors[0].name", equalTo("q"));
        // 32 long words, each with typos and the last a prefix: answered, however many words of the index are near.
        String many = IntStream.range(0, 32).mapToObj(i -> "relatoinshipz" + (char) ('a' + i % 26)).collect(Collectors.joining(" "));
        given().queryParam("q", many).get(SEARCH).then().statusCode(200);
        given().queryParam("q", "e").get(SEARCH).then().statusCode(200);
    }

    @Test
    void repeatedRequestsAreAnsweredFromPrecomputedBytesWithEtagsAndCodings() {
        for (String path : List.of(SEARCH + "?q=trust&facets=type", SUGGEST + "?q=rel", RESOURCES + "?facets=audience&audience=teachers")) {
            Response first = given().config(IDENTITY).get(path);
            first.then().statusCode(200);
            String etag = first.header("ETag");
            Response again = given().config(IDENTITY).get(path);
            assertEquals(etag, again.header("ETag"), path);
            assertEquals(first.asString(), again.asString(), path);
            given().config(IDENTITY).header("If-None-Match", etag).get(path).then().statusCode(304);
            Response gzip = given().header("Accept-Encoding", "gzip").get(path);
            gzip.then().statusCode(200).header("Content-Encoding", "gzip");
            assertTrue(gzip.headers().getValues("Vary").stream().anyMatch(v -> v.contains("Accept-Encoding")), path);
            assertEquals(first.asString(), gzip.asString(), "the same JSON, compressed: " + path);
            String gzipTag = gzip.header("ETag");
            given().header("Accept-Encoding", "gzip").header("If-None-Match", gzipTag).get(path).then().statusCode(304);
        }
    }

    private static int count(JsonPath page, String facet, String value) {
        Map<String, Integer> counts = page.getList("facets." + facet, Map.class).stream()
                .collect(Collectors.toMap(m -> (String) m.get("value"), m -> (Integer) m.get("count")));
        return counts.getOrDefault(value, 0);
    }
}
