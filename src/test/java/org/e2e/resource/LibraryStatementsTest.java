package org.e2e.resource;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.e2e.framework.published.PublishedChanges;

import io.agroal.api.AgroalDataSource;
import org.e2e.support.PostgresTestDatabase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The structural causes of a fast library page and search, proven by statement and entity counts (Hibernate
 * statistics) rather than timings: library pages and searches are answered by the search index with no statement at
 * all, cold (just after published content changed) or warm; an element's resources cost the same few statements
 * with 10 extra resources as with 2,010, load no resource entity (no JSON sections or rubric hydrated), and, once the
 * count and the latest versions are known, are a single statement.
 */
@QuarkusTest
@TestProfile(LibraryStatementsProfile.class)
@QuarkusTestResource(PostgresTestDatabase.class)
class LibraryStatementsTest {

    static final String PLAYBOOK = "educator-to-educator-relationships-toolkit";
    /** Requests of each kind the search index serves. */
    static final String[] INDEXED = {
            "/api/v1/resources?audience=teachers&type=tool-playbook&size=4",
            "/api/v1/resources?audience=teachers&type=tool-playbook&size=4&page=3",
            "/api/v1/resources?layer=roots&sort=-reading-time&size=4&page=2",
            "/api/v1/resources?element=connections&size=1&page=2",
            "/api/v1/resources?layer=soil&tag=collaboration&size=4&facets=audience,type,layer,element,tag",
            "/api/v1/resources?q=relationships&size=4&page=2",
            "/api/v1/search?q=relationships&size=5&page=2",
            "/api/v1/search?q=trust%20colleagues&types=resource,action&facets=type",
            "/api/v1/search/suggestions?q=rel" };
    /** Requests still answered by SQL. */
    static final String[] SQL = { "/api/v1/frameworks/e2e-relationships/elements/beliefs/resources?size=1&page=2" };

    @Inject
    SessionFactory sessionFactory;
    @Inject
    PublishedChanges changes;
    @Inject
    AgroalDataSource dataSource;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "e2e.database.schema")
    String schema;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void pagesAndSearchesCostTheSameStatementsWhateverTheLibrarySize() throws Exception {
        Statistics statistics = sessionFactory.getStatistics();
        addCopies(1, 10);
        for (String request : SQL) { // the framework trees are built once, whatever the library's size
            given().get(request).then().statusCode(200);
        }
        Map<String, long[]> small = measure(statistics);
        addCopies(11, 2010);
        Map<String, long[]> large = measure(statistics);

        for (String request : INDEXED) {
            long[] s = small.get(request);
            long[] l = large.get(request);
            assertEquals(0, s[0] + l[0], "cold: no statement for " + request);
            assertEquals(0, s[1] + l[1], "warm: no statement for " + request);
        }
        for (String request : SQL) {
            long[] s = small.get(request);
            long[] l = large.get(request);
            assertEquals(s[0], l[0], "cold statements of " + request + " with 10 and with 2,010 extra resources");
            assertEquals(s[1], l[1], "warm statements of " + request + " with 10 and with 2,010 extra resources");
            assertTrue(s[0] <= 3, "cold: at most count, latest versions and page: " + request + " took " + s[0]);
            assertEquals(1, s[1], "warm: one statement for " + request);
            assertEquals(0, s[2] + l[2], "no resource entity is loaded (no JSON bodies hydrated) for " + request);
        }
        // The copies really are there (the index read them when published content changed): the total grew.
        String total = given().get(INDEXED[0]).then().statusCode(200).extract().header("X-Total-Count");
        assertEquals(2011, Integer.parseInt(total), "the real playbook and its 2,010 copies");
    }

    /**
     * Not a statement, not even a connection: the pool's acquisitions do not move while the index answers (the
     * webhook poller, which would take connections, is off in this profile), and repeated requests come from
     * precomputed bytes, unmodified ones as 304s.
     */
    @Test
    void indexedRequestsTakeNoDatabaseConnection() {
        for (String request : INDEXED) {
            given().get(request).then().statusCode(200);
        }
        long acquired = dataSource.getMetrics().acquireCount();
        for (String request : INDEXED) {
            String etag = given().get(request).then().statusCode(200).extract().header("ETag");
            given().header("If-None-Match", etag).get(request).then().statusCode(304);
            given().get(request.replace("size=4", "size=3")).then().statusCode(200); // not precomputed yet: searched
        }
        assertEquals(acquired, dataSource.getMetrics().acquireCount(), "connections taken while the index answered");
    }

    /** For each request: statements when nothing is known yet, statements once warm, entities loaded. */
    private Map<String, long[]> measure(Statistics statistics) {
        Map<String, long[]> result = new LinkedHashMap<>();
        changes.invalidateAll(); // what a publish does on every instance: counts and latest versions dropped, index synced
        for (String request : concat(INDEXED, SQL)) {
            statistics.clear();
            given().get(request).then().statusCode(200);
            long cold = statistics.getPrepareStatementCount();
            long entities = resourcesLoaded(statistics);
            statistics.clear();
            given().get(request).then().statusCode(200);
            result.put(request, new long[] { cold, statistics.getPrepareStatementCount(), entities + resourcesLoaded(statistics) });
        }
        return result;
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Arrays.stream(a), Arrays.stream(b)).toArray(String[]::new);
    }

    private static long resourcesLoaded(Statistics statistics) {
        return statistics.getEntityStatistics(ResourceEntity.class.getName()).getLoadCount();
    }

    /** Published copies of the playbook, numbered from..to, inserted as the benchmark's generator does. */
    private void addCopies(int from, int to) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                PreparedStatement insert = c.prepareStatement("""
                        insert into resource (id, slug, title, summary, type, audiences, tags, node_ids, author, author_bio,
                            publisher, collection, date_text, reading_minutes, sections, rubric, search_text, status, published_at)
                        select gen_random_uuid(), r.slug || '-copy-' || i, r.title || ' ' || i, r.summary, r.type, r.audiences,
                            r.tags, r.node_ids, r.author, r.author_bio, r.publisher, r.collection, r.date_text,
                            r.reading_minutes + i % 7, r.sections, r.rubric, r.search_text, 'published', now()
                        from resource r cross join generate_series(?, ?) i where r.slug = ?""")) {
            c.setSchema(schema);
            insert.setInt(1, from);
            insert.setInt(2, to);
            insert.setString(3, PLAYBOOK);
            assertEquals(to - from + 1, insert.executeUpdate());
        }
    }
}
