package org.e2e.ops;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import static org.e2e.support.Fixtures.FW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Two real instances of the packaged service (the runner jar, as deployed) on one PostgreSQL database. Instance A
 * connects directly; instance B connects through a {@link CuttableProxy}, so the test can take the database away
 * from B alone without touching the shared server.
 * <ul>
 * <li>A publish on A is served by B within 2 s: only PostgreSQL's NOTIFY can tell B (its cache would otherwise
 * serve the old "latest" for ever, since cache hits never query).</li>
 * <li>With B's database cut: cached published reads are still served (200 and 304), readiness is DOWN, other
 * requests get a 503 problem+json with Retry-After instead of hanging; restored, B recovers without a restart and
 * its LISTEN connection is back (a second publish on A reaches it).</li>
 * </ul>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    static final String ISSUER = "https://e2e.test/issuer";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static String database;
    static CuttableProxy proxy;
    static Process a;
    static Process b;
    static String baseA;
    static String baseB;
    static PrivateKey signingKey;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        database = freshDatabase("_it");
        String server = server();
        String user = user();
        String password = password();
        URI pg = URI.create(server.substring("jdbc:".length()));
        proxy = new CuttableProxy(pg.getHost(), pg.getPort() < 0 ? 5432 : pg.getPort());
        signingKey = KeyUtils.readPrivateKey("jwt/privateKey.pem");

        int portA = freePort();
        int portB = freePort();
        baseA = "http://127.0.0.1:" + portA;
        baseB = "http://127.0.0.1:" + portB;
        a = launch("a", portA, server + database, user, password);
        awaitStatus(baseA + "/q/health/ready", 200, Duration.ofSeconds(90)); // A migrates and loads the content
        b = launch("b", portB, "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database,
                user, password);
        awaitStatus(baseB + "/q/health/ready", 200, Duration.ofSeconds(90));
    }

    @AfterAll
    static void stop() throws Exception {
        for (Process p : new Process[] { a, b }) {
            if (p != null) {
                p.destroy(); // SIGTERM: the graceful shutdown
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    @Order(1)
    void aPublishOnOneInstanceIsServedByTheOtherWithinTwoSeconds() throws Exception {
        assertEquals("1.0.0", latestVersion(baseB));
        assertEquals("1.0.0", latestVersion(baseB)); // now from B's cache

        publish("1.1.0");
        assertTrue(poll(Duration.ofSeconds(2), () -> get(baseB + "/api/v1/search?q=trust", null).body()
                .contains("\"version\":\"1.1.0\"")), "B's search index holds the version A published within 2 s");
        assertEquals("1.1.0", latestVersion(baseA), "A sees its own publish at once");
        assertTrue(poll(Duration.ofSeconds(2), () -> "1.1.0".equals(latestVersion(baseB))),
                "B serves the version A published within 2 s");
    }

    @Test
    @Order(2)
    void aResourcePublishedOnOneInstanceIsSearchableOnTheOtherWithinTwoSeconds() throws Exception {
        String document = """
                {"slug":"teacher-alliance-checklist","title":"A checklist for a teacher alliance","summary":"Teachers need each other.",
                 "type":"article","audiences":["teachers"],"tags":["teacher-alliance"],
                 "sections":[{"slug":"article","title":"Checklist",
                   "blocks":[{"type":"paragraph","text":"Ask people what they do in their classrooms and how it’s working."}]}],
                 "supports":[{"framework":"e2e-relationships","node":"layer:roots/element:connections"}]}""";
        String search = "/api/v1/search?q=checklist";
        assertTrue(!get(baseB + search, null).body().contains("teacher-alliance-checklist"));
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(baseA + "/api/v1/resources"))
                .header("Authorization", token("editor-ana", "editor")).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(document)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(!get(baseB + search, null).body().contains("teacher-alliance-checklist"), "a draft is in no index");
        HttpResponse<String> published = HTTP.send(HttpRequest.newBuilder(
                URI.create(baseA + "/api/v1/resources/teacher-alliance-checklist/publish"))
                .header("Authorization", token("publisher-lee", "publisher")).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, published.statusCode(), published.body());
        assertTrue(get(baseA + search, null).body().contains("teacher-alliance-checklist"), "A finds its own publish at once");
        assertTrue(poll(Duration.ofSeconds(2), () -> get(baseB + search, null).body().contains("teacher-alliance-checklist")),
                "B finds the resource A published within 2 s");
    }

    @Test
    @Order(3)
    void withoutItsDatabaseAnInstanceServesCachedReadsAndFailsTheRestFastThenRecovers() throws Exception {
        HttpResponse<String> tree = get(baseB + FW, null);
        assertEquals(200, tree.statusCode());
        String etag = tree.headers().firstValue("ETag").orElseThrow();
        assertEquals(200, get(baseB + "/api/v1/resources", null).statusCode());

        proxy.cut();
        try {
            HttpResponse<String> cached = get(baseB + FW, null);
            assertEquals(200, cached.statusCode(), "a cached published read survives the outage");
            assertEquals(tree.body(), cached.body());
            assertEquals(304, get(baseB + FW, etag).statusCode());
            assertEquals(200, get(baseB + FW + "/versions/1.1.0", null).statusCode());

            assertTrue(poll(Duration.ofSeconds(10), () -> get(baseB + "/q/health/ready", null).statusCode() == 503),
                    "readiness reports DOWN without its database");

            // The library and search are answered from the search index, which needs no database.
            assertEquals(200, get(baseB + "/api/v1/resources", null).statusCode(), "the library survives the outage");
            assertEquals(200, get(baseB + "/api/v1/search?q=trust", null).statusCode(), "so does search");
            long started = System.nanoTime();
            HttpResponse<String> resources = get(baseB + "/api/v1/resources/how-to-build-a-teacher-alliance", null);
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("TwoInstancesIT: 503 for a resource after %d ms%n", millis);
            assertEquals(503, resources.statusCode(), resources.body());
            assertTrue(resources.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(resources.headers().firstValue("Retry-After").isPresent(), "Retry-After tells clients when to retry");
            assertTrue(resources.body().contains("urn:e2e:problem:service-unavailable"), resources.body());
            assertTrue(!resources.body().contains("SQL") && !resources.body().contains("Exception"), resources.body());
            // An uncached published read needs the database too: the same fast 503, not a hang (client timeout 10 s).
            assertEquals(503, get(baseB + "/api/v1/frameworks/e2e-relationships/actions", null).statusCode());
        } finally {
            proxy.restore();
        }

        assertTrue(poll(Duration.ofSeconds(30), () -> get(baseB + "/q/health/ready", null).statusCode() == 200),
                "readiness is UP again without a restart");
        assertTrue(poll(Duration.ofSeconds(10), () -> get(baseB + "/api/v1/resources/how-to-build-a-teacher-alliance", null)
                .statusCode() == 200), "database reads work again");
        // The LISTEN connection is back: a publish on A still reaches B.
        assertTrue(poll(Duration.ofSeconds(10), () -> "1.1.0".equals(latestVersion(baseB))));
        publish("1.2.0");
        assertTrue(poll(Duration.ofSeconds(2), () -> "1.2.0".equals(latestVersion(baseB))),
                "B serves a version published after the outage within 2 s");
    }

    // -------------------------------------------------------------------------------------------------------

    static void publish(String version) throws Exception {
        publish(baseA, version);
    }

    /** Creates a draft {@code version} of the framework on the instance at {@code baseA} and publishes it. */
    static void publish(String baseA, String version) throws Exception {
        String body = "{\"version\":\"" + version + "\",\"basedOn\":\"1.0.0\"}";
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(baseA + FW + "/versions"))
                .header("Authorization", token("editor-ana", "editor")).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> published = HTTP.send(HttpRequest.newBuilder(URI.create(baseA + FW + "/versions/" + version + "/publish"))
                .header("Authorization", token("publisher-lee", "publisher")).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, published.statusCode(), published.body());
    }

    static String token(String subject, String group) {
        return "Bearer " + Jwt.issuer(ISSUER).subject(subject).groups(Set.of(group)).sign(signingKey);
    }

    static String latestVersion(String base) {
        return versionOf(get(base + FW, null));
    }

    static String versionOf(HttpResponse<String> tree) {
        if (tree.statusCode() != 200) {
            return null;
        }
        Matcher m = Pattern.compile("\"version\":\\{\"version\":\"([0-9.]+)\"")
                .matcher(tree.body());
        return m.find() ? m.group(1) : null;
    }

    static HttpResponse<String> get(String url, String ifNoneMatch) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET();
            if (ifNoneMatch != null) {
                request.header("If-None-Match", ifNoneMatch);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + url + " failed or hung: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static boolean poll(Duration bound, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return true;
                }
            } catch (IllegalStateException e) {
                // not answering yet
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
    }

    static void awaitStatus(String url, int status, Duration bound) throws InterruptedException {
        assertTrue(poll(bound, () -> get(url, null).statusCode() == status), url + " never answered " + status);
    }

    static Process launch(String name, int port, String jdbcUrl, String user, String password) throws IOException {
        return launch(name, port, jdbcUrl, user, password, true);
    }

    /** The packaged service in the prod profile; {@code withKey} false leaves bearer-token verification unconfigured. */
    static Process launch(String name, int port, String jdbcUrl, String user, String password, boolean withKey) throws IOException {
        return launch(name, port, jdbcUrl, user, password, withKey, Map.of());
    }

    /** The same, with extra environment variables (as a container would be given them). */
    static Process launch(String name, int port, String jdbcUrl, String user, String password, boolean withKey,
            Map<String, String> environment) throws IOException {
        String runner = System.getProperty("e2e.runner.jar", "target/quarkus-app/quarkus-run.jar");
        assertTrue(new File(runner).isFile(), "the packaged service " + runner + " (run ./mvnw verify)");
        String publicKey = Path.of("src/test/resources/jwt/publicKey.pem").toAbsolutePath().toString();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx128m", "-XX:+UseSerialGC",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + jdbcUrl, "-Dquarkus.datasource.username=" + user,
                "-Dquarkus.datasource.password=" + password,
                "-De2e.webhooks.delivery-enabled=false"));
        if (withKey) {
            command.addAll(List.of("-Dmp.jwt.verify.publickey.location=file:" + publicKey, "-Dmp.jwt.verify.issuer=" + ISSUER));
        }
        command.addAll(List.of("-jar", runner));
        Path log = Path.of("target", "two-instances-" + name + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A database of its own ({@code E2E_TEST_DB} plus {@code suffix}), dropped and created afresh on the test server. */
    static String freshDatabase(String suffix) throws SQLException {
        String prefix = System.getenv().getOrDefault("E2E_TEST_DB", "e2e_test");
        String name = (prefix.isBlank() ? "e2e_test" : prefix) + suffix;
        try (Connection c = DriverManager.getConnection(server() + "postgres", user(), password()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            s.execute("CREATE DATABASE \"" + name + "\"");
        }
        return name;
    }

    /** The test server, {@code jdbc:postgresql://host:port/}, and its credentials (E2E_TEST_PG_URL, _USER, _PASSWORD). */
    static String server() {
        return env("E2E_TEST_PG_URL", "jdbc:postgresql://localhost:5432/");
    }

    static String user() {
        return env("E2E_TEST_PG_USER", "postgres");
    }

    static String password() {
        return System.getenv().getOrDefault("E2E_TEST_PG_PASSWORD", "postgres");
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
