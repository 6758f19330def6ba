package org.e2e.caseapi;

import static org.e2e.support.Fixtures.FW;
import static io.restassured.RestAssured.given;
import static org.e2e.caseapi.CaseApiTest.CASE;
import static org.e2e.caseapi.CaseApiTest.error;
import static org.e2e.caseapi.CaseApiTest.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.e2e.framework.NodeIds;
import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;

/**
 * A second version through the authoring API: a draft is not a CASE object; once published, each of its items links
 * to the 1.0.0 item of the same node with exactMatchOf (unchanged) or replacedBy (changed); deprecating 1.0.0
 * rebuilds its document.
 */
@QuarkusTest
@TestProfile(CaseVersionsProfile.class)
@QuarkusTestResource(PostgresTestDatabase.class)
class CaseVersionsTest {

    static final UUID V1 = CaseApiTest.V1;
    static final UUID V2 = NodeIds.version("e2e-relationships", "1.1.0");
    static final UUID BE_RELIABLE = CaseApiTest.BE_RELIABLE;
    static final UUID TRUST = CaseApiTest.TRUST;

    static String token(String subject, String group) {
        return "Bearer " + Jwt.subject(subject).groups(Set.of(group)).sign();
    }

    @Test
    void aSecondVersionLinksToTheFirstAndDraftsAreNeverExposed() {
        String editor = token("editor-ana", "editor");
        String publisher = token("publisher-lee", "publisher");
        given().header("Authorization", editor).contentType("application/json")
                .body(Map.of("version", "1.1.0", "basedOn", "1.0.0")).post(FW + "/versions").then().statusCode(201);
        String node = FW + "/versions/1.1.0/nodes/" + BE_RELIABLE;
        String etag = given().header("Authorization", editor).get(node).then().statusCode(200).extract().header("ETag");
        given().header("Authorization", editor).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"text\":\"Be reliable: tell your colleagues what you will do, then do it.\"}").patch(node)
                .then().statusCode(200);

        // The draft is not CASE: not listed, its document, package and items unknown (even to an editor).
        String doc2 = CaseIds.document(V2);
        assertEquals(1, get("/CFDocuments", "CFDocumentSetDType").get("CFDocuments").size());
        error(given().get(CASE + "/CFDocuments/" + doc2), 404, "unknownobject");
        error(given().header("Authorization", editor).get(CASE + "/CFPackages/" + doc2), 404, "unknownobject");
        error(given().get(CASE + "/CFItems/" + CaseIds.item(V2, BE_RELIABLE)), 404, "unknownobject");
        String v1Etag = given().get(CASE + "/CFPackages/" + CaseIds.document(V1)).then().extract().header("ETag");

        given().header("Authorization", publisher).post(FW + "/versions/1.1.0/publish").then().statusCode(200);

        // Two documents now: sort, order and paging over them.
        JsonNode desc = get("/CFDocuments?sort=version&orderBy=desc", "CFDocumentSetDType");
        assertEquals(List.of("1.1.0", "1.0.0"), versions(desc));
        assertEquals(List.of("1.0.0", "1.1.0"), versions(get("/CFDocuments?sort=version", "CFDocumentSetDType")));
        var page = given().get(CASE + "/CFDocuments?sort=version&limit=1&offset=1").then().statusCode(200)
                .header("X-Total-Count", "2").extract().response();
        assertEquals(List.of("1.1.0"), versions(CaseSchemas.assertValid("CFDocumentSetDType", page.asString())));
        String links = CaseApiTest.links(page);
        assertTrue(links.contains("offset=0>; rel=\"prev\"") && links.contains("offset=1>; rel=\"last\"")
                && !links.contains("rel=\"next\""), links);
        assertEquals(List.of("1.1.0"), versions(get("/CFDocuments?filter=version='1.1.0'", "CFDocumentSetDType")));

        // The older package did not change: same bytes, same ETag.
        given().header("If-None-Match", v1Etag).get(CASE + "/CFPackages/" + CaseIds.document(V1)).then().statusCode(304);

        JsonNode pkg = get("/CFPackages/" + doc2, "CFPackageDType");
        String old = CaseIds.item(V1, BE_RELIABLE);
        String now = CaseIds.item(V2, BE_RELIABLE);
        List<JsonNode> replaced = new ArrayList<>();
        List<JsonNode> exact = new ArrayList<>();
        for (JsonNode a : pkg.get("CFAssociations")) {
            switch (a.get("associationType").asText()) {
                case "replacedBy" -> replaced.add(a);
                case "exactMatchOf" -> exact.add(a);
                default -> { }
            }
        }
        // Be reliable changed: the 1.0.0 item is replacedBy the 1.1.0 one (origin old, destination new).
        assertEquals(1, replaced.size(), replaced.toString());
        assertEquals(old, replaced.get(0).at("/originNodeURI/identifier").asText());
        assertEquals(now, replaced.get(0).at("/destinationNodeURI/identifier").asText());
        // Every other item is an exact match of its 1.0.0 self (origin new, destination old).
        assertEquals(pkg.get("CFItems").size() - 1, exact.size());
        JsonNode trust = exact.stream().filter(a -> a.at("/originNodeURI/identifier").asText().equals(CaseIds.item(V2, TRUST)))
                .findFirst().orElseThrow();
        assertEquals(CaseIds.item(V1, TRUST), trust.at("/destinationNodeURI/identifier").asText());
        assertEquals("CASE", trust.at("/destinationNodeURI/targetType").asText());
        get("/CFAssociations/" + replaced.get(0).get("identifier").asText(), "CFAssociationDType");

        // The old item's associations include the replacedBy published with 1.1.0.
        JsonNode set = get("/CFItemAssociations/" + old, "CFAssociationSetDType");
        assertTrue(set.get("CFAssociations").findValuesAsText("associationType").contains("replacedBy"));
        JsonNode item = get("/CFItems/" + now, "CFItemDType");
        assertEquals("Be reliable: tell your colleagues what you will do, then do it.", item.get("fullStatement").asText());
        assertEquals(doc2, item.at("/CFDocumentURI/identifier").asText());
        assertNotEquals(old, now);

        // Deprecating 1.0.0 rebuilds its CASE document and package.
        String docEtag = given().get(CASE + "/CFDocuments/" + CaseIds.document(V1)).then().extract().header("ETag");
        given().header("Authorization", publisher).contentType("application/json").body(Map.of("sunset", "2027-06-30"))
                .post(FW + "/versions/1.0.0/deprecate").then().statusCode(200);
        JsonNode deprecated = get("/CFDocuments/" + CaseIds.document(V1), "CFDocumentDType");
        assertEquals("Deprecated", deprecated.get("adoptionStatus").asText());
        assertEquals("2027-06-30", deprecated.get("statusEndDate").asText());
        assertNotEquals(docEtag, given().get(CASE + "/CFDocuments/" + CaseIds.document(V1)).then().extract().header("ETag"));
        assertEquals("Deprecated", get("/CFPackages/" + CaseIds.document(V1), "CFPackageDType").at("/CFDocument/adoptionStatus").asText());
        assertEquals(List.of("1.0.0"), versions(get("/CFDocuments?filter=adoptionStatus='Deprecated'", "CFDocumentSetDType")));
        assertFalse(get("/CFDocuments?filter=adoptionStatus='Adopted'", "CFDocumentSetDType").toString().contains("\"1.0.0\""));
    }

    private static List<String> versions(JsonNode set) {
        List<String> out = new ArrayList<>();
        set.get("CFDocuments").forEach(d -> out.add(d.get("version").asText()));
        return out;
    }
}
