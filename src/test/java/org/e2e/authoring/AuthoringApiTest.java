package org.e2e.authoring;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import java.util.HashMap;
import static org.e2e.support.Fixtures.FW;
import static org.e2e.support.Fixtures.PROBLEM;
import static org.e2e.support.Fixtures.BE_RELIABLE;
import static org.e2e.support.Fixtures.TRUST;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.e2e.support.PostgresTestDatabase;
import org.e2e.support.Tokens;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
@TestProfile(AuthoringProfile.class)
@QuarkusTestResource(PostgresTestDatabase.class)
class AuthoringApiTest {


    @Inject
    AgroalDataSource dataSource;

    static Response createDraft(String version, String basedOn) {
        return given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body(Map.of("version", version, "basedOn", basedOn)).post(FW + "/versions");
    }

    @Test
    void writesNeedAValidTokenAndTheRightRole() {
        given().contentType("application/json").body(Map.of("version", "7.0.0")).post(FW + "/versions").then()
                .statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:e2e:problem:unauthorized"));
        given().header("Authorization", "Bearer not.a.jwt").contentType("application/json").body(Map.of("version", "7.0.0"))
                .post(FW + "/versions").then().statusCode(401).contentType(PROBLEM);
        given().header("Authorization", Tokens.bearer("reader-kim", "reader")).contentType("application/json")
                .body(Map.of("version", "7.0.0")).post(FW + "/versions").then()
                .statusCode(403).contentType(PROBLEM).body("type", equalTo("urn:e2e:problem:forbidden"));
        // An editor may not publish, deprecate, read the audit log or manage webhooks.
        given().header("Authorization", Tokens.editor()).post(FW + "/versions/1.0.0/deprecate").then().statusCode(403).contentType(PROBLEM);
        given().header("Authorization", Tokens.editor()).get("/api/v1/audit").then().statusCode(403).contentType(PROBLEM);
        given().header("Authorization", Tokens.editor()).get("/api/v1/webhooks").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void badVersionRequestsAre4xxProblems() {
        createDraft("1.1", "1.0.0").then().statusCode(422).contentType(PROBLEM).body("errors[0].name", equalTo("/version"));
        createDraft("7.1.0", "9.9.9").then().statusCode(422).body("errors[0].name", equalTo("/basedOn"));
        createDraft("1.0.0", "1.0.0").then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void aPublishedVersionIsRefusedByPostgreSqlItself() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String versionId = "(SELECT v.id FROM framework_version v JOIN framework f ON f.id = v.framework_id "
                    + "WHERE f.slug = 'e2e-relationships' AND v.version = '1.0.0')";
            SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE node SET body = 'Tampered.' WHERE node_id = '" + BE_RELIABLE + "' AND version_id = " + versionId));
            assertEquals("E2E01", update.getSQLState(), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "DELETE FROM node WHERE node_id = '" + BE_RELIABLE + "' AND version_id = " + versionId));
            assertEquals("E2E01", delete.getSQLState());
            SQLException insert = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "INSERT INTO node (version_id, node_id, type, slug, position) VALUES (" + versionId
                            + ", gen_random_uuid(), 'layer', 'sneaky', 9)"));
            assertEquals("E2E01", insert.getSQLState());
            SQLException notes = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE framework_version SET release_notes = 'rewritten' WHERE id = " + versionId));
            assertEquals("E2E01", notes.getSQLState());
        }
        // Through the API the same write is a 409 problem.
        String etag = given().get(FW + "/versions/1.0.0/nodes/" + BE_RELIABLE).then().statusCode(200).extract().header("ETag");
        given().header("Authorization", Tokens.editor()).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"text\":\"Tampered.\"}").patch(FW + "/versions/1.0.0/nodes/" + BE_RELIABLE).then()
                .statusCode(409).contentType(PROBLEM).body("type", equalTo("urn:e2e:problem:version-immutable"));
    }

    @Test
    void eightConcurrentWritersWithOneEtagGiveOneSuccessAndSeven412s() throws Exception {
        createDraft("1.2.0", "1.0.0").then().statusCode(201);
        String node = FW + "/versions/1.2.0/nodes/" + BE_RELIABLE;
        String etag = given().header("Authorization", Tokens.editor()).get(node).then().statusCode(200).extract().header("ETag");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String text = "Be reliable, writer " + i + ".";
            Callable<Response> write = () -> {
                start.await();
                return given().header("Authorization", Tokens.editor()).header("If-Match", etag)
                        .contentType("application/merge-patch+json").body("{\"text\":\"" + text + "\"}").patch(node);
            };
            results.add(pool.submit(write));
        }
        start.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> f : results) {
            responses.add(f.get());
        }
        pool.shutdown();
        List<Response> ok = responses.stream().filter(r -> r.statusCode() == 200).toList();
        assertEquals(1, ok.size(), responses.stream().map(Response::statusCode).toList().toString());
        assertEquals(7, responses.stream().filter(r -> r.statusCode() == 412).count());
        responses.stream().filter(r -> r.statusCode() == 412).forEach(r -> assertEquals(PROBLEM, r.contentType()));
        String winner = ok.get(0).jsonPath().getString("text");
        // Identity coding (no Accept-Encoding): a gzip or Brotli variant has its own ETag, the identity one with a suffix.
        given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Authorization", Tokens.editor()).get(node).then().statusCode(200)
                .body("text", equalTo(winner)).header("ETag", equalTo(ok.get(0).header("ETag")));
    }

    @Test
    void editPublishAndDeprecateLifecycle() {
        byte[] pinnedBefore = given().get(FW + "/versions/1.0.0").then().statusCode(200).extract().asByteArray();
        String pinnedEtag = given().get(FW + "/versions/1.0.0").then().extract().header("ETag");

        Response created = createDraft("1.1.0", "1.0.0");
        created.then().statusCode(201).header("Location", startsWith("http")).header("Location", endsWith(FW + "/versions/1.1.0"))
                .body("status", equalTo("draft")).body("basedOn", equalTo("1.0.0")).body("createdBy", equalTo("editor-ana"));
        // Drafts are invisible to anonymous readers, visible to editors.
        given().get(FW + "/versions/1.1.0").then().statusCode(404).contentType(PROBLEM);
        given().get(FW + "/versions/1.1.0/nodes/" + BE_RELIABLE).then().statusCode(404);
        given().get(FW + "?version=1.1.0").then().statusCode(404);
        given().header("Authorization", Tokens.editor()).get(FW + "/versions/1.1.0").then().statusCode(200)
                .body("version.version", equalTo("1.1.0")).body("version.publishedAt", nullValue());
        given().get(FW + "/versions").then().body("version", not(hasItem("1.1.0")));

        String node = FW + "/versions/1.1.0/nodes/" + BE_RELIABLE;
        Response read = given().header("Authorization", Tokens.editor()).get(node);
        read.then().statusCode(200).body("id", equalTo(BE_RELIABLE)).body("type", equalTo("action"));
        String etag = read.header("ETag");
        // PUT without If-Match: 428. With a stale one: 412.
        Map<String, Object> body = new HashMap<>(read.jsonPath().getMap(""));
        body.put("text", "Be reliable: tell your colleagues what you will do, then do it.");
        given().header("Authorization", Tokens.editor()).contentType("application/json").body(body).put(node).then()
                .statusCode(428).contentType(PROBLEM).body("type", equalTo("urn:e2e:problem:precondition-required"));
        given().header("Authorization", Tokens.editor()).header("If-Match", "\"stale\"").contentType("application/json")
                .body(body).put(node).then().statusCode(412).contentType(PROBLEM);
        Response put = given().header("Authorization", Tokens.editor()).header("If-Match", etag).contentType("application/json")
                .body(body).put(node);
        put.then().statusCode(200).body("text", equalTo("Be reliable: tell your colleagues what you will do, then do it."));
        assertNotEquals(etag, put.header("ETag"));
        given().header("Authorization", Tokens.editor()).header("If-Match", etag).delete(node).then().statusCode(412);

        // Add an action first among Trust's actions: the others shift down.
        Response added = given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body(Map.of("type", "action", "parentId", TRUST, "position", 1, "slug", "assume-good-intent",
                        "text", "Assume good intent when a colleague's words land badly."))
                .post(FW + "/versions/1.1.0/nodes");
        added.then().statusCode(201).header("ETag", notNullValue()).body("position", equalTo(1));
        String addedId = added.jsonPath().getString("id");
        given().header("Authorization", Tokens.editor()).get(node).then().body("position", equalTo(10));
        given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body(Map.of("type", "action", "parentId", TRUST, "slug", "assume-good-intent", "text", "Duplicate."))
                .post(FW + "/versions/1.1.0/nodes").then().statusCode(422).body("errors[0].name", equalTo("/slug"));

        // Only a publisher publishes; then the draft is the latest at once, and 1.0.0 is unchanged byte for byte.
        given().header("Authorization", Tokens.editor()).post(FW + "/versions/1.1.0/publish").then().statusCode(403);
        given().header("Authorization", Tokens.publisher()).contentType("application/json")
                .body(Map.of("releaseNotes", "Clearer wording of Be reliable; a new Trust action.")).post(FW + "/versions/1.1.0/publish")
                .then().statusCode(200).body("status", equalTo("published")).body("publishedAt", notNullValue());
        JsonPath latest = given().get(FW).then().statusCode(200).extract().jsonPath();
        assertEquals("1.1.0", latest.getString("version.version"));
        given().get("/api/v1/frameworks").then().body("[0].latestVersion", equalTo("1.1.0"));
        given().get(FW + "/versions/1.1.0/nodes/" + BE_RELIABLE).then().statusCode(200)
                .body("text", equalTo("Be reliable: tell your colleagues what you will do, then do it."));
        assertArrayEquals(pinnedBefore, given().get(FW + "/versions/1.0.0").then().statusCode(200).extract().asByteArray());
        given().header("If-None-Match", pinnedEtag).get(FW + "/versions/1.0.0").then().statusCode(304);
        given().header("Authorization", Tokens.publisher()).post(FW + "/versions/1.1.0/publish").then().statusCode(409);
        given().header("Authorization", Tokens.editor()).header("If-Match", put.header("ETag")).delete(node).then()
                .statusCode(409).contentType(PROBLEM);

        // What changed since 1.0.0, by id, with field-level before and after.
        JsonPath changes = given().get(FW + "/versions/1.1.0/changes?since=1.0.0").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(addedId), changes.getList("added.id"));
        assertEquals(List.of(), changes.getList("removed"));
        assertEquals(List.of(BE_RELIABLE), changes.getList("modified.id"));
        assertEquals("text", changes.getString("modified[0].fields[0].field"));
        assertEquals("Be reliable: Tell your colleagues what you are going to do, then do it.", changes.getString("modified[0].fields[0].before"));
        assertEquals("Be reliable: tell your colleagues what you will do, then do it.", changes.getString("modified[0].fields[0].after"));
        assertEquals(9, changes.getList("moved").size()); // the nine Trust actions moved down one place
        given().get(FW + "/versions/1.1.0/changes").then().statusCode(400).contentType(PROBLEM);

        // Every write is in the audit log with who, what and before/after.
        JsonPath audit = given().header("Authorization", Tokens.publisher()).get("/api/v1/audit?fw=e2e-relationships&since=2000-01-01T00:00:00Z")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> update = audit.getList("findAll { it.action == 'node.update' && it.version == '1.1.0' }");
        assertEquals(1, update.size());
        assertEquals("editor-ana", update.get(0).get("actor"));
        assertEquals("Be reliable: Tell your colleagues what you are going to do, then do it.", ((Map<?, ?>) update.get(0).get("before")).get("text"));
        assertTrue(audit.getList("findAll { it.action == 'version.publish' && it.actor == 'publisher-lee' }").size() == 1);
        given().header("Authorization", Tokens.publisher()).get("/api/v1/audit?since=yesterday").then().statusCode(400);

        // Deprecating 1.0.0: still served, with Deprecation, Sunset and a Link to its successor.
        given().header("Authorization", Tokens.publisher()).contentType("application/json").body(Map.of("sunset", "2027-06-30"))
                .post(FW + "/versions/1.0.0/deprecate").then().statusCode(200).body("status", equalTo("deprecated"));
        given().get(FW + "/versions/1.0.0").then().statusCode(200)
                .header("Deprecation", matchesPattern("@\\d+"))
                .header("Sunset", equalTo("Wed, 30 Jun 2027 00:00:00 GMT"))
                .header("Link", equalTo("</api/v1/frameworks/e2e-relationships/versions/1.1.0>; rel=\"successor-version\""));
        // Every read of 1.0.0 says so, cached or not: from memory on the event loop and through JAX-RS (a browser's
        // CORS request), as a 304 too, and on the reads that are never cached (actions, export, changes).
        String successor = "</api/v1/frameworks/e2e-relationships/versions/1.1.0>; rel=\"successor-version\"";
        String layerEtag = given().get(FW + "/layers/roots?version=1.0.0").then().statusCode(200)
                .header("Deprecation", matchesPattern("@\\d+")).extract().header("ETag");
        for (Map<String, String> headers : List.of(Map.of("If-None-Match", layerEtag),
                Map.of("If-None-Match", layerEtag, "Origin", "https://portal.district.example"))) {
            given().headers(headers).get(FW + "/layers/roots?version=1.0.0").then().statusCode(304)
                    .header("Deprecation", matchesPattern("@\\d+")).header("Sunset", equalTo("Wed, 30 Jun 2027 00:00:00 GMT"))
                    .header("Link", equalTo(successor));
        }
        Response actions = given().get(FW + "/actions?version=1.0.0&size=5&page=2");
        actions.then().statusCode(200).header("Deprecation", matchesPattern("@\\d+"))
                .header("Sunset", equalTo("Wed, 30 Jun 2027 00:00:00 GMT"));
        assertEquals(5, actions.headers().getValues("Link").size(), "first, last, prev, next and the successor");
        assertTrue(actions.headers().getValues("Link").contains(successor), actions.headers().getValues("Link").toString());
        given().get(FW + "/versions/1.0.0/export").then().statusCode(200).header("Link", equalTo(successor))
                .header("Deprecation", matchesPattern("@\\d+"));
        given().get(FW + "/versions/1.0.0/changes?since=1.1.0").then().statusCode(200).header("Link", equalTo(successor));
        given().get(FW + "/versions/1.1.0/changes?since=1.0.0").then().statusCode(200).header("Deprecation", nullValue());
        given().get(FW + "/actions?version=1.1.0&size=5").then().statusCode(200).header("Deprecation", nullValue());
        given().get(FW + "/layers/nowhere?version=1.0.0").then().statusCode(404).header("Deprecation", nullValue()); // errors never
        // Deprecation is said in headers and in the versions list; the pinned body stays the same bytes forever.
        assertArrayEquals(pinnedBefore, given().get(FW + "/versions/1.0.0").then().extract().asByteArray());
        given().get(FW + "/versions").then().body("find { it.version == '1.0.0' }.status", equalTo("deprecated"));
        given().get(FW).then().header("Deprecation", nullValue());
        given().header("Authorization", Tokens.publisher()).post(FW + "/versions/1.0.0/deprecate").then().statusCode(409);
    }
}
