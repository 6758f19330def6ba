package org.e2e.authoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;

/**
 * What a bearer token must carry when {@code mp.jwt.verify.audiences} is set (AudienceProfile): the service's
 * audience in {@code aud}, else 401 problem+json. And the documented reading of {@code groups}: an array of role
 * names, or a plain string, which smallrye-jwt reads as role names separated by spaces (one name: that one role).
 */
@QuarkusTest
@TestProfile(AudienceProfile.class)
@QuarkusTestResource(PostgresTestDatabase.class)
class TokenClaimsTest {

    static final String WEBHOOKS = "/api/v1/webhooks";

    @Test
    void aTokenForAnotherAudienceOrForNoneIsRefusedWith401() {
        for (String token : List.of(Jwt.subject("publisher-lee").groups("publisher").audience("https://other.example/api").sign(),
                Jwt.subject("publisher-lee").groups("publisher").sign())) {
            given().header("Authorization", "Bearer " + token).get(WEBHOOKS).then().statusCode(401)
                    .contentType("application/problem+json").body("status", equalTo(401))
                    .body("type", equalTo("urn:e2e:problem:unauthorized"));
        }
        String right = Jwt.subject("publisher-lee").groups("publisher").audience(AudienceProfile.AUDIENCE).sign();
        given().header("Authorization", "Bearer " + right).get(WEBHOOKS).then().statusCode(200);
    }

    @Test
    void groupsAsAPlainStringIsSpaceSeparatedRoleNames() {
        String publisher = Jwt.subject("publisher-lee").claim("groups", "publisher").audience(AudienceProfile.AUDIENCE).sign();
        given().header("Authorization", "Bearer " + publisher).get(WEBHOOKS).then().statusCode(200);
        String editor = Jwt.subject("editor-ana").claim("groups", "editor").audience(AudienceProfile.AUDIENCE).sign();
        given().header("Authorization", "Bearer " + editor).get(WEBHOOKS).then().statusCode(403).contentType("application/problem+json");
        // smallrye-jwt splits a string on spaces (smallrye.jwt.groups-separator), like an OAuth scope: both roles.
        String both = Jwt.subject("x").claim("groups", "editor publisher").audience(AudienceProfile.AUDIENCE).sign();
        given().header("Authorization", "Bearer " + both).get(WEBHOOKS).then().statusCode(200);
        // Nothing else is a separator: "editor,publisher" is one unknown role.
        String comma = Jwt.subject("x").claim("groups", "editor,publisher").audience(AudienceProfile.AUDIENCE).sign();
        given().header("Authorization", "Bearer " + comma).get(WEBHOOKS).then().statusCode(403);
    }
}
