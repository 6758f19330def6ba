package org.e2e.framework;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import java.util.HashMap;
import static org.e2e.support.Fixtures.FW;
import static org.e2e.support.Fixtures.BE_RELIABLE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.e2e.content.ContentPackageLoader;
import org.e2e.content.ContentPackageReader;
import org.e2e.framework.published.PublishedChanges;
import org.e2e.support.PostgresTestDatabase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;

/**
 * The precomputed published read path, proven by its structural causes rather than by timings: SQL statement
 * counts (Hibernate statistics), cache-hit counters at /q/metrics, and the headers that let clients and CDNs cache.
 */
@QuarkusTest
@TestProfile(PublishedCacheProfile.class)
@QuarkusTestResource(PostgresTestDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishedCacheTest {

    static final int EXTRA_PER_CATEGORY = 1000;

    @Inject
    SessionFactory sessionFactory;
    @Inject
    ContentPackageLoader loader;
    @Inject
    ContentPackageReader reader;
    @Inject
    PublishedChanges changes;
    @Inject
    FrameworkTreeService trees;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "e2e.database.schema")
    String schema;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    Statistics statistics;

    @BeforeEach
    void loadLargeVersionOnce() throws Exception {
        statistics = sessionFactory.getStatistics();
        assertTrue(statistics.isStatisticsEnabled(), "the test profile enables Hibernate statistics");
        // 2.0.0: the real framework with 1,000 extra actions in each of its categories, loaded as the startup
        // loader loads packages (draft rows, then released). Loading twice is a no-op.
        loader.load(reader.read(new ByteArrayInputStream(LargeFrameworkPackage.generate("2.0.0", EXTRA_PER_CATEGORY)),
                "generated"), "generated");
    }

    @Test
    @Order(1)
    void buildingAnUncachedRepresentationCostsTheSameStatementsWhateverTheTreeSize() throws Exception {
        changes.invalidateAll();
        // Trees other work already built (the rubric's links read the latest one) are dropped too: both builds start cold.
        forgetTree("1.0.0");
        forgetTree("2.0.0");
        statistics.clear();
        int smallActions = given().get(FW + "/versions/1.0.0").then().statusCode(200).extract().jsonPath()
                .getList("layers.elements.flatten().categories.flatten().actions.flatten()").size();
        long small = statistics.getPrepareStatementCount();

        statistics.clear();
        int largeActions = given().get(FW + "/versions/2.0.0").then().statusCode(200).extract().jsonPath()
                .getList("layers.elements.flatten().categories.flatten().actions.flatten()").size();
        long large = statistics.getPrepareStatementCount();

        assertTrue(largeActions >= smallActions + 3 * EXTRA_PER_CATEGORY,
                "the large version has thousands of actions: " + smallActions + " vs " + largeActions);
        assertEquals(small, large, "statements to build 1.0.0 (" + smallActions + " actions) and 2.0.0 ("
                + largeActions + " actions)");
        assertTrue(small > 0 && small <= 4, "a fixed handful of statements, not one per node: " + small);

        // The same holds for a node and for a layer of each version.
        statistics.clear();
        given().get(FW + "/layers/roots?version=1.0.0").then().statusCode(200);
        long smallLayer = statistics.getPrepareStatementCount();
        statistics.clear();
        given().get(FW + "/layers/roots?version=2.0.0").then().statusCode(200);
        assertEquals(smallLayer, statistics.getPrepareStatementCount(), "statements for a layer, small vs large");
    }

    @Test
    @Order(2)
    void cachedPublishedReadsAndNotModifiedNeedNoDatabase() {
        String[] paths = { FW, FW + "?version=1.0.0", FW + "/versions/2.0.0", FW + "/versions/1.0.0/nodes/" + BE_RELIABLE,
                FW + "/layers/roots", FW + "/elements/beliefs?version=1.0.0", FW + "/principles", FW + "/outcomes",
                FW + "/references", FW + "/versions", "/api/v1/frameworks" };
        Map<String, String> etags = new HashMap<>();
        for (String path : paths) {
            etags.put(path, given().get(path).then().statusCode(200).extract().header("ETag")); // warm
        }
        double hitsBefore = metric("e2e_published_cache_hits_total");
        statistics.clear();
        for (String path : paths) {
            given().get(path).then().statusCode(200).header("ETag", etags.get(path));
            given().header("If-None-Match", etags.get(path)).get(path).then().statusCode(304)
                    .header("ETag", etags.get(path));
            // a browser from a portal (CORS) goes through JAX-RS: still the cache, still no SQL
            given().header("Origin", "https://portal.district.example").get(path).then().statusCode(200)
                    .header("ETag", etags.get(path))
                    .header("Access-Control-Allow-Origin", "https://portal.district.example");
        }
        assertEquals(0, statistics.getPrepareStatementCount(), "published reads from memory touch no database");
        double hitsAfter = metric("e2e_published_cache_hits_total");
        assertTrue(hitsAfter >= hitsBefore + 3 * paths.length, "cache hits grew from " + hitsBefore + " to " + hitsAfter);
    }

    @Test
    @Order(3)
    void latestAndPinnedAnswersSayHowLongTheyMayBeCached() {
        given().get(FW).then().statusCode(200).header("Cache-Control", "public, max-age=60")
                .body("version.version", equalTo("2.0.0"));
        given().get(FW + "?version=1.0.0").then().statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable");
        given().get(FW + "/versions/1.0.0/nodes/" + BE_RELIABLE).then().statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable");
        String etag = given().get(FW + "/layers/soil").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", "W/" + etag + ", \"other\"").get(FW + "/layers/soil").then().statusCode(304)
                .header("Cache-Control", "public, max-age=60");
        // Errors are never cached and keep their problem+json.
        given().get(FW + "/layers/nowhere").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/frameworks/nowhere").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @Order(4)
    void draftsAreNeverCachedAndStayPrivate() {
        String editor = "Bearer " + Jwt.subject("editor-ana").groups(Set.of("editor")).sign();
        given().header("Authorization", editor).contentType("application/json")
                .body(Map.of("version", "9.0.0", "basedOn", "1.0.0")).post(FW + "/versions").then().statusCode(201);
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", editor).get(FW + "/versions/9.0.0").then().statusCode(200)
                    .header("Cache-Control", "private, no-store");
            given().header("Authorization", editor).get(FW + "/versions").then().statusCode(200)
                    .header("Cache-Control", "private, no-store").body("version", hasItem("9.0.0"));
        }
        given().get(FW + "/versions/9.0.0").then().statusCode(404);
        given().get(FW + "/versions").then().statusCode(200)
                .body("version", not(hasItem("9.0.0")));
        statistics.clear();
        given().get(FW + "/versions/9.0.0").then().statusCode(404);
        assertTrue(statistics.getPrepareStatementCount() > 0, "a draft is looked up in the database, never in the cache");
    }

    /**
     * What another instance's publish sends: a NOTIFY on a connection of its own. This instance's listener drops the
     * framework's entries, so the next read is built again.
     */
    @Test
    @Order(5)
    void aNotificationFromAnotherConnectionDropsTheFrameworksEntries() throws Exception {
        given().get(FW).then().statusCode(200);
        statistics.clear();
        given().get(FW).then().statusCode(200);
        assertEquals(0, statistics.getPrepareStatementCount(), "cached before the notification");
        double invalidations = metric("e2e_published_cache_invalidations_total");
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute("NOTIFY " + PublishedChanges.CHANNEL + ", 'e2e-relationships'");
        }
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (metric("e2e_published_cache_invalidations_total") <= invalidations && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(metric("e2e_published_cache_invalidations_total") > invalidations, "the listener saw the NOTIFY");
        statistics.clear();
        given().get(FW).then().statusCode(200);
        assertTrue(statistics.getPrepareStatementCount() > 0, "rebuilt from the database after the notification");
    }

    @Test
    @Order(6)
    void metricsAreExposedForPrometheus() {
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String name : new String[] { "e2e_published_cache_hits_total", "e2e_published_cache_misses_total",
                "e2e_published_cache_entries", "e2e_published_listener_connected", "http_server_requests_seconds_count",
                "jvm_memory_used_bytes", "agroal_active_count" }) {
            assertTrue(body.contains(name), "/q/metrics has " + name);
        }
        assertTrue(!body.contains("nodes/" + BE_RELIABLE), "request paths are folded into templates");
    }

    static double metric(String name) {
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.Ee+-]+)$").matcher(body);
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(2));
        }
        return sum;
    }

    @Test
    @Order(7)
    void concurrentMissesOfOneRepresentationBuildItOnce() throws Exception {
        changes.invalidateAll();
        forgetTree("2.0.0");
        double misses = metric("e2e_published_cache_misses_total");
        statistics.clear();
        int requests = 8;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> etags = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                etags.add(pool.submit(() -> {
                    start.await();
                    return given().get(FW + "/versions/2.0.0").then().statusCode(200).extract().header("ETag");
                }));
            }
            start.countDown();
            Set<String> distinct = new HashSet<>();
            for (Future<String> etag : etags) {
                distinct.add(etag.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, distinct.size(), "every request got the same bytes");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(misses + 1, metric("e2e_published_cache_misses_total"), "one build for " + requests + " requests");
        assertTrue(statistics.getPrepareStatementCount() <= 4, "the statements of one build: " + statistics.getPrepareStatementCount());
    }

    @Test
    @Order(50)
    void aResourceListCountsOnceUntilPublishedContentChanges() {
        String list = FW + "/elements/beliefs/resources?size=1"; // the library list itself is answered by the search index
        changes.invalidateAll(); // fires PublishedContentChanged: counts are dropped too
        statistics.clear();
        given().get(list).then().statusCode(200).header("X-Total-Count", "2");
        long first = statistics.getPrepareStatementCount();
        statistics.clear();
        given().get(list + "&page=2").then().statusCode(200).header("X-Total-Count", "2");
        long second = statistics.getPrepareStatementCount();
        assertEquals(1, second, "the second page reuses the count (and the latest versions): only its page query runs");
        assertTrue(first > second, "the first page took the count");

        changes.invalidateAll();
        statistics.clear();
        given().get(list).then().statusCode(200).header("X-Total-Count", "2");
        assertEquals(first, statistics.getPrepareStatementCount(), "after a change the count is taken again");
    }

    /** Drops the kept tree of a version, as a status change does, so that the next read builds it. */
    private void forgetTree(String version) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                Statement s = c.createStatement()) {
            c.setSchema(schema);
            try (ResultSet rs = s.executeQuery("select v.id from framework_version v join framework f on f.id = v.framework_id"
                    + " where f.slug = 'e2e-relationships' and v.version = '" + version + "'")) {
                assertTrue(rs.next(), version);
                trees.evict(rs.getObject(1, UUID.class));
            }
        }
    }
}
