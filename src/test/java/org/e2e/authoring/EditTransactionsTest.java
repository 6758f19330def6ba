package org.e2e.authoring;

import static io.restassured.RestAssured.given;
import static org.e2e.support.Fixtures.BE_RELIABLE;
import static org.e2e.support.Fixtures.FW;
import static org.e2e.support.Fixtures.MERGE_PATCH;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.e2e.framework.PublishedCacheProfile;
import org.e2e.support.PostgresTestDatabase;
import org.e2e.support.Tokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Every edit is one service call in one transaction: lock, If-Match, merge, validate, save and audit. Counted with
 * Hibernate statistics under a profile where nothing runs in the background (webhook delivery is off).
 */
@QuarkusTest
@TestProfile(PublishedCacheProfile.class)
@QuarkusTestResource(PostgresTestDatabase.class)
class EditTransactionsTest {

    static final String RESOURCE = "/api/v1/resources/how-to-build-a-teacher-alliance/draft";

    @Inject
    SessionFactory sessionFactory;

    Statistics statistics;

    @BeforeEach
    void statistics() {
        statistics = sessionFactory.getStatistics();
        assertTrue(statistics.isStatisticsEnabled(), "the test profile enables Hibernate statistics");
    }

    @Test
    void aNodePatchOrPutIsOneTransaction() {
        given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body(Map.of("version", "9.1.0", "basedOn", "1.0.0")).post(FW + "/versions").then().statusCode(201);
        String node = FW + "/versions/9.1.0/nodes/" + BE_RELIABLE;
        String etag = given().header("Authorization", Tokens.editor()).get(node).then().statusCode(200).extract().header("ETag");

        statistics.clear();
        String patched = given().header("Authorization", Tokens.editor()).header("If-Match", etag).contentType(MERGE_PATCH)
                .body("{\"text\":\"Be reliable, once.\"}").patch(node).then().statusCode(200)
                .body("text", equalTo("Be reliable, once.")).extract().header("ETag");
        assertEquals(1, statistics.getTransactionCount(), "a PATCH reads, checks and saves in one transaction");
        long patchStatements = statistics.getPrepareStatementCount();

        statistics.clear();
        given().header("Authorization", Tokens.editor()).header("If-Match", patched).contentType("application/json")
                .body(Map.of("slug", "be-reliable", "text", "Be reliable, twice.", "parentId", "9902058e-db3c-5df2-90aa-de5e18191463"))
                .put(node).then().statusCode(200).body("text", equalTo("Be reliable, twice."));
        assertEquals(1, statistics.getTransactionCount(), "a PUT is one transaction");
        // A patch costs what a replacement costs: the node is loaded and encoded once, not once more to merge.
        assertEquals(statistics.getPrepareStatementCount(), patchStatements);
    }

    @Test
    void aResourceDraftPatchIsOneTransaction() {
        String etag = given().header("Authorization", Tokens.editor()).get(RESOURCE).then().statusCode(200).extract().header("ETag");
        statistics.clear();
        String saved = given().header("Authorization", Tokens.editor()).header("If-Match", etag).contentType(MERGE_PATCH)
                .body("{\"summary\":\"Teachers need each other.\"}").patch(RESOURCE).then().statusCode(200)
                .body("summary", equalTo("Teachers need each other.")).extract().header("ETag");
        assertEquals(1, statistics.getTransactionCount(), "a PATCH of a resource draft is one transaction");
        // Leave the resource as the seeds have it.
        given().header("Authorization", Tokens.editor()).header("If-Match", saved).delete(RESOURCE).then().statusCode(204);
    }
}
