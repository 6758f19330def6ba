package org.e2e.resource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;

import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Offsets are bounded (e2e.paging.max-offset, 10,000 items) so that a deep page costs what the first does: a page at
 * the bound is served, one past it is a 400 that names the parameter, for resource lists, element resources and
 * search alike.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class BoundedPagingTest {

    @Test
    void aPageAtTheBoundIsServedAndOnePastItIsAClientMistake() {
        // (page - 1) * size = 10,000: allowed (empty, past the last resource), and it still reports the total.
        given().get("/api/v1/resources?size=50&page=201").then().statusCode(200).body("page", equalTo(201));
        for (String path : new String[] { "/api/v1/resources?size=50&page=202",
                "/api/v1/frameworks/e2e-relationships/elements/beliefs/resources?size=50&page=202",
                "/api/v1/search?q=trust&size=50&page=202" }) {
            given().get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:e2e:problem:invalid-parameter"))
                    .body("errors[0].name", equalTo("page"))
                    .body("detail", containsString("10000"));
        }
        given().get("/api/v1/search?q=trust&size=50&page=201").then().statusCode(200);
    }
}
