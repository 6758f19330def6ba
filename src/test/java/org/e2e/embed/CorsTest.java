package org.e2e.embed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class CorsTest {

    static final String PORTAL = "https://portal.district.example";

    @Test
    void preflightFromAPortalOriginIsAnswered() {
        given().header("Origin", PORTAL).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .options("/api/v1/resources").then().statusCode(204)
                .header("Access-Control-Allow-Origin", PORTAL)
                .header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"))
                .header("Access-Control-Max-Age", "86400");
    }

    @Test
    void getsFromAPortalOriginExposeTheCachingAndPagingHeaders() {
        given().header("Origin", PORTAL).get("/api/v1/resources?size=1").then().statusCode(200)
                .header("Access-Control-Allow-Origin", PORTAL)
                .header("Access-Control-Expose-Headers", "ETag, Link, X-Total-Count")
                .header("Vary", containsString("Origin"));
        given().header("Origin", PORTAL).get("/api/v1/nope").then().statusCode(404)
                .header("Access-Control-Allow-Origin", PORTAL);
    }

    @Test
    void otherOriginsGetNoCorsHeaders() {
        given().header("Origin", "https://evil.example").get("/api/v1/resources").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
        // A preflight from another origin is an ordinary OPTIONS: the path's methods, and no permission to read.
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/resources").then().statusCode(anyOf(is(200), is(204)))
                .header("Allow", containsString("GET"))
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
        given().header("Origin", PORTAL).get("/embed/resources/how-to-build-a-teacher-alliance").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
        given().get("/api/v1/resources").then().header("Access-Control-Allow-Origin", nullValue())
                .header("Vary", equalTo("Origin"));
    }
}
