package org.e2e.authoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.e2e.support.PostgresTestDatabase;
import org.e2e.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The rubric's criterion links follow the resource's life cycle (draft, If-Match, publish, revision) and survive a
 * new framework version, because they name nodes by stable id. Publishes a framework version, so it runs on a
 * fresh database of its own.
 */
@QuarkusTest
@TestProfile(RubricLinksLifecycleTest.Profile.class)
@QuarkusTestResource(PostgresTestDatabase.class)
class RubricLinksLifecycleTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("e2e.webhooks.delivery-enabled", "false");
        }
    }

    static final String FW = "/api/v1/frameworks/e2e-relationships";
    static final String RUBRIC = "/api/v1/resources/staff-relationships-and-collaboration";
    static final String PROBLEM = "application/problem+json";
    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String BE_RELIABLE = "35c8edd3-a1ce-505e-bf0e-5994b6236a7e";
    static final String ASSESS = RUBRIC + "/assessment?supporting-staff-trust-and-belonging=1";

    @Test
    void linksAreEditedLikeEveryResourceEditAndSurviveANewFrameworkVersion() {
        JsonPath before = given().get(ASSESS).then().statusCode(200).extract().jsonPath();
        String beforeEtag = given().get(ASSESS).then().extract().header("ETag");
        assertEquals("1.0.0", before.getString("frameworks[0].version"));

        // A new framework version rewords "Be reliable" (same node id) and is published.
        given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body(Map.of("version", "1.1.0", "basedOn", "1.0.0")).post(FW + "/versions").then().statusCode(201);
        String node = FW + "/versions/1.1.0/nodes/" + BE_RELIABLE;
        String etag = given().header("Authorization", Tokens.editor()).get(node).then().statusCode(200).extract().header("ETag");
        given().header("Authorization", Tokens.editor()).header("If-Match", etag).contentType(MERGE_PATCH)
                .body("{\"text\":\"Be reliable: do what you said you would do.\"}").patch(node).then().statusCode(200);
        given().header("Authorization", Tokens.publisher()).contentType("application/json").body(Map.of())
                .post(FW + "/versions/1.1.0/publish").then().statusCode(200);

        JsonPath after = given().get(ASSESS).then().statusCode(200)
                .body("frameworks[0].version", equalTo("1.1.0"))
                .body("criteria[1].supports[0].version", equalTo("1.1.0"))
                .body("nextSteps.text", hasItem("Be reliable: do what you said you would do."))
                .body("nextSteps.text", not(hasItem("Be reliable: Tell your colleagues what you are going to do, then do it.")))
                .extract().jsonPath();
        assertEquals(before.getList("criteria.supports.flatten().id"), after.getList("criteria.supports.flatten().id"),
                "every link resolves in the new version: node ids are stable");
        assertNotEquals(beforeEtag, given().get(ASSESS).then().extract().header("ETag"), "a new version is a new result");

        // Editing the links: a node the latest version lacks is refused; a good edit waits for publishing.
        String draft = given().header("Authorization", Tokens.editor()).get(RUBRIC + "/draft").then().statusCode(200)
                .body("rubric.criteria[0].supports[0]", equalTo(Map.of("id", "e517c8a2-8ce0-5693-8034-15f7b63b8f0d")))
                .extract().header("ETag");
        String body = given().header("Authorization", Tokens.editor()).get(RUBRIC + "/draft").asString();
        String missing = body.replace("\"supportingResources\":[\"educator-to-educator-relationships-toolkit\"]",
                "\"supportingResources\":[\"no-such-resource\"]")
                .replaceFirst("\\{\"id\":\"e517c8a2-8ce0-5693-8034-15f7b63b8f0d\"\\}",
                        "{\"framework\":\"e2e-relationships\",\"node\":\"layer:roots/element:no-such-element\"}");
        given().header("Authorization", Tokens.editor()).header("If-Match", draft).contentType("application/json").body(missing)
                .put(RUBRIC + "/draft").then().statusCode(422).contentType(PROBLEM)
                .body("errors.name", contains("/rubric/criteria/0/supports/0", "/rubric/criteria/2/supportingResources/0"));
        String trustOnly = body.replace("\"supportingResources\":[\"educator-to-educator-relationships-toolkit\"]",
                "\"supportingResources\":[]");
        given().header("Authorization", Tokens.editor()).contentType("application/json").body(trustOnly)
                .put(RUBRIC + "/draft").then().statusCode(428);
        given().header("Authorization", Tokens.editor()).header("If-Match", draft).contentType("application/json").body(trustOnly)
                .put(RUBRIC + "/draft").then().statusCode(200);
        given().get(RUBRIC + "/rubric").then().statusCode(200).body("resource.revision", equalTo(1))
                .body("criteria[2].resources.slug", contains("educator-to-educator-relationships-toolkit"));
        given().header("Authorization", Tokens.publisher()).post(RUBRIC + "/publish").then().statusCode(200);
        given().get(RUBRIC + "/rubric").then().statusCode(200).body("resource.revision", equalTo(2))
                .body("criteria[2].resources", empty());
        given().get(RUBRIC + "/assessment?supporting-staff-well-being=2").then().statusCode(200)
                .body("resource.revision", equalTo(2)).body("nextSteps.kind", not(hasItem("resource")));
    }
}
