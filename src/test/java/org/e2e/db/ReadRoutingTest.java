package org.e2e.db;

import static org.hamcrest.Matchers.not;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import jakarta.inject.Inject;

import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;

/**
 * Which database each request reads, proven by the routing metric and the replica pool's own acquisitions: published
 * reads (resource lists and reads, search, uncached framework builds) use the replica; writes, drafts and reads
 * with credentials the primary; a write's token is answered by a server that has replayed it; a malformed token is
 * a 400. The real standby (lag, failure, fallback) is {@code ReplicaIT}'s.
 */
@QuarkusTest
@TestProfile(ReplicaRoutingProfile.class)
@QuarkusTestResource(PostgresTestDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadRoutingTest {

    static final String FW = "/api/v1/frameworks/e2e-relationships";
    static final String SLUG = "how-to-build-a-teacher-alliance";

    @Inject
    MeterRegistry registry;

    @Test
    @Order(1)
    void publishedReadsUseTheReplicaOncePerRequest() {
        double replica = routed(ReadReason.CAUGHT_UP);
        double acquired = replicaAcquisitions();
        given().get("/api/v1/resources/" + SLUG).then().statusCode(200).body("slug", equalTo(SLUG));
        given().get(FW + "/elements/connections/resources").then().statusCode(200);
        // Library pages and searches are answered by the search index: no database, no routing decision.
        given().get("/api/v1/resources?audience=teachers").then().statusCode(200);
        given().get("/api/v1/search?q=trust").then().statusCode(200);
        assertEquals(replica + 2, routed(ReadReason.CAUGHT_UP), "one routing decision per request, each to the replica");
        assertEquals(acquired + 2, replicaAcquisitions(), "each took one connection from the replica's pool");
    }

    @Test
    @Order(2)
    void readsWithCredentialsAndDraftsStayOnThePrimary() {
        given().header("Authorization", "Bearer " + editor()).contentType("application/json")
                .body("{\"version\":\"1.1.0\",\"basedOn\":\"1.0.0\"}").post(FW + "/versions").then().statusCode(201);
        double authoring = routed(ReadReason.AUTHORING);
        double replica = routed(ReadReason.CAUGHT_UP);
        double acquired = replicaAcquisitions();
        given().header("Authorization", "Bearer " + editor()).get(FW + "/versions/1.1.0").then().statusCode(200)
                .header("Cache-Control", "private, no-store");
        given().header("Authorization", "Bearer " + editor()).get("/api/v1/resources/" + SLUG).then().statusCode(200);
        assertEquals(authoring + 2, routed(ReadReason.AUTHORING));
        assertEquals(replica, routed(ReadReason.CAUGHT_UP));
        assertEquals(acquired, replicaAcquisitions(), "no replica connection was even taken");
    }

    @Test
    @Order(3)
    void aWriteAnswersWithItsTokenAndAReadQuotingItSeesTheWrite() {
        String token = given().header("Authorization", "Bearer " + publisher()).post(FW + "/versions/1.1.0/publish")
                .then().statusCode(200).extract().header(ReadAfterFilters.HEADER);
        assertTrue(token != null && token.matches("[0-9A-F]{1,8}/[0-9A-F]{1,8}"), "a WAL position: " + token);
        double replica = routed(ReadReason.CAUGHT_UP);
        // The publish raised the position published reads must see; this server has it, so the rebuild uses it.
        given().get(FW).then().statusCode(200).body("version.version", equalTo("1.1.0"));
        given().header(ReadAfterFilters.HEADER, token).get("/api/v1/resources/" + SLUG).then().statusCode(200);
        assertEquals(replica + 2, routed(ReadReason.CAUGHT_UP));
    }

    @Test
    @Order(4)
    void aTokenTheReplicaHasNotReachedReadsThePrimary() {
        double readAfter = routed(ReadReason.READ_AFTER);
        given().header(ReadAfterFilters.HEADER, "FFFFFFFF/0").get("/api/v1/resources/" + SLUG).then().statusCode(200)
                .body("slug", equalTo(SLUG));
        assertEquals(readAfter + 1, routed(ReadReason.READ_AFTER));
    }

    @Test
    @Order(5)
    void aMalformedTokenIsA400NamingTheHeader() {
        given().header(ReadAfterFilters.HEADER, "yesterday").get("/api/v1/search?q=trust").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].in", equalTo("header")).body("errors[0].name", equalTo(ReadAfterFilters.HEADER));
    }

    @Test
    @Order(6)
    void readinessReportsTheReplicaWithoutDependingOnIt() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Read replica' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Read replica' }.data.reads", equalTo("replica"))
                .body("checks.findAll { it.name.contains('Database') }.data.toString()", not(containsString("replica")));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("e2e_read_route_total{reason=\"caught-up\",target=\"replica\"}"));
    }

    private double routed(ReadReason reason) {
        return registry.get("e2e.read.route").tag("reason", reason.tag()).tag("target", reason.target()).counter().count();
    }

    private double replicaAcquisitions() {
        return registry.get("agroal.acquire.count").tag("datasource", "replica").functionCounter().count();
    }

    static String editor() {
        return Jwt.subject("editor-ana").groups(Set.of("editor")).sign();
    }

    static String publisher() {
        return Jwt.subject("publisher-lee").groups(Set.of("publisher")).sign();
    }
}
