package org.e2e.resource;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.e2e.support.Fixtures.PROBLEM;
import static org.e2e.support.Fixtures.MERGE_PATCH;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.e2e.support.PostgresTestDatabase;
import org.e2e.support.Tokens;
import org.e2e.authoring.AuthoringProfile;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** Resources have their own draft/published life cycle, edited with If-Match like framework nodes. */
@QuarkusTest
@TestProfile(AuthoringProfile.class)
@QuarkusTestResource(PostgresTestDatabase.class)
class ResourceAuthoringApiTest {

    static final String RESOURCES = "/api/v1/resources";
    static final String CONROY = RESOURCES + "/how-to-build-a-teacher-alliance";
    static final String SHARED_VISION = "594b3c41-537d-520f-b335-5ef32903e77d";

    static String draftEtag(String resource) {
        return given().header("Authorization", Tokens.editor()).get(resource + "/draft").then().statusCode(200)
                .header("Cache-Control", "no-store, private").extract().header("ETag");
    }

    @Test
    void writesNeedATokenAndTheRightRole() {
        given().contentType("application/json").body("{}").post(RESOURCES).then().statusCode(401).contentType(PROBLEM);
        given().get(CONROY + "/draft").then().statusCode(401).contentType(PROBLEM);
        given().header("Authorization", Tokens.bearer("reader", "reader")).get(CONROY + "/draft").then().statusCode(403);
        given().header("Authorization", Tokens.editor()).post(CONROY + "/publish").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void anEditorAddsAFrameworkLinkInADraftAndAPublisherPublishesIt() {
        String document = given().get("/ims/case/v1p1/CFDocuments").then().statusCode(200)
                .extract().path("CFDocuments.find { it.version == '1.0.0' }.identifier");
        String casePackage = "/ims/case/v1p1/CFPackages/" + document;
        String packageEtag = given().get(casePackage).then().statusCode(200).extract().header("ETag");
        String etag = draftEtag(CONROY);
        given().header("Authorization", Tokens.editor()).contentType(MERGE_PATCH)
                .body("{\"supports\":[{\"id\":\"e517c8a2-8ce0-5693-8034-15f7b63b8f0d\"},{\"id\":\"" + SHARED_VISION + "\"}]}")
                .patch(CONROY + "/draft").then().statusCode(428).contentType(PROBLEM);
        String saved = given().header("Authorization", Tokens.editor()).header("If-Match", etag).contentType(MERGE_PATCH)
                .body("{\"supports\":[{\"id\":\"e517c8a2-8ce0-5693-8034-15f7b63b8f0d\"},{\"id\":\"" + SHARED_VISION + "\"}]}")
                .patch(CONROY + "/draft").then().statusCode(200)
                .body("supports.id", contains("e517c8a2-8ce0-5693-8034-15f7b63b8f0d", SHARED_VISION))
                .body("title", equalTo("How to build a teacher alliance"))
                .extract().header("ETag");
        assertNotEquals(etag, saved);
        // Readers keep the published text until the draft is published.
        given().get(CONROY).then().statusCode(200).body("supports.slug", not(hasItem("shared-vision")));
        given().header("Authorization", Tokens.editor()).header("If-Match", etag).contentType(MERGE_PATCH)
                .body("{\"summary\":\"stale\"}").patch(CONROY + "/draft").then().statusCode(412).contentType(PROBLEM);

        given().header("Authorization", Tokens.publisher()).post(CONROY + "/publish").then().statusCode(200)
                .body("supports.slug", contains("connections", "shared-vision"));
        given().get(CONROY).then().statusCode(200).body("supports.slug", contains("connections", "shared-vision"));
        // The CASE package relates items to resources, so it is rebuilt with the new link.
        String rebuilt = given().get(casePackage).then().statusCode(200).extract().header("ETag");
        assertNotEquals(packageEtag, rebuilt);
        given().get("/api/v1/frameworks/e2e-relationships/elements/shared-vision/resources").then().statusCode(200)
                .body("items.slug", hasItem("how-to-build-a-teacher-alliance"));
        given().header("Authorization", Tokens.publisher()).post(CONROY + "/publish").then().statusCode(409).contentType(PROBLEM);
        given().header("Authorization", Tokens.publisher()).get("/api/v1/audit?resource=how-to-build-a-teacher-alliance")
                .then().statusCode(200)
                .body("action", hasItems("resource.draft.update", "resource.publish"))
                .body("find { it.action == 'resource.draft.update' }.actor", equalTo("editor-ana"))
                .body("find { it.action == 'resource.publish' }.actor", equalTo("publisher-lee"));
    }

    @Test
    void aNewResourceIsInvisibleUntilPublished() {
        String document = """
                {"slug":"teacher-alliance-checklist","title":"How to build a teacher alliance","summary":"Teachers need each other.",
                 "type":"article","audiences":["teachers","district-leaders"],"tags":["teacher-alliance"],
                 "sections":[{"slug":"article","title":"How to build a teacher alliance",
                   "blocks":[{"type":"paragraph","text":"Ask people what they do in their classrooms and how it’s working."}]}],
                 "supports":[{"framework":"e2e-relationships","node":"layer:roots/element:connections"}]}""";
        Response created = given().header("Authorization", Tokens.editor()).contentType("application/json").body(document).post(RESOURCES);
        created.then().statusCode(201)
                .header("Location", endsWith(RESOURCES + "/teacher-alliance-checklist/draft"))
                .header("ETag", startsWith("\""))
                .body("id", matchesPattern("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        given().get(RESOURCES + "/teacher-alliance-checklist").then().statusCode(404);
        given().get(RESOURCES + "?audience=district-leaders").then().body("items.slug", not(hasItem("teacher-alliance-checklist")));
        given().header("Authorization", Tokens.editor()).contentType("application/json").body(document).post(RESOURCES)
                .then().statusCode(409).contentType(PROBLEM);

        given().header("Authorization", Tokens.publisher()).post(RESOURCES + "/teacher-alliance-checklist/publish").then().statusCode(200);
        given().get(RESOURCES + "/teacher-alliance-checklist").then().statusCode(200).body("supports.slug", contains("connections"));
        given().get(RESOURCES + "?audience=district-leaders").then().body("items.slug", hasItem("teacher-alliance-checklist"));
        given().queryParam("q", "teachers need each other").get("/api/v1/search").then().statusCode(200)
                .body("items.slug", hasItem("teacher-alliance-checklist"));
    }

    @Test
    void everyProblemOfADocumentIsListedInOne422AndNothingIsWritten() {
        String etag = draftEtag(RESOURCES + "/staff-relationships-and-collaboration");
        given().header("Authorization", Tokens.editor()).header("If-Match", etag).contentType(MERGE_PATCH)
                .body("{\"title\":\" \",\"audiences\":[\"principals\"],\"tags\":[\"Not A Slug\"]}")
                .patch(RESOURCES + "/staff-relationships-and-collaboration/draft").then().statusCode(422).contentType(PROBLEM)
                .body("errors.name", contains("/audiences/0", "/tags/0", "/title"));
        given().header("Authorization", Tokens.editor()).header("If-Match", etag).contentType(MERGE_PATCH)
                .body("{\"title\":\" \",\"readingTimeMinutes\":0,\"sections\":[]}")
                .patch(RESOURCES + "/staff-relationships-and-collaboration/draft").then().statusCode(422).contentType(PROBLEM)
                .body("errors.name", hasItems("/title", "/readingTimeMinutes", "/sections"));
        given().header("Authorization", Tokens.editor()).header("If-Match", etag).contentType(MERGE_PATCH)
                .body("{\"rubric\":null}")
                .patch(RESOURCES + "/staff-relationships-and-collaboration/draft").then().statusCode(422)
                .body("errors[0].name", equalTo("/rubric"));
        given().header("Authorization", Tokens.editor()).header("If-Match", etag).contentType(MERGE_PATCH)
                .body("{\"supports\":[{\"id\":\"00000000-0000-5000-8000-000000000000\"}]}")
                .patch(RESOURCES + "/staff-relationships-and-collaboration/draft").then().statusCode(422)
                .body("errors[0].name", equalTo("/supports/0"));
        given().header("Authorization", Tokens.editor()).header("If-Match", etag).contentType(MERGE_PATCH)
                .body("{\"slug\":\"renamed\"}")
                .patch(RESOURCES + "/staff-relationships-and-collaboration/draft").then().statusCode(422)
                .body("errors[0].name", equalTo("/slug"));
        given().header("Authorization", Tokens.editor()).header("If-Match", etag).contentType(MERGE_PATCH)
                .body("{\"subtitle\":\"typo\"}")
                .patch(RESOURCES + "/staff-relationships-and-collaboration/draft").then().statusCode(400)
                .body("errors[0].name", equalTo("/subtitle"));
        assertEquals(etag, draftEtag(RESOURCES + "/staff-relationships-and-collaboration"), "nothing was written");
    }

    @Test
    void eightConcurrentEditorsWithOneETagExactlyOneWins() throws Exception {
        String resource = RESOURCES + "/3-steps-for-building-the-relationships-you-need-to-thrive";
        String etag = draftEtag(resource);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String summary = "Summary written by editor " + i + ".";
            Callable<Integer> write = () -> {
                start.await();
                return given().header("Authorization", Tokens.editor()).header("If-Match", etag).contentType(MERGE_PATCH)
                        .body("{\"summary\":\"" + summary + "\"}").patch(resource + "/draft").statusCode();
            };
            results.add(pool.submit(write));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> result : results) {
            codes.add(result.get());
        }
        pool.shutdown();
        assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes.toString());
        assertEquals(7, codes.stream().filter(c -> c == 412).count(), codes.toString());
        String kept = given().header("Authorization", Tokens.editor()).get(resource + "/draft").then().extract().path("summary");
        assertTrue(kept.matches("Summary written by editor [0-7]\\."), kept);
        // The published resource still reads as before.
        given().get(resource).then().body("summary", startsWith("I offer you three steps"));
    }

    @Test
    void aDraftCanBeDiscarded() {
        String resource = RESOURCES + "/educator-to-educator-relationships-toolkit";
        String etag = draftEtag(resource);
        String saved = given().header("Authorization", Tokens.editor()).header("If-Match", etag).contentType(MERGE_PATCH)
                .body("{\"tags\":[\"framework\"]}").patch(resource + "/draft").then().statusCode(200).extract().header("ETag");
        given().header("Authorization", Tokens.editor()).delete(resource + "/draft").then().statusCode(428);
        given().header("Authorization", Tokens.editor()).header("If-Match", saved).delete(resource + "/draft").then().statusCode(204);
        assertEquals(etag, draftEtag(resource), "back to the published text");
        given().header("Authorization", Tokens.editor()).header("If-Match", etag).delete(resource + "/draft").then().statusCode(409);
    }
}
