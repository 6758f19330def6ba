package org.e2e.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.e2e.support.ContractSchemas;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every example in the committed OpenAPI document (docs/openapi.json, which OpenApiSnapshotTest proves equal to the
 * served one) is valid against its schema, {@code required} included: the examples of parameters, request bodies
 * and responses, and the {@code examples} of every schema property. A client generated from the document can rely
 * on what the examples show. Plain JUnit: no service is started.
 */
class SpecExamplesTest {

    @Test
    void everyExampleSatisfiesItsSchema() throws IOException {
        ContractSchemas schemas = new ContractSchemas(
                ContractSchemas.MAPPER.readTree(Files.readString(OpenApiSnapshotTest.SNAPSHOT)));
        List<String> problems = new ArrayList<>();
        int[] checked = { 0 };
        walk(schemas, schemas.spec(), "", false, problems, checked);
        assertEquals(List.of(), problems);
        // The document has dozens of response examples and hundreds of property examples: a walk that finds few
        // has stopped looking.
        assertTrue(checked[0] > 300, "only " + checked[0] + " examples found");
    }

    @Test
    void aBodyWithoutARequiredPropertyIsRejected() throws IOException {
        ContractSchemas schemas = new ContractSchemas(
                ContractSchemas.MAPPER.readTree(Files.readString(OpenApiSnapshotTest.SNAPSHOT)));
        JsonNode summary = ContractSchemas.MAPPER.readTree("""
                {"id": "e355ac1b-3b5c-57a1-8f73-3a5a095ec153", "slug": "e2e-relationships", "title": "T", "summary": "S",
                 "language": "en"}""");
        JsonNode ref = ContractSchemas.MAPPER.readTree("{\"$ref\": \"#/components/schemas/FrameworkSummary\"}");
        assertEquals(1, schemas.errors(ref, summary).size(), "links is required");
    }

    private static void walk(ContractSchemas schemas, JsonNode node, String at, boolean inSchemas, List<String> problems,
            int[] checked) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(schemas, node.get(i), at + "/" + i, inSchemas, problems, checked);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.has("schema") && (node.has("example") || node.has("examples"))) {
            // A media type or a parameter: its examples against its schema.
            JsonNode schema = node.get("schema");
            if (node.has("example")) {
                check(schemas, schema, node.get("example"), at + "/example", problems, checked);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.path("examples").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> example = it.next();
                check(schemas, schema, schemas.resolve(example.getValue()).get("value"),
                        at + "/examples/" + example.getKey(), problems, checked);
            }
        }
        if (inSchemas && node.path("examples").isArray()) {
            // A schema: each of its examples against itself.
            JsonNode examples = node.get("examples");
            for (int i = 0; i < examples.size(); i++) {
                check(schemas, node, examples.get(i), at + "/examples/" + i, problems, checked);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            if (key.equals("example") || key.equals("examples") || key.equals("value")) {
                continue; // example values are data, not more of the document
            }
            walk(schemas, field.getValue(), at + "/" + key.replace("/", "~1"),
                    inSchemas || key.equals("schemas") || key.equals("schema"), problems, checked);
        }
    }

    private static void check(ContractSchemas schemas, JsonNode schema, JsonNode value, String at, List<String> problems,
            int[] checked) {
        checked[0]++;
        if (value == null) {
            problems.add(at + ": no value");
            return;
        }
        var errors = schemas.errors(schema, value);
        if (!errors.isEmpty()) {
            problems.add(at + ": " + errors);
        }
    }
}
