package org.e2e.caseapi;

import static org.hamcrest.Matchers.notNullValue;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.e2e.framework.NodeIds;
import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The CASE provider on the one released version 1.0.0; every CASE body is checked against its official schema. */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class CaseApiTest {

    static final String CASE = "/ims/case/v1p1";
    static final String BASE = "https://e2e.example.test" + CASE;
    static final UUID V1 = NodeIds.version("e2e-relationships", "1.0.0");
    static final String DOC = CaseIds.document(V1);
    /** Roots / Beliefs / Trust / "Be reliable: …" */
    static final UUID BE_RELIABLE = UUID.fromString("35c8edd3-a1ce-505e-bf0e-5994b6236a7e");
    static final UUID TRUST = UUID.fromString("9902058e-db3c-5df2-90aa-de5e18191463");

    static JsonNode get(String path, String component) {
        Response r = given().get(CASE + path);
        r.then().statusCode(200).contentType("application/json").header("ETag", notNullValue());
        return CaseSchemas.assertValid(component, r.asString());
    }

    static JsonNode error(Response r, int status, String codeMinor) {
        r.then().statusCode(status).contentType("application/json");
        JsonNode body = CaseSchemas.assertValid("imsx_StatusInfoDType", r.asString());
        assertEquals("failure", body.get("imsx_codeMajor").asText());
        assertEquals("error", body.get("imsx_severity").asText());
        assertEquals(codeMinor, body.at("/imsx_codeMinor/imsx_codeMinorField/0/imsx_codeMinorFieldValue").asText(), r.asString());
        return body;
    }

    static String links(Response r) {
        return String.join(", ", r.headers().getValues("Link"));
    }

    static Map<String, JsonNode> byId(JsonNode array) {
        Map<String, JsonNode> map = new HashMap<>();
        array.forEach(n -> map.put(n.get("identifier").asText(), n));
        return map;
    }

    @Test
    void theValidatorRejectsWhatTheOfficialSchemasForbid() throws Exception {
        JsonNode good = get("/CFItems/" + CaseIds.item(V1, BE_RELIABLE), "CFItemDType");
        for (String bad : List.of(
                good.toString().replace("\"fullStatement\"", "\"unexpected\":1,\"fullStatement\""), // additional property
                good.toString().replace("\"humanCodingScheme\":\"R.B.T.9\"", "\"humanCodingScheme\":null"), // null
                good.toString().replace(good.get("identifier").asText(), good.get("identifier").asText().toUpperCase()), // pattern
                good.toString().replace(good.get("lastChangeDateTime").asText(), "yesterday"))) { // date-time format
            assertFalse(CaseSchemas.errors("CFItemDType", CaseSchemas.MAPPER.readTree(bad), null).isEmpty(), bad);
        }
    }

    @Test
    void theReleasedVersionIsOneDocumentAndItsWholePackageValidates() {
        JsonNode set = get("/CFDocuments", "CFDocumentSetDType");
        assertEquals(1, set.get("CFDocuments").size());
        JsonNode doc = set.get("CFDocuments").get(0);
        assertEquals(DOC, doc.get("identifier").asText());
        assertEquals(BASE + "/CFDocuments/" + DOC, doc.get("uri").asText());
        assertEquals("1.0.0", doc.get("version").asText());
        assertEquals("Adopted", doc.get("adoptionStatus").asText());
        assertEquals("The Educator-to-Educator Relationships Framework", doc.get("title").asText());
        assertEquals(BASE + "/CFPackages/" + DOC, doc.at("/CFPackageURI/uri").asText());
        assertTrue(doc.get("notes").asText().startsWith("References\n1. VanGrieken et al., 2015"));

        JsonNode pkg = get("/CFPackages/" + DOC, "CFPackageDType");
        assertEquals(DOC, pkg.at("/CFDocument/identifier").asText());
        // 4 layers, 12 elements, 3 categories, 18 actions, 2 sections, 5 principles and the outcomes.
        int outcomes = 0;
        for (JsonNode i : pkg.get("CFItems")) {
            assertTrue(i.get("uri").asText().startsWith(BASE + "/CFItems/"));
            assertTrue(CaseIds.CASE_UUID.matcher(i.get("identifier").asText()).matches());
            outcomes += i.get("CFItemType").asText().equals("Outcome") ? 1 : 0;
        }
        assertEquals(4 + 12 + 3 + 18 + 2 + 5 + outcomes, pkg.get("CFItems").size());
        Set<String> types = new TreeSet<>();
        pkg.at("/CFDefinitions/CFItemTypes").forEach(t -> types.add(t.get("title").asText()));
        assertEquals(new TreeSet<>(List.of("Layer", "Element", "Category", "Action", "Section", "Principle", "Outcome")), types);
        // Nothing links to a previous version: 1.0.0 has none.
        pkg.get("CFAssociations").forEach(a -> assertFalse(Set.of("exactMatchOf", "replacedBy").contains(a.get("associationType").asText())));
        // Served once, with a strong ETag that answers 304.
        String etag = given().get(CASE + "/CFPackages/" + DOC).then().extract().header("ETag");
        given().header("If-None-Match", etag).get(CASE + "/CFPackages/" + DOC).then().statusCode(304);
    }

    @Test
    void allEighteenBeliefsActionsAreItemsWhoseIsChildOfChainsReachTheDocument() {
        JsonNode pkg = get("/CFPackages/" + DOC, "CFPackageDType");
        Map<String, JsonNode> items = byId(pkg.get("CFItems"));
        Map<String, String> parent = new HashMap<>();
        for (JsonNode a : pkg.get("CFAssociations")) {
            if (a.get("associationType").asText().equals("isChildOf")) {
                assertNotNull(a.get("sequenceNumber"));
                parent.put(a.at("/originNodeURI/identifier").asText(), a.at("/destinationNodeURI/identifier").asText());
            }
        }
        List<String> codes = new ArrayList<>();
        for (JsonNode item : items.values()) {
            if (!item.get("CFItemType").asText().equals("Action") || !item.get("humanCodingScheme").asText().startsWith("R.B.")) {
                continue;
            }
            codes.add(item.get("humanCodingScheme").asText());
            List<String> chain = new ArrayList<>();
            for (String id = item.get("identifier").asText(); !id.equals(DOC); id = parent.get(id)) {
                assertNotNull(id, "broken isChildOf chain from " + item);
                chain.add(items.get(id).get("CFItemType").asText());
            }
            assertEquals(List.of("Action", "Category", "Element", "Layer"), chain);
        }
        assertEquals(18, codes.size());
        assertTrue(codes.containsAll(List.of("R.B.AV.1", "R.B.AV.5", "R.B.R.1", "R.B.R.4", "R.B.T.1", "R.B.T.9")), codes.toString());
        JsonNode beReliable = items.get(CaseIds.item(V1, BE_RELIABLE));
        assertEquals("R.B.T.9", beReliable.get("humanCodingScheme").asText());
        assertEquals("Be reliable: Tell your colleagues what you are going to do, then do it.", beReliable.get("fullStatement").asText());
        assertEquals("9", beReliable.get("listEnumeration").asText());
        JsonNode trust = items.get(CaseIds.item(V1, TRUST));
        assertEquals("R.B.T", trust.get("humanCodingScheme").asText());
        assertTrue(trust.get("notes").asText().startsWith("“"), "the category's quote and narrative are its notes");
        // Layer codes and the two sections.
        Set<String> top = new TreeSet<>();
        items.values().forEach(i -> {
            if (!i.get("humanCodingScheme").asText().contains(".")) {
                top.add(i.get("humanCodingScheme").asText());
            }
        });
        assertEquals(new TreeSet<>(List.of("R", "S", "B", "E", "P", "O")), top);
    }

    @Test
    void resourcesAreRelatedAndTheRubricIsACfRubricOfFourCriteriaByThreeLevels() {
        JsonNode pkg = get("/CFPackages/" + DOC, "CFPackageDType");
        String trust = CaseIds.item(V1, TRUST);
        List<JsonNode> related = new ArrayList<>();
        pkg.get("CFAssociations").forEach(a -> {
            if (a.get("associationType").asText().equals("isRelatedTo") && a.at("/originNodeURI/identifier").asText().equals(trust)) {
                related.add(a.get("destinationNodeURI"));
            }
        });
        assertEquals(2, related.size(), related.toString()); // the rubric and Chase Orton's article
        JsonNode rubricLink = related.stream().filter(d -> d.get("targetType").asText().equals("CASE")).findFirst().orElseThrow();
        assertTrue(related.stream().anyMatch(d -> d.get("uri").asText()
                .equals("https://e2e.example.test/api/v1/resources/3-steps-for-building-the-relationships-you-need-to-thrive")));
        assertEquals(1, pkg.get("CFRubrics").size());

        JsonNode rubric = get("/CFRubrics/" + rubricLink.get("identifier").asText(), "CFRubricDType");
        assertEquals(pkg.get("CFRubrics").get(0), rubric);
        assertEquals("Staff Relationships and Collaboration", rubric.get("title").asText());
        assertEquals(4, rubric.get("CFRubricCriteria").size());
        for (JsonNode c : rubric.get("CFRubricCriteria")) {
            assertEquals(rubric.get("identifier").asText(), c.get("rubricId").asText());
            assertEquals(3, c.get("CFRubricCriterionLevels").size());
            for (JsonNode l : c.get("CFRubricCriterionLevels")) {
                assertEquals(c.get("identifier").asText(), l.get("rubricCriterionId").asText());
                assertFalse(l.get("description").asText().isBlank());
            }
        }
    }

    @Test
    void everySingleObjectEndpointAnswersWithItsSchema() throws Exception {
        JsonNode doc = get("/CFDocuments/" + DOC, "CFDocumentDType");
        assertEquals("1.0.0", doc.get("version").asText());
        String itemId = CaseIds.item(V1, BE_RELIABLE);
        JsonNode item = get("/CFItems/" + itemId, "CFItemDType");
        assertEquals(DOC, item.at("/CFDocumentURI/identifier").asText());
        get("/CFItems/" + itemId.toUpperCase(), "CFItemDType");
        JsonNode type = get("/CFItemTypes/" + item.at("/CFItemTypeURI/identifier").asText(), "CFItemTypeDType");
        assertEquals("Action", type.get("title").asText());
        JsonNode set = get("/CFItemAssociations/" + itemId, "CFAssociationSetDType");
        assertEquals(itemId, set.at("/CFItem/identifier").asText());
        JsonNode childOf = null;
        for (JsonNode a : set.get("CFAssociations")) {
            if (a.get("associationType").asText().equals("isChildOf")) {
                childOf = a;
            }
        }
        assertNotNull(childOf);
        assertEquals(CaseIds.item(V1, TRUST), childOf.at("/destinationNodeURI/identifier").asText());
        JsonNode association = get("/CFAssociations/" + childOf.get("identifier").asText(), "CFAssociationDType");
        assertEquals(DOC, association.at("/CFDocumentURI/identifier").asText());
        assertEquals(9, association.get("sequenceNumber").asInt());

        // The official OpenAPI document, byte for byte.
        byte[] served = given().get(CASE + "/discovery/imscasev1p1_openapi3_v1p0.json").then().statusCode(200)
                .contentType("application/json").extract().asByteArray();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("case/imscasev1p1_openapi3_v1p0.json")) {
            assertArrayEquals(in.readAllBytes(), served);
        }
    }

    @Test
    void theOpenApiExamplesUseTheRealIdentifiersOfVersion100() {
        assertEquals(DOC, CaseResource.DOCUMENT_EXAMPLE);
        assertEquals(CaseIds.item(V1, BE_RELIABLE), CaseResource.ITEM_EXAMPLE);
        get("/CFAssociations/" + CaseResource.ASSOCIATION_EXAMPLE, "CFAssociationDType");
        get("/CFItemTypes/" + CaseResource.ITEM_TYPE_EXAMPLE, "CFItemTypeDType");
        get("/CFRubrics/" + CaseResource.RUBRIC_EXAMPLE, "CFRubricDType");
    }

    @Test
    void errorsAreImsxStatusInfoNeverProblems() {
        String unknown = "2f3c0f7e-4a1b-5c8d-9e2f-1a2b3c4d5e6f";
        for (String path : List.of("/CFDocuments/", "/CFPackages/", "/CFItems/", "/CFAssociations/", "/CFItemAssociations/",
                "/CFItemTypes/", "/CFRubrics/", "/CFConcepts/", "/CFSubjects/", "/CFLicenses/", "/CFAssociationGroupings/")) {
            error(given().get(CASE + path + unknown), 404, "unknownobject");
            error(given().get(CASE + path + "not-a-uuid"), 404, "invalid_uuid");
        }
        // A v1 UUID that matches the pattern is still only unknown; the version nibble 0 is not a CASE UUID.
        error(given().get(CASE + "/CFItems/00000000-0000-0000-0000-000000000000"), 404, "invalid_uuid");
        error(given().get(CASE + "/CFNothing/" + unknown), 404, "unknownobject");
        error(given().get(CASE + "/CFDocuments?fields=title,,version"), 400, "invalid_selection_field");
        error(given().get(CASE + "/CFDocuments?fields="), 400, "invalid_selection_field");
        error(given().get(CASE + "/CFDocuments?filter=colour='blue'"), 400, "invalid_selection_field");
        error(given().get(CASE + "/CFDocuments?filter=title"), 400, "invalid_selection_field");
        error(given().get(CASE + "/CFDocuments?filter=title='x' XOR version='1'"), 400, "invalid_selection_field");
        error(given().get(CASE + "/CFDocuments?sort=colour"), 400, "invalid_sort_field");
        error(given().get(CASE + "/CFDocuments?orderBy=sideways"), 400, "invalid_sort_field");
        error(given().get(CASE + "/CFDocuments?limit=0"), 400, "invalid_selection_field");
        error(given().get(CASE + "/CFDocuments?offset=-1"), 400, "invalid_selection_field");
        error(given().get(CASE + "/CFDocuments?limit=ten"), 400, "invalid_selection_field");
        error(given().accept("application/xml").get(CASE + "/CFDocuments/" + DOC), 406, "invalid_selection_field");
        error(given().post(CASE + "/CFDocuments"), 405, "forbidden");
        // Elsewhere errors stay problem+json.
        given().get("/api/v1/frameworks/nothing").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void filterFieldsSortAndPagingWork() {
        JsonNode all = get("/CFDocuments?filter=version='1.0.0'", "CFDocumentSetDType");
        assertEquals(1, all.get("CFDocuments").size());
        // CFDocumentSetDType holds at least one document: nothing matching is a 404 unknownobject.
        error(given().get(CASE + "/CFDocuments?filter=version='9.9.9'"), 404, "unknownobject");
        assertEquals(1, get("/CFDocuments?filter=title~'RELATIONSHIPS' AND adoptionStatus='Adopted'", "CFDocumentSetDType")
                .get("CFDocuments").size());
        error(given().get(CASE + "/CFDocuments?filter=title~'relationships' AND adoptionStatus!='Adopted'"), 404, "unknownobject");
        assertEquals(1, get("/CFDocuments?filter=version='9.9.9' OR version='1.0.0'", "CFDocumentSetDType").get("CFDocuments").size());
        assertEquals(1, get("/CFDocuments?filter=version>='1.0.0' AND version<'2' AND statusStartDate<='2026-11-22'",
                "CFDocumentSetDType").get("CFDocuments").size());
        error(given().get(CASE + "/CFDocuments?filter=version>'1.0.0'"), 404, "unknownobject");
        assertEquals(1, get("/CFDocuments?filter=title='The Educator-to-Educator Relationships Framework'", "CFDocumentSetDType")
                .get("CFDocuments").size());

        // fields: only those properties; each is still valid against the schema.
        Response r = given().get(CASE + "/CFDocuments?fields=identifier,title,version");
        r.then().statusCode(200);
        JsonNode selected = CaseSchemas.assertValidSelection(CaseSchemas.MAPPER.valueToTree(r.jsonPath().getMap("")));
        List<String> names = new ArrayList<>();
        selected.at("/CFDocuments/0").fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("identifier", "title", "version"), names);
        // A property a CFDocument does not have: everything is returned, as the binding says.
        JsonNode full = get("/CFDocuments?fields=title,colour", "CFDocumentSetDType");
        assertTrue(full.at("/CFDocuments/0").has("CFPackageURI"));

        // Paging: limit/offset with X-Total-Count and RFC 8288 links.
        String links = links(given().get(CASE + "/CFDocuments?limit=1&offset=0").then().statusCode(200)
                .header("X-Total-Count", "1").extract().response());
        assertTrue(links.contains("</ims/case/v1p1/CFDocuments?limit=1&offset=0>; rel=\"first\""), links);
        assertTrue(links.contains("</ims/case/v1p1/CFDocuments?limit=1&offset=0>; rel=\"last\""), links);
        assertFalse(links.contains("rel=\"next\"") || links.contains("rel=\"prev\""), links);
        error(given().get(CASE + "/CFDocuments?limit=1&offset=1"), 404, "unknownobject");
        assertEquals(1, get("/CFDocuments?sort=version&orderBy=desc", "CFDocumentSetDType").get("CFDocuments").size());
    }

    @Test
    void caseIsOpenToAnyOrigin() {
        given().header("Origin", "https://lms.anywhere.example").get(CASE + "/CFDocuments").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("X-Total-Count"));
        given().header("Origin", "https://lms.anywhere.example").header("Access-Control-Request-Method", "GET")
                .options(CASE + "/CFPackages/" + DOC).then().statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", containsString("GET"));
        given().header("Origin", "https://lms.anywhere.example").get(CASE + "/CFItems/not-a-uuid").then().statusCode(404)
                .header("Access-Control-Allow-Origin", "*");
        // /api/* stays closed to origins that are not configured portals.
        given().header("Origin", "https://lms.anywhere.example").get("/api/v1/frameworks").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(null));
    }
}
