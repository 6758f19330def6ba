package org.e2e.ops;

import java.util.concurrent.TimeUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.util.KeyUtils;

/**
 * The packaged service in the prod profile with no key to verify bearer tokens: it starts, serves reads and Swagger
 * UI, and refuses every write with a 401 problem, even one carrying a well-signed token.
 */
class ProdWithoutKeyIT {

    static Process service;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        String database = TwoInstancesIT.freshDatabase("_nokey");
        String server = TwoInstancesIT.server();
        String user = TwoInstancesIT.user();
        String password = TwoInstancesIT.password();
        TwoInstancesIT.signingKey = KeyUtils.readPrivateKey("jwt/privateKey.pem");
        int port = TwoInstancesIT.freePort();
        base = "http://127.0.0.1:" + port;
        service = TwoInstancesIT.launch("nokey", port, server + database, user, password, false);
        TwoInstancesIT.awaitStatus(base + "/q/health/ready", 200, Duration.ofSeconds(90));
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.destroy();
            if (!service.waitFor(20, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    @Test
    void readsAndSwaggerUiWorkAndWritesAreRefused() throws Exception {
        assertEquals(200, TwoInstancesIT.get(base + "/api/v1/frameworks/e2e-relationships", null).statusCode());
        assertEquals(200, TwoInstancesIT.get(base + "/q/swagger-ui/", null).statusCode());
        assertEquals(200, TwoInstancesIT.get(base + "/q/openapi", null).statusCode());
        HttpClient client = HttpClient.newHttpClient();
        for (String authorization : new String[] { null, TwoInstancesIT.token("editor-ana", "editor") }) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/frameworks/e2e-relationships/versions"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"version\":\"1.1.0\",\"basedOn\":\"1.0.0\"}"));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, response.statusCode(), response.body());
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
            assertTrue(response.body().contains("\"status\":401"), response.body());
        }
        assertEquals(404, TwoInstancesIT.get(base + "/api/v1/frameworks/e2e-relationships/versions/1.1.0", null).statusCode(),
                "nothing was written");
    }
}
