package org.e2e.search;

import static org.hamcrest.Matchers.contains;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class SearchApiTest {

    static final String SEARCH = "/api/v1/search";

    @Test
    void trustRanksTheTrustCategoryFirst() {
        given().queryParam("q", "trust").get(SEARCH).then().statusCode(200)
                .body("items[0].type", equalTo("category"))
                .body("items[0].slug", equalTo("trust"))
                .body("items[0].title", equalTo("Trust"))
                .body("items[0].snippet", equalTo("<mark>Trust</mark>"))
                .body("items[0].framework", equalTo("e2e-relationships"))
                .body("items[0].version", equalTo("1.0.0"))
                .body("items[0].path.slug", contains("roots", "beliefs", "trust"))
                .body("items.type", hasItem("action"))
                .body("items.type", hasItem("resource"))
                .body("totalItems", greaterThan(3));
    }

    @Test
    void mirroringConversationRanksTheOrtonArticleInTheTopThree() {
        List<String> top = given().queryParam("q", "mirroring conversation").get(SEARCH).then().statusCode(200)
                .extract().jsonPath().getList("items.slug");
        assertTrue(top.subList(0, Math.min(3, top.size())).contains("3-steps-for-building-the-relationships-you-need-to-thrive"), top.toString());
        given().queryParam("q", "mirroring conversation").get(SEARCH).then()
                .body("items[0].snippet", containsString("<mark>mirroring</mark> <mark>conversations</mark>"))
                .body("items[0].self", equalTo("/api/v1/resources/3-steps-for-building-the-relationships-you-need-to-thrive"));
    }

    @Test
    void typesRestrictTheHitsAndPagingKeepsTheTotal() {
        given().queryParam("q", "trust").queryParam("types", "action").get(SEARCH).then().statusCode(200)
                .body("items.type", everyItem(equalTo("action")))
                .body("types", contains("action"));
        given().queryParam("q", "trust").queryParam("types", "resource,category").get(SEARCH).then().statusCode(200)
                .body("items.type", everyItem(isOneOf("resource", "category")));
        int total = given().queryParam("q", "trust").get(SEARCH).then().extract().path("totalItems");
        given().queryParam("q", "trust").queryParam("size", 1).queryParam("page", 2).get(SEARCH).then().statusCode(200)
                .header("X-Total-Count", String.valueOf(total))
                .header("Link", containsString("rel=\"next\""));
        given().queryParam("q", "trust").queryParam("page", 999).get(SEARCH).then().statusCode(200)
                .body("items", empty()).body("totalItems", equalTo(total));
        given().queryParam("q", "the").get(SEARCH).then().statusCode(200).body("items", empty());
    }

    @Test
    void snippetsAreEscapedHtmlWithMarks() {
        given().queryParam("q", "holds up their end").get(SEARCH).then().statusCode(200)
                .body("items[0].slug", equalTo("professionalism"))
                .body("items[0].snippet", not(containsString("<script")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"trust", "trust\"\"", "trust & | ! ( ) : * <-> respect", "-", "or", "\"\"", "!!!", "(((", "trust:*",
            "<script>alert(1)</script>", "' ; drop table resource; --", "\\", "%", "_",
            "信任", "доверие", "ثقة", "🤝 trust", "trust\u0000", "\u0007bell", "a\u200bb"})
    void anyInputIsA200OrA400NeverA5xx(String q) {
        Response response = given().queryParam("q", q).get(SEARCH);
        response.then().statusCode(isOneOf(200, 400));
        String body = response.asString();
        if (response.statusCode() == 200) {
            List<String> snippets = response.jsonPath().getList("items.snippet");
            assertTrue(snippets.stream().noneMatch(s -> s.contains("<script")), body);
        }
        assertFalse(body.toLowerCase().contains("exception") || body.contains("SQL") || body.contains("org."), body);
    }

    @Test
    void longAndEmptyQueriesAreClear400s() {
        given().queryParam("q", "trust ".repeat(1000)).get(SEARCH).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].name", equalTo("q"));
        given().queryParam("q", "trust\u0000").get(SEARCH).then().statusCode(400).body("errors[0].name", equalTo("q"));
        given().get(SEARCH).then().statusCode(400).body("detail", containsString("'q' is required"));
        given().queryParam("q", "   ").get(SEARCH).then().statusCode(400);
        given().queryParam("q", "trust").queryParam("types", "narrative").get(SEARCH).then().statusCode(400)
                .body("errors[0].name", equalTo("types"));
        given().queryParam("q", "trust").queryParam("size", 51).get(SEARCH).then().statusCode(400);
    }

    @Test
    void aFiveThousandCharacterQueryIsA400NotA500() {
        given().queryParam("q", "x".repeat(5000)).get(SEARCH).then().statusCode(400);
        given().queryParam("q", "trust ".repeat(160)).get(SEARCH).then().statusCode(200);
    }
}
