package org.e2e.discovery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.e2e.support.Fixtures;
import org.e2e.support.PostgresTestDatabase;
import org.e2e.support.Tokens;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The index is the published content, no more, no less: after every step of a framework version's and a
 * resource's life (draft, publish, deprecate, a pending edit, its publish) the documents it holds are exactly the
 * latest published nodes and the published resources that SQL finds, drafts never among them, and the publisher's
 * own next search sees the change.
 */
@QuarkusTest
@TestProfile(IndexLifecycleProfile.class)
@QuarkusTestResource(PostgresTestDatabase.class)
class IndexLifecycleTest {

    static final String FW = Fixtures.FW;
    static final String RESOURCES = "/api/v1/resources";
    static final String DRAFT_ACTION = "Assume good intent when a colleague's words land badly.";

    @Inject
    DiscoveryIndex index;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void theIndexFollowsPublishDeprecateAndResourcePublish() throws Exception {
        assertIndexIsThePublishedContent("at startup");
        String generation = index.generation();

        // A draft version with a new action: nowhere in the index.
        given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body(Map.of("version", "1.1.0", "basedOn", "1.0.0")).post(FW + "/versions").then().statusCode(201);
        given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body(Map.of("type", "action", "parentId", Fixtures.TRUST, "slug", "assume-good-intent", "text", DRAFT_ACTION))
                .post(FW + "/versions/1.1.0/nodes").then().statusCode(201);
        assertNotFound("colleague words land badly");
        assertIndexIsThePublishedContent("with a draft version");
        assertEquals(generation, index.generation(), "a draft changes nothing");

        // Published: searchable at once, in its new version.
        given().header("Authorization", Tokens.publisher()).contentType("application/json").body(Map.of())
                .post(FW + "/versions/1.1.0/publish").then().statusCode(200);
        given().queryParam("q", "colleague words land badly").get("/api/v1/search").then().statusCode(200)
                .body("items.slug", hasItem("assume-good-intent")).body("items.version", hasItem("1.1.0"));
        assertIndexIsThePublishedContent("after publishing 1.1.0");
        assertNotEquals(generation, index.generation());

        // Deprecated: 1.0.0 is the latest published version again, without the action.
        given().header("Authorization", Tokens.publisher()).contentType("application/json").body(Map.of())
                .post(FW + "/versions/1.1.0/deprecate").then().statusCode(200);
        assertNotFound("colleague words land badly");
        assertIndexIsThePublishedContent("after deprecating 1.1.0");

        // A new resource: absent as a draft, present once published.
        String document = """
                {"slug":"teacher-alliance-checklist","title":"A checklist for a teacher alliance","summary":"Teachers need each other.",
                 "type":"article","audiences":["teachers"],"tags":["teacher-alliance"],
                 "sections":[{"slug":"article","title":"Checklist",
                   "blocks":[{"type":"paragraph","text":"Ask people what they do in their classrooms and how it’s working."}]}],
                 "supports":[{"framework":"e2e-relationships","node":"layer:roots/element:connections"}]}""";
        given().header("Authorization", Tokens.editor()).contentType("application/json").body(document).post(RESOURCES)
                .then().statusCode(201);
        assertNotFound("checklist");
        given().get(RESOURCES + "?tag=teacher-alliance").then().body("items.slug", not(hasItem("teacher-alliance-checklist")));
        assertIndexIsThePublishedContent("with a resource draft");
        given().header("Authorization", Tokens.publisher()).post(RESOURCES + "/teacher-alliance-checklist/publish").then().statusCode(200);
        given().get(RESOURCES + "?tag=teacher-alliance&element=connections").then()
                .body("items.slug", hasItem("teacher-alliance-checklist"));
        given().queryParam("q", "checklist").get("/api/v1/search").then().body("items.slug", hasItem("teacher-alliance-checklist"));
        assertIndexIsThePublishedContent("after publishing the resource");

        // A pending edit of a published resource stays out until it is published.
        Response draft = given().header("Authorization", Tokens.editor()).get(RESOURCES + "/teacher-alliance-checklist/draft");
        given().header("Authorization", Tokens.editor()).header("If-Match", draft.header("ETag"))
                .contentType(Fixtures.MERGE_PATCH).body("{\"summary\": \"Colleagues who keep each other going.\"}")
                .patch(RESOURCES + "/teacher-alliance-checklist/draft").then().statusCode(200);
        assertNotFound("colleagues keep each other going");
        given().header("Authorization", Tokens.publisher()).post(RESOURCES + "/teacher-alliance-checklist/publish").then().statusCode(200);
        given().queryParam("q", "colleagues keep each other going").get(RESOURCES).then()
                .body("items.slug", hasItem("teacher-alliance-checklist"));
        given().queryParam("q", "teachers need each other").get(RESOURCES).then()
                .body("items.slug", not(hasItem("teacher-alliance-checklist")));
        assertIndexIsThePublishedContent("after publishing the edit");
    }

    private static void assertNotFound(String q) {
        List<String> slugs = given().queryParam("q", q).get("/api/v1/search").then().statusCode(200).extract().jsonPath()
                .getList("items.slug");
        assertEquals(false, slugs.contains("assume-good-intent") || slugs.contains("teacher-alliance-checklist"), q + ": " + slugs);
    }

    private void assertIndexIsThePublishedContent(String when) throws SQLException {
        assertEquals(published(), index.contents(), when);
    }

    /** Every latest published node of the searched types and every published resource, as SQL finds them. */
    private Set<String> published() throws SQLException {
        Set<String> expected = new HashSet<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        with latest as (select distinct on (framework_id) id from framework_version where status = 'published'
                                        order by framework_id, major desc, minor desc, patch desc)
                        select n.type || ':' || n.node_id from node n join latest l on l.id = n.version_id
                        where n.type in ('layer', 'element', 'category', 'action')
                        union all select 'resource:' || r.id from resource r where r.status = 'published'""")) {
            while (rs.next()) {
                expected.add(rs.getString(1));
            }
        }
        return expected;
    }
}
