package org.e2e.contract;

import static org.hamcrest.Matchers.hasItem;
import static org.e2e.support.Fixtures.FW;
import static org.e2e.support.Fixtures.PROBLEM;
import static org.e2e.support.Fixtures.BE_RELIABLE;
import static org.e2e.support.Fixtures.TRUST;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.e2e.support.PostgresTestDatabase;
import org.e2e.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * One focused test per case the hostile-input run of issue 9 found: NUL in paths and bodies, version parts past
 * 2^31-1, wrong-typed fields, Java types in messages, DELETE with Accept: application/problem+json, oversized texts,
 * headers and bodies. Runs with the hostile-input suite's profile (its own database); it writes version 7.x drafts
 * and resources of its own slugs only.
 */
@QuarkusTest
@TestProfile(HostileInputProfile.class)
@QuarkusTestResource(PostgresTestDatabase.class)
class HostileInputFixesTest {

    static final String DRAFT = "7.0.0";

    @BeforeEach
    void draft() {
        int status = given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body(Map.of("version", DRAFT, "basedOn", "1.0.0")).post(FW + "/versions").statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("could not create draft " + DRAFT + ": " + status);
        }
    }

    static ValidatableResponse problem(Response r, int status) {
        return r.then().statusCode(status).contentType(PROBLEM).body("status", equalTo(status))
                .body(not(containsString("java."))).body(not(containsString("org.e2e")));
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/frameworks/%00, framework",
            "/api/v1/frameworks/a%00b/versions, framework",
            "/api/v1/frameworks/e2e-relationships/versions/1.0.0%00, version",
            "/api/v1/frameworks/e2e-relationships/versions/1.0.0/nodes/%00, id",
            "/api/v1/frameworks/e2e-relationships/elements/bel%01iefs, element",
            "/api/v1/resources/a%00b, slug",
            "/embed/resources/a%00b, slug",
            "/view/frameworks/e2e-relationships/elements/a%7Fb, element",
            "/oembed?url=http://localhost:8080/embed/resources/a%00b, url",
            "/api/v1/search?q=trust%00, q",
            "/api/v1/webhooks/%00, id" })
    void controlCharactersInPathsAndQueriesAre400NamingTheParameter(String path, String parameter) {
        Response r = given().urlEncodingEnabled(false).header("Authorization", Tokens.publisher()).get(path);
        problem(r, 400).body("errors[0].name", equalTo(parameter))
                .body("errors[0].in", equalTo(path.contains("?") ? "query" : "path"))
                .body("detail", containsString("'" + parameter + "'"));
    }

    @Test
    void controlCharactersUnderCaseAreImsxStatusInfo() {
        given().urlEncodingEnabled(false).get("/ims/case/v1p1/CFItems/a%00b").then().statusCode(400)
                .contentType("application/json").body("imsx_codeMajor", equalTo("failure"))
                .body("imsx_codeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldName", equalTo("sourcedId"));
        given().urlEncodingEnabled(false).get("/ims/case/v1p1/CFDocuments?filter=%00").then().statusCode(400)
                .contentType("application/json")
                .body("imsx_codeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldName", equalTo("filter"));
    }

    @Test
    void nulInAnyJsonStringOfAWriteIs422WithAPointer() {
        problem(given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body("{\"type\":\"action\",\"parentId\":\"" + TRUST + "\",\"text\":\"Be kind\\u0000.\"}")
                .post(FW + "/versions/" + DRAFT + "/nodes"), 422)
                .body("errors[0].name", equalTo("/text")).body("errors[0].detail", containsString("NUL"));
        problem(given().header("Authorization", Tokens.publisher()).contentType("application/json")
                .body("{\"url\":\"https://planner.example.org/hook\",\"description\":\"Planner\\u0000\"}")
                .post("/api/v1/webhooks"), 422).body("errors[0].name", equalTo("/description"));
        problem(given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body("{\"slug\":\"nul-test\",\"title\":\"T\",\"type\":\"article\",\"sections\":[{\"slug\":\"s\",\"title\":\"S\","
                        + "\"blocks\":[{\"type\":\"paragraph\",\"text\":\"a\\u0000b\"}]}]}")
                .post("/api/v1/resources"), 422).body("errors[0].name", equalTo("/sections/0/blocks/0/text"));
        problem(given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body("{\"version\":\"7.5.0\",\"releaseNotes\":\"x\\u0000\"}").post(FW + "/versions"), 422)
                .body("errors[0].name", equalTo("/releaseNotes"));
    }

    @Test
    void versionPartsPastTheIntegerRangeAre422NamingTheField() {
        problem(given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body(Map.of("version", "2147483648.0.0", "basedOn", "1.0.0")).post(FW + "/versions"), 422)
                .body("errors[0].name", equalTo("/version"));
        String exported = given().get(FW + "/versions/1.0.0/export").then().statusCode(200).extract().asString();
        problem(given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body(exported.replaceFirst("\"version\"\\s*:\\s*\"1.0.0\"", "\"version\":\"1.2147483648.0\""))
                .post(FW + "/versions/import"), 422)
                .body("errors.name", hasItem("/version/version"));
    }

    @Test
    void wrongTypedNodeFieldsAre400ProblemsInTheApisWords() {
        problem(given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body("{\"type\":\"action\",\"parentId\":\"" + TRUST + "\",\"position\":\"abc\",\"text\":\"x\"}")
                .post(FW + "/versions/" + DRAFT + "/nodes"), 400)
                .body("errors[0].name", equalTo("/position")).body("errors[0].detail", equalTo("must be an integer"));
        problem(given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body("{\"type\":\"bogus\",\"parentId\":\"" + TRUST + "\",\"text\":\"x\"}")
                .post(FW + "/versions/" + DRAFT + "/nodes"), 400)
                .body("errors[0].name", equalTo("/type"))
                .body("errors[0].detail", startsWith("must be one of: layer, element, category, action"));
        problem(given().header("Authorization", Tokens.editor()).header("If-Match", "*").contentType("application/json")
                .body("{\"type\":\"action\",\"position\":\"abc\"}")
                .put(FW + "/versions/" + DRAFT + "/nodes/" + BE_RELIABLE), 400)
                .body("errors[0].name", equalTo("/position"));
    }

    @Test
    void importErrorsNeverNameJavaTypes() {
        problem(given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body("{\"framework\":{\"slug\":\"x\",\"title\":\"X\"},\"version\":{\"version\":\"7.9.0\"},\"layers\":{}}")
                .post(FW + "/versions/import"), 400)
                .body("errors[0].name", equalTo("/layers")).body("errors[0].detail", startsWith("must be an array"))
                .body(not(containsString("ArrayList"))).body(not(containsString("$")));
    }

    @Test
    void discardingADraftAcceptsProblemJson() {
        Response created = given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body("{\"slug\":\"accept-test\",\"title\":\"Accept test\",\"type\":\"article\",\"summary\":\"S\","
                        + "\"audiences\":[\"teachers\"],\"sections\":[{\"slug\":\"s\",\"title\":\"S\",\"blocks\":[{\"type\":\"paragraph\",\"text\":\"P\"}]}]}")
                .post("/api/v1/resources");
        created.then().statusCode(201);
        given().header("Authorization", Tokens.editor()).header("If-Match", created.header("ETag"))
                .accept(PROBLEM).delete("/api/v1/resources/accept-test/draft").then().statusCode(204);
    }

    @Test
    void aFiveMegabyteTextIsRefusedWithAPointer() {
        String etag = given().header("Authorization", Tokens.editor()).get(FW + "/versions/" + DRAFT + "/nodes/" + BE_RELIABLE)
                .then().statusCode(200).extract().header("ETag");
        problem(given().header("Authorization", Tokens.editor()).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"text\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}")
                .patch(FW + "/versions/" + DRAFT + "/nodes/" + BE_RELIABLE), 422)
                .body("errors[0].name", equalTo("/text")).body("errors[0].detail", equalTo("must be at most 20000 characters long"));
    }

    @Test
    void refusalsBelowJaxRsAreProblemsToo() {
        problem(given().header("X-Padding", "p".repeat(40_000)).get(FW), 431).body("title", equalTo("Request Header Fields Too Large"));
        given().header("X-Padding", "p".repeat(40_000)).get("/ims/case/v1p1/CFDocuments").then().statusCode(431)
                .contentType("application/json").body("imsx_codeMajor", equalTo("failure"));
        problem(given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body("{\"x\":\"" + "c".repeat(11 * 1024 * 1024) + "\"}").post("/api/v1/resources"), 413);
        problem(given().header("Authorization", Tokens.editor()).contentType("text/plain").body("{}").post("/api/v1/resources"), 415);
        problem(given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body("{\"version\":\"7.6.0\"").post(FW + "/versions"), 400).body("errors[0].detail", equalTo("is not valid JSON"));
    }
}
