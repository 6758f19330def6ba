package org.e2e.authoring;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.nullValue;
import static org.e2e.support.Fixtures.FW;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.e2e.support.PostgresTestDatabase;
import org.e2e.webhook.WebhookDispatcher;
import org.e2e.support.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@TestProfile(AuthoringProfile.class)
@QuarkusTestResource(PostgresTestDatabase.class)
class ImportWebhookTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static ObjectNode export(String fw, String version) throws IOException {
        String body = given().header("Authorization", Tokens.editor()).get("/api/v1/frameworks/" + fw + "/versions/" + version + "/export")
                .then().statusCode(200).extract().asString();
        return (ObjectNode) MAPPER.readTree(body);
    }

    static List<String> editorVersions(String fw) {
        return given().header("Authorization", Tokens.editor()).get("/api/v1/frameworks/" + fw + "/versions").then().statusCode(200)
                .extract().jsonPath().getList("version");
    }

    @Test
    void exportOfOneZeroZeroReimportedAsAnotherVersionHasIdenticalContent() throws Exception {
        ObjectNode original = export("e2e-relationships", "1.0.0");
        ObjectNode pkg = original.deepCopy();
        ((ObjectNode) pkg.get("version")).put("version", "3.0.0");
        given().header("Authorization", Tokens.editor()).contentType("application/json").body(pkg.toString())
                .post(FW + "/versions/import").then().statusCode(201).body("status", equalTo("draft"))
                .header("Location", endsWith(FW + "/versions/3.0.0"));
        ObjectNode reimported = export("e2e-relationships", "3.0.0");
        for (String part : List.of("framework", "layers", "principles", "outcomes", "references")) {
            assertEquals(original.get(part), reimported.get(part), part);
        }
        assertTrue(original.at("/layers/0/id").isTextual(), "exports carry explicit ids");
        assertEquals("draft", reimported.at("/version/status").asText());
    }

    @Test
    void anInvalidImportListsEveryErrorWithAPointerAndWritesNothing() throws Exception {
        ObjectNode pkg = export("e2e-relationships", "1.0.0");
        ((ObjectNode) pkg.get("version")).put("version", "4.0.0");
        ((ObjectNode) pkg.at("/layers/0")).put("slug", "Roots!");
        ((ObjectNode) pkg.at("/layers/1")).put("title", "");
        ((ObjectNode) pkg.at("/layers/0/elements/1/categories/2/actions/0")).remove("text");
        JsonPath problem = given().header("Authorization", Tokens.editor()).contentType("application/json").body(pkg.toString())
                .post(FW + "/versions/import").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:e2e:problem:validation-failed")).extract().jsonPath();
        assertEquals(List.of("/layers/0/elements/1/categories/2/actions/0/text", "/layers/0/slug", "/layers/1/title"),
                problem.getList("errors.name").stream().sorted().toList());
        assertTrue(!editorVersions("e2e-relationships").contains("4.0.0"));

        // A valid package for a version that exists is refused as a whole, too.
        ObjectNode existing = export("e2e-relationships", "1.0.0");
        existing.put("unknownMember", true);
        given().header("Authorization", Tokens.editor()).contentType("application/json").body(existing.toString())
                .post(FW + "/versions/import").then().statusCode(400).body("errors[0].name", equalTo("/unknownMember"));
        ObjectNode duplicate = export("e2e-relationships", "1.0.0");
        ((ObjectNode) duplicate.get("framework")).put("slug", "another-framework");
        given().header("Authorization", Tokens.editor()).contentType("application/json").body(duplicate.toString())
                .post(FW + "/versions/import").then().statusCode(422)
                .body("errors.name", hasItems("/framework/slug", "/version/version"));
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        ObjectNode pkg = export("e2e-relationships", "1.0.0");
        ((ObjectNode) pkg.get("version")).put("version", "5.0.0").put("releaseNotes", "x".repeat(250_000));
        given().header("Authorization", Tokens.editor()).contentType("application/json").body(pkg.toString())
                .post(FW + "/versions/import").then().statusCode(413).contentType("application/problem+json");
        assertTrue(!editorVersions("e2e-relationships").contains("5.0.0"));
    }

    @Test
    void publishingDeliversASignedWebhookAndRetriesAFailure() throws Exception {
        // A framework of its own, imported from the bundled export, so that publishing does not move others' "latest".
        ObjectNode pkg = export("e2e-relationships", "1.0.0");
        ((ObjectNode) pkg.get("framework")).put("slug", "webhook-demo");
        given().header("Authorization", Tokens.editor()).contentType("application/json").body(pkg.toString())
                .post("/api/v1/frameworks/webhook-demo/versions/import").then().statusCode(201);
        given().header("Authorization", Tokens.publisher()).post("/api/v1/frameworks/webhook-demo/versions/1.0.0/publish")
                .then().statusCode(200);

        List<String[]> received = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new String[] { body, exchange.getRequestHeaders().getFirst(WebhookDispatcher.SIGNATURE),
                    exchange.getRequestHeaders().getFirst(WebhookDispatcher.TIMESTAMP) });
            exchange.sendResponseHeaders(calls.incrementAndGet() == 1 ? 500 : 204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String secret = "a-test-secret-of-32-characters!!";
            String hook = given().header("Authorization", Tokens.publisher()).contentType("application/json")
                    .body(Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "framework", "webhook-demo",
                            "secret", secret))
                    .post("/api/v1/webhooks").then().statusCode(201).body("secret", equalTo(secret)).extract().header("Location");
            given().header("Authorization", Tokens.publisher()).get(hook).then().statusCode(200)
                    .body("secret", nullValue());

            given().header("Authorization", Tokens.editor()).contentType("application/json")
                    .body(Map.of("version", "1.1.0")).post("/api/v1/frameworks/webhook-demo/versions").then().statusCode(201);
            given().header("Authorization", Tokens.publisher()).post("/api/v1/frameworks/webhook-demo/versions/1.1.0/publish")
                    .then().statusCode(200);

            // The scheduler delivers from the outbox; wait (bounded) until the log shows the event delivered.
            JsonPath log = null;
            for (int i = 0; i < 150; i++) {
                log = given().header("Authorization", Tokens.publisher()).get(hook + "/deliveries").then().statusCode(200)
                        .extract().jsonPath();
                if ("delivered".equals(log.getString("[0].status"))) {
                    break;
                }
                Thread.sleep(200);
            }
            assertEquals("delivered", log.getString("[0].status"));
            assertEquals(2, log.getInt("[0].attempts"));
            assertEquals(List.of(500, 204), log.getList("[0].log.statusCode"));
            assertEquals(2, received.size());
            for (String[] r : received) {
                assertEquals("sha256=" + WebhookDispatcher.sign(secret, r[2] + "." + r[0]), r[1]);
            }
            JsonNode event = MAPPER.readTree(received.get(1)[0]);
            assertEquals("version.published", event.get("type").asText());
            assertEquals("webhook-demo", event.get("framework").asText());
            assertEquals("1.1.0", event.get("version").asText());
            // Links are absolute, from e2e.public-base-url (https://e2e.example.test in tests), so subscribers can follow them.
            String changes = event.at("/links/changes").asText();
            assertEquals("https://e2e.example.test/api/v1/frameworks/webhook-demo/versions/1.1.0/changes?since=1.0.0", changes);
            given().get(changes.substring("https://e2e.example.test".length())).then().statusCode(200).body("since", equalTo("1.0.0"));

            given().header("Authorization", Tokens.publisher()).delete(hook).then().statusCode(200);
            given().header("Authorization", Tokens.publisher()).get(hook).then().statusCode(404);
        } finally {
            receiver.stop(0);
        }
    }
}
