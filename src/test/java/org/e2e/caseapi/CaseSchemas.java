package org.e2e.caseapi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Validates CASE bodies against the component schemas of the official 1EdTech document
 * (src/main/resources/case/imscasev1p1_openapi3_v1p0.json): a schema {"$ref": "#/components/schemas/X"} next to the
 * document's components, so every $ref resolves inside the official document. OpenAPI 3.0 schemas are validated
 * with the draft-4 dialect (their ancestor); formats (uri, date, date-time) are asserted.
 */
final class CaseSchemas {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonNode OFFICIAL = read();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

    private CaseSchemas() {
    }

    private static JsonNode read() {
        try (InputStream in = CaseSchemas.class.getClassLoader().getResourceAsStream("case/imscasev1p1_openapi3_v1p0.json")) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Error> errors(String component, JsonNode body, String relaxRequired) {
        ObjectNode components = OFFICIAL.get("components").deepCopy();
        if (relaxRequired != null) {
            // For a `fields` selection: only the selected properties are sent, each must still be valid.
            ((ObjectNode) components.get("schemas").get(relaxRequired)).remove("required");
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$ref", "#/components/schemas/" + component);
        root.set("components", components);
        Schema schema = REGISTRY.getSchema(root);
        return schema.validate(body);
    }

    /** Asserts the body is valid against the named component schema (e.g. CFPackageDType). */
    static JsonNode assertValid(String component, String body) {
        try {
            JsonNode json = MAPPER.readTree(body);
            List<Error> errors = errors(component, json, null);
            assertTrue(errors.isEmpty(), component + " violations: " + errors + "\nin " + abbreviate(body));
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CFDocumentSet whose documents carry only some properties: each present property must be valid. */
    static JsonNode assertValidSelection(JsonNode body) {
        List<Error> errors = errors("CFDocumentSetDType", body, "CFDocumentDType");
        assertTrue(errors.isEmpty(), "CFDocumentSetDType violations: " + errors);
        return body;
    }

    private static String abbreviate(String body) {
        return body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
    }
}
