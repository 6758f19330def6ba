package org.e2e.problem;

import static org.hamcrest.Matchers.startsWith;
import static org.e2e.support.Fixtures.FW;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Every client mistake gets a 4xx application/problem+json that names what is wrong, and nothing leaks. */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class ProblemResponsesTest {

    /** What must never reach a client: stack frames, Java class names, SQL. */
    static final Pattern LEAK = Pattern.compile("(?i)(\\bat [a-z]+\\.[a-z]|\\.java|exception|org\\.|io\\.quarkus|"
            + "jakarta\\.|hibernate|select |insert |postgres|sqlstate)");

    static void assertProblem(Response response, int status) {
        response.then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", startsWith("urn:e2e:problem:"));
        String body = response.asString();
        assertFalse(LEAK.matcher(body).find(), "leaks internals: " + body);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/frameworks/unknown",
            FW + "/versions/9.9.9",
            FW + "/versions/not-a-version",
            FW + "?version=3.0.0",
            FW + "/layers/core",
            FW + "/elements/feelings",
            FW + "/versions/1.0.0/nodes/00000000-0000-5000-8000-000000000000",
            FW + "/versions/1.0.0/nodes/not-a-uuid",
            "/api/v1/nothing-here",
            "/api/v2/frameworks"})
    void unknownThingsAre404(String path) {
        Response response = given().get(path);
        assertProblem(response, 404);
        response.then().body("title", equalTo("Not Found")).body("instance", equalTo(path.replaceAll("\\?.*", "")));
    }

    @ParameterizedTest
    @CsvSource({
            "page=abc, page",
            "page=0, page",
            "page=-1, page",
            "page=99999999999, page",
            "size=-5, size",
            "size=0, size",
            "size=100000, size",
            "size=1.5, size",
            "version=latest, version",
            "version=1.0, version",
            "layer=ROOTS, layer",
            "layer=rooots, layer",
            "element=<script>, element",
            "category=trusts, category"})
    void malformedOrOutOfRangeQueryParametersAre400NamingTheParameter(String query, String parameter) {
        Response response = given().get(FW + "/actions?" + query);
        assertProblem(response, 400);
        response.then()
                .body("detail", containsString("'" + parameter + "'"))
                .body("errors.name", hasItem(parameter))
                .body("errors.in", hasItem("query"));
    }

    @Test
    void versionQueryParameterIsValidatedOnEveryEndpoint() {
        for (String path : List.of(FW, FW + "/layers/roots", FW + "/elements/beliefs", FW + "/principles",
                FW + "/outcomes", FW + "/references")) {
            Response response = given().get(path + "?version=v1");
            assertProblem(response, 400);
            response.then().body("errors[0].name", equalTo("version"));
        }
    }

    @Test
    void xmlIsNotAcceptable() {
        Response response = given().accept("application/xml").get(FW);
        assertProblem(response, 406);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void wrongMethodIs405(String method) {
        Response response = given().contentType("application/json").body("{}").request(method, FW + "/layers/roots");
        assertProblem(response, 405);
        response.then().header("Allow", "GET, HEAD, OPTIONS");
    }

    @Test
    void hostileInputNeverYieldsA5xx() {
        for (String path : List.of(
                FW + "/elements/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                FW + "/layers/%E5%9F%BA%E7%A4%8E",
                FW + "/layers/" + "a".repeat(5000),
                FW + "/actions?layer=%00",
                FW + "/actions?category=%27%3B%20drop%20table%20node%3B--",
                FW + "/actions?page=%F0%9F%98%80",
                FW + "/versions/1.0.0%00/nodes/x")) {
            Response response = given().urlEncodingEnabled(false).get(path);
            int status = response.statusCode();
            assertTrue(status >= 400 && status < 500, path + " gave " + status);
            assertFalse(LEAK.matcher(response.asString()).find(), "leaks internals: " + response.asString());
        }
    }
}
