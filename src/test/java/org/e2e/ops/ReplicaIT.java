package org.e2e.ops;

import java.util.concurrent.TimeUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.smallrye.jwt.util.KeyUtils;
import org.e2e.support.Fixtures;

/**
 * The packaged service against the local cluster and a real streaming standby of it ({@link StreamingStandby}), the
 * standby given as the "replica" datasource through its environment variable. Which server answered each request is
 * read from {@code e2e_read_route_total}; the standby's replay is paused and resumed with PostgreSQL's own
 * functions, so "the replica is behind" is a state, not a race.
 * <ul>
 * <li>Published reads are served by the standby.</li>
 * <li>With replay paused, a resource publish and a framework publish are still read back at once (from the
 * primary: the write's token, and the publish the instance heard of); resumed, the new content comes from the
 * standby.</li>
 * <li>With the standby stopped, reads are answered by the primary and readiness stays UP.</li>
 * </ul>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaIT {

    static final String FW = Fixtures.FW;
    static final String SLUG = "how-to-build-a-teacher-alliance";
    static final String HEADER = "X-E2E-Read-After";

    static String database;
    static StreamingStandby standby;
    static Process service;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        database = TwoInstancesIT.freshDatabase("_replica");
        String server = TwoInstancesIT.server();
        String user = TwoInstancesIT.user();
        String password = TwoInstancesIT.password();
        standby = new StreamingStandby(server, user, password, TwoInstancesIT.freePort());
        TwoInstancesIT.signingKey = KeyUtils.readPrivateKey("jwt/privateKey.pem");
        int port = TwoInstancesIT.freePort();
        base = "http://127.0.0.1:" + port;
        // Plain URLs (the schema is e2e.database.schema); the service migrates the primary, the standby replays.
        service = TwoInstancesIT.launch("replica", port, server + database, user, password, true,
                Map.of("QUARKUS_DATASOURCE__REPLICA__JDBC_URL", standby.url() + database));
        TwoInstancesIT.awaitStatus(base + "/q/health/ready", 200, Duration.ofSeconds(90));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (service != null) {
                service.destroy();
                if (!service.waitFor(20, TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            }
        } finally {
            if (standby != null) {
                standby.close();
            }
        }
    }

    @Test
    @Order(1)
    void publishedReadsAreServedByTheStandby() throws Exception {
        assertEquals("t", standby.query(database, "select pg_is_in_recovery()"), "a standby, replaying the primary");
        assertTrue(TwoInstancesIT.poll(Duration.ofSeconds(30), () -> replayed()), "the standby replays the migrations and content");
        double replica = routed("caught-up", "replica");
        assertEquals(200, get("/api/v1/resources", null).statusCode());
        assertEquals(200, get("/api/v1/search?q=trust", null).statusCode());
        assertEquals(200, get("/api/v1/resources/" + SLUG, null).statusCode());
        // The list and search are answered from the search index, without a database read: only the resource routes.
        assertEquals(replica + 1, routed("caught-up", "replica"));
    }

    @Test
    @Order(2)
    void whileTheStandbyLagsReadsAfterAPublishComeFromThePrimaryThenFromTheStandby() throws Exception {
        standby.query(database, "select pg_wal_replay_pause()");
        String summary = "Teachers need each other, and the alliance shows how.";
        String token;
        try {
            token = publishResourceSummary(summary);
            double readAfter = routed("read-after", "primary");
            HttpResponse<String> own = get("/api/v1/resources/" + SLUG, token);
            assertEquals(200, own.statusCode());
            assertTrue(own.body().contains(summary), "the writer reads its write");
            assertEquals(readAfter + 1, routed("read-after", "primary"));

            double lag = routed("publish-lag", "primary");
            assertTrue(get("/api/v1/resources/" + SLUG, null).body().contains(summary), "so does everyone else");
            TwoInstancesIT.publish(base, "1.1.0"); // a framework version, with replay still paused
            assertEquals("1.1.0", TwoInstancesIT.versionOf(get(FW, null)), "the new latest, not the standby's 1.0.0");
            assertEquals(lag + 2, routed("publish-lag", "primary"));
        } finally {
            standby.query(database, "select pg_wal_replay_resume()");
        }
        assertTrue(TwoInstancesIT.poll(Duration.ofSeconds(30), () -> replayed()), "the standby catches up");
        double replica = routed("caught-up", "replica");
        HttpResponse<String> fromStandby = get("/api/v1/resources/" + SLUG, token);
        assertTrue(fromStandby.body().contains(summary), fromStandby.body());
        assertTrue(get("/api/v1/search?q=" + "alliance+shows", null).body().contains(SLUG), "search finds the new text");
        HttpResponse<String> layer = get(FW + "/layers/roots?version=1.1.0", null); // built now: never read before
        assertEquals(200, layer.statusCode(), layer.body());
        assertTrue(layer.body().contains("\"1.1.0\""), layer.body());
        // Search reads the index (synced from the primary on the publish), not the standby.
        assertEquals(replica + 2, routed("caught-up", "replica"), "the new content came from the standby");
    }

    @Test
    @Order(3)
    void withTheStandbyStoppedReadsUseThePrimaryAndTheServiceStaysReady() throws Exception {
        standby.stop();
        double down = routed("replica-down", "primary");
        assertEquals(200, get("/api/v1/resources", null).statusCode());
        assertEquals(200, get("/api/v1/search?q=trust", null).statusCode());
        assertEquals(200, get("/api/v1/resources/" + SLUG, null).statusCode());
        assertEquals(down + 1, routed("replica-down", "primary")); // the list and search read the index
        HttpResponse<String> ready = get("/q/health/ready", null);
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("the replica does not answer"), ready.body());
    }

    // -------------------------------------------------------------------------------------------------------

    /** Whether the standby has replayed everything the primary has written. */
    static boolean replayed() {
        try (Connection c = DriverManager.getConnection(TwoInstancesIT.server() + "postgres", TwoInstancesIT.user(),
                TwoInstancesIT.password()); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select pg_current_wal_lsn()::text")) {
            rs.next();
            return "t".equals(standby.query(database, "select pg_last_wal_replay_lsn() >= '" + rs.getString(1) + "'::pg_lsn"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes the resource's summary through a draft and publishes it; answers the publish's read-after token. */
    static String publishResourceSummary(String summary) throws Exception {
        String editor = TwoInstancesIT.token("editor-ana", "editor");
        HttpResponse<String> draft = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/resources/" + SLUG + "/draft"))
                .header("Authorization", editor).GET());
        assertEquals(200, draft.statusCode(), draft.body());
        HttpResponse<String> patched = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/resources/" + SLUG + "/draft"))
                .header("Authorization", editor).header("Content-Type", "application/merge-patch+json")
                .header("If-Match", draft.headers().firstValue("ETag").orElseThrow())
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"summary\":\"" + summary + "\"}")));
        assertEquals(200, patched.statusCode(), patched.body());
        HttpResponse<String> published = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/resources/" + SLUG + "/publish"))
                .header("Authorization", TwoInstancesIT.token("publisher-lee", "publisher"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, published.statusCode(), published.body());
        return published.headers().firstValue(HEADER).orElseThrow(() -> new AssertionError("no " + HEADER + " on a write"));
    }

    static HttpResponse<String> get(String path, String readAfter) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (readAfter != null) {
            request.header(HEADER, readAfter);
        }
        return send(request);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return TwoInstancesIT.HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The count of e2e_read_route_total for one reason and target, from the service's Prometheus text. */
    static double routed(String reason, String target) throws Exception {
        String metrics = get("/q/metrics", null).body();
        Matcher m = Pattern.compile("e2e_read_route_total\\{reason=\"" + reason + "\",target=\"" + target + "\"\\} (\\S+)")
                .matcher(metrics);
        assertTrue(m.find(), "e2e_read_route_total for " + reason);
        return Double.parseDouble(m.group(1));
    }
}
