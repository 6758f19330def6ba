package org.e2e.discovery;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.e2e.framework.published.PublishedChanges;
import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Facet counts equal brute-force counts from SQL on generated data (600 resources with random audiences, types,
 * tags and supported nodes): each facet value counted over resource_card with the query's other filters, layers and
 * elements through their subtrees. And the pool's connections plan each statement for its values.
 */
@QuarkusTest
@TestProfile(IndexLifecycleProfile.class)
@QuarkusTestResource(PostgresTestDatabase.class)
class FacetCountsTest {

    static final String[] REQUESTS = {
            "facets=audience,type,layer,element,tag",
            "facets=audience,type,layer,element,tag&audience=teachers",
            "facets=audience,type,layer,element,tag&type=article,rubric&layer=roots",
            "facets=audience,type,layer,element,tag&element=connections&tag=generated-3",
            "facets=audience,type,layer,element,tag&audience=district-leaders,teachers&element=policies,beliefs" };
    /** A filter of SQL per facet and value, on resource_card c (layers and elements: their subtrees in the latest versions). */
    static final Map<String, String> SQL_FILTERS = Map.of(
            "audience", "c.audiences && ?::text[]",
            "type", "c.type = any(?::text[])",
            "tag", "c.tags && ?::text[]",
            "layer", "c.node_ids && (select array_agg(id) from subtree where root_type = 'layer' and root_slug = any(?::text[]))",
            "element", "c.node_ids && (select array_agg(id) from subtree where root_type = 'element' and root_slug = any(?::text[]))");
    static final String SUBTREE = """
            with recursive latest as (select distinct on (framework_id) id from framework_version where status = 'published'
                                      order by framework_id, major desc, minor desc, patch desc),
            subtree(root_type, root_slug, id, version_id) as (
                select n.type, n.slug, n.node_id, n.version_id from node n join latest l on l.id = n.version_id
                where n.type in ('layer', 'element')
                union all
                select s.root_type, s.root_slug, n.node_id, n.version_id from subtree s
                join node n on n.version_id = s.version_id and n.parent_id = s.id)
            """;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    PublishedChanges changes;

    @Test
    void facetCountsEqualBruteForceSqlCounts() throws SQLException {
        generate();
        changes.invalidateAll(); // as when an instance reconnects: the index reads what changed
        for (String request : REQUESTS) {
            JsonPath page = given().get("/api/v1/resources?size=1&" + request).then().statusCode(200).extract().jsonPath();
            Map<String, List<String>> filters = filters(request);
            assertEquals(count(filters, null, null), page.getLong("totalItems"), request);
            for (String facet : List.of("audience", "type", "layer", "element", "tag")) {
                List<Map<String, Object>> values = page.getList("facets." + facet);
                assertTrue(!values.isEmpty(), facet + " of " + request);
                for (Map<String, Object> value : values) {
                    long expected = count(filters, facet, (String) value.get("value"));
                    assertEquals(expected, ((Number) value.get("count")).longValue(), facet + "=" + value.get("value") + " for " + request);
                }
            }
        }
    }

    @Test
    void poolConnectionsPlanEachStatementForItsValues() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("show plan_cache_mode")) {
                rs.next();
                assertEquals("force_custom_plan", rs.getString(1));
            }
            // The element list's statement, run with a deep offset more than five times on this connection...
            s.execute("prepare element_page(uuid[], int, bigint) as select r.id from resource_card r where r.id in ("
                    + "select r.id from resource_card r where r.node_ids && $1 order by r.title, r.slug limit $2 offset $3)"
                    + " order by r.title, r.slug");
            String nodes;
            try (ResultSet rs = s.executeQuery("select array_agg(node_id)::text from node where type = 'element' and slug = 'connections'")) {
                rs.next();
                nodes = "'" + rs.getString(1) + "'::uuid[]";
            }
            for (int i = 0; i < 7; i++) {
                s.execute("execute element_page(" + nodes + ", 20, 400)");
            }
            // ...still plans the first page for its values: no generic plan was kept.
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = s.executeQuery("explain execute element_page(" + nodes + ", 20, 0)")) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            assertTrue(!plan.toString().contains("$1"), "a custom plan names values, not parameters:\n" + plan);
            s.execute("deallocate element_page");
        }
    }

    private long count(Map<String, List<String>> filters, String facet, String value) throws SQLException {
        StringBuilder sql = new StringBuilder(SUBTREE).append("select count(*) from resource_card c where true");
        List<String[]> parameters = new ArrayList<>();
        filters.forEach((name, values) -> {
            if (!name.equals(facet)) {
                sql.append(" and ").append(SQL_FILTERS.get(name));
                parameters.add(values.toArray(String[]::new));
            }
        });
        if (facet != null) {
            sql.append(" and ").append(SQL_FILTERS.get(facet));
            parameters.add(new String[] { value });
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setArray(i + 1, c.createArrayOf("text", parameters.get(i)));
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Map<String, List<String>> filters(String request) {
        Map<String, List<String>> filters = new HashMap<>();
        for (String pair : request.split("&")) {
            String[] kv = pair.split("=");
            if (!kv[0].equals("facets")) {
                filters.put(kv[0], List.of(kv[1].split(",")));
            }
        }
        return filters;
    }

    /** 600 published resources with seeded random audiences, types, tags (generated-0 to -9) and supported nodes. */
    private void generate() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("select setseed(0.18)");
            s.execute("""
                    insert into resource (id, slug, title, summary, type, audiences, tags, node_ids, reading_minutes, sections,
                        rubric, search_text, status, published_at)
                    select gen_random_uuid(), 'generated-' || i, 'Generated resource ' || i, 'A generated summary.',
                        (array['article', 'tool-playbook', 'article'])[1 + floor(random() * 3)::int],
                        (select coalesce(nullif(array_agg(a), '{}'), array['teachers']) from unnest(array['teachers',
                            'school-youth-program-staff', 'school-youth-organization-leaders', 'district-leaders']) a
                         where random() < 0.4 + i * 0),
                        array['generated-' || (i % 10), 'generated-' || (i % 7)],
                        (select coalesce(array_agg(n.node_id), '{}') from node n
                         where n.type in ('element', 'category', 'action') and random() < 0.05 + i * 0),
                        1 + i % 30, '[]'::jsonb, null, 'Generated text ' || i, 'published', now()
                    from generate_series(1, 600) i""");
        }
    }
}
