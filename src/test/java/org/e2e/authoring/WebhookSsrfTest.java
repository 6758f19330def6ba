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
            "http://localhost:5432/hook | host 'localhost' is in the special-use domain 'localhost'",
            "http://localhost.:5432/hook | host 'localhost.' is in the special-use domain 'localhost'",
            "http://192.0.2.10/hook | is in the documentation (TEST-NET-1) block 192.0.2.0/24 (RFC 5737)",
            "http://198.18.0.1/hook | is in the benchmarking block 198.18.0.0/15 (RFC 2544)",
            "http://[2001:db8::1]/hook | is in the documentation block 2001:db8::/32 (RFC 3849)",
            "http://[2002:a9fe:a9fe::1]/ | is in the 6to4 block 2002::/16 (RFC 3056) and carries 169.254.169.254, in the link-local block",
            "http://[64:ff9b::7f00:1]/ | and carries 127.0.0.1, in the loopback block 127.0.0.0/8 (RFC 1122)",
            "http://[100::1]/ | is in the discard-only block 100::/64 (RFC 6666)",
            "http://[2001:20::1]/ | is in the ORCHIDv2 identifier block 2001:20::/28 (RFC 7343)",
            "http://127.0.0.2/ | is in the loopback block 127.0.0.0/8 (RFC 1122), which webhooks may not reach",
            "http://169.254.169.254/latest/meta-data/ | is in the link-local block 169.254.0.0/16",
            "http://[::1]/ | is in the loopback block ::1/128",
            "http://[::ffff:10.0.0.1]/ | is in the private-use block 10.0.0.0/8",
            "http://2130706433/ | non-standard spelling of the IPv4 address 127.0.0.1",
            "http://0.0.0.0:22/ | is in the 'this host on this network' block 0.0.0.0/32",
            "http://192.168.1.10/hook | is in the private-use block 192.168.0.0/16",
            "http://[fd00::1]/ | is in the unique-local block fc00::/7",
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
            // same receiver, reached by the name "localhost." (a resolver other than Java's reads it as localhost).
            UUID stored = UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> {
                WebhookSubscriptionEntity s = new WebhookSubscriptionEntity();
                s.id = stored;
                s.url = "http://localhost.:" + port + "/hook";
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
                    "refused: the URL host 'localhost\\.' is in the special-use domain 'localhost', which only names local hosts; .*"),
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
