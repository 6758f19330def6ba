package org.e2e.authoring;

import static org.hamcrest.Matchers.containsString;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.e2e.support.PostgresTestDatabase;
import org.e2e.webhook.WebhookSubscriptionEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.e2e.support.Tokens;

/**
 * Webhooks are no channel into the service's network: subscriptions to internal targets are a 422 naming /url, a
 * delivery re-checks the target after resolving it (a subscription stored before, or a name that changed its
 * address, is refused then, logged and not retried), and redirects are not followed. The tests' receivers listen on
 * 127.0.0.1, which the test configuration allows by name (e2e.webhooks.allowed-targets=127.0.0.1); the pure address
 * rules are in WebhookTargetPolicyTest.
 */
@QuarkusTest
@TestProfile(AuthoringProfile.class)
@QuarkusTestResource(PostgresTestDatabase.class)
class WebhookSsrfTest {

    static final String FW = "ssrf-demo";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "http://localhost:5432/hook | host 'localhost' resolves to",
            "http://127.0.0.2/ | is a loopback address",
            "http://169.254.169.254/latest/meta-data/ | is a link-local address",
            "http://[::1]/ | is a loopback address",
            "http://[::ffff:10.0.0.1]/ | is a private address",
            "http://2130706433/ | non-standard spelling of the IPv4 address 127.0.0.1",
            "http://0.0.0.0:22/ | is a unspecified address",
            "http://192.168.1.10/hook | is a private address",
            "http://[fd00::1]/ | is a unique-local address",
            "http://user:secret@127.0.0.1:8080/hook | must not carry credentials",
            "ftp://127.0.0.1/hook | must be an absolute http or https URL" })
    void internalTargetsAreRefusedAtSubscription(String url, String reason) {
        given().header("Authorization", Tokens.publisher()).contentType("application/json").body(Map.of("url", url))
                .post("/api/v1/webhooks").then().statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422)).body("errors[0].in", equalTo("body")).body("errors[0].name", equalTo("/url"))
                .body("errors[0].detail", containsString(reason))
                .body("detail", startsWith("'/url' "));
    }

    @Test
    void deliveriesAreCheckedAgainRefusalsAreLoggedAndNotRetriedAndRedirectsAreNotFollowed() throws Exception {
        ObjectNode pkg = ImportWebhookTest.export("e2e-relationships", "1.0.0");
        ((ObjectNode) pkg.get("framework")).put("slug", FW);
        given().header("Authorization", Tokens.editor()).contentType("application/json").body(pkg.toString())
                .post("/api/v1/frameworks/" + FW + "/versions/import").then().statusCode(201);

        AtomicInteger hits = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        int port = receiver.getAddress().getPort();
        receiver.createContext("/hook", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.createContext("/moved", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + port + "/hook");
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        receiver.start();
        try {
            // A subscription the API would refuse now (stored before the rules, or its name since re-pointed): the
            // same receiver, reached by the name localhost, which resolves to loopback.
            UUID stored = UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> {
                WebhookSubscriptionEntity s = new WebhookSubscriptionEntity();
                s.id = stored;
                s.url = "http://localhost:" + port + "/hook";
                s.framework = FW;
                s.secret = "a-test-secret-of-32-characters!!";
                s.createdBy = "legacy";
                s.persist();
            });
            String redirecting = given().header("Authorization", Tokens.publisher()).contentType("application/json")
                    .body(Map.of("url", "http://127.0.0.1:" + port + "/moved", "framework", FW))
                    .post("/api/v1/webhooks").then().statusCode(201).extract().header("Location");

            given().header("Authorization", Tokens.publisher()).post("/api/v1/frameworks/" + FW + "/versions/1.0.0/publish")
                    .then().statusCode(200);

            JsonPath refused = awaitAttempt("/api/v1/webhooks/" + stored);
            assertEquals("failed", refused.getString("[0].status"), "a refused target is not retried");
            assertEquals(1, refused.getInt("[0].attempts"));
            assertTrue(refused.getString("[0].log[0].error").matches(
                    "refused: the URL host 'localhost' resolves to .*, a loopback address, which webhooks may not reach"),
                    refused.getString("[0].log[0].error"));
            assertEquals(null, refused.getString("[0].log[0].statusCode"), "nothing was sent");

            JsonPath redirected = awaitAttempt(redirecting);
            assertEquals(307, redirected.getInt("[0].log[0].statusCode"));
            assertEquals("the subscriber answered 307; redirects are not followed", redirected.getString("[0].log[0].error"));
            assertEquals("pending", redirected.getString("[0].status"), "a failed attempt, retried later with backoff");
            assertEquals(0, hits.get(), "neither the refused nor the redirected delivery reached /hook");
            given().header("Authorization", Tokens.publisher()).delete(redirecting).then().statusCode(200);
        } finally {
            receiver.stop(0);
        }
    }

    /** The deliveries of a subscription once its first attempt is logged (the scheduler polls every second in tests). */
    static JsonPath awaitAttempt(String subscription) throws InterruptedException {
        JsonPath log = null;
        for (int i = 0; i < 150; i++) {
            log = given().header("Authorization", Tokens.publisher()).get(subscription + "/deliveries").then().statusCode(200)
                    .extract().jsonPath();
            if (log.getInt("size()") > 0 && log.getInt("[0].attempts") > 0) {
                return log;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no delivery attempt was logged for " + subscription + ": " + log.prettify());
    }
}
