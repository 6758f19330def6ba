package org.e2e.openapi;

import static org.hamcrest.Matchers.containsString;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.e2e.support.ContractValidationFilter;
import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The API is a contract: the served OpenAPI document must equal the committed snapshot in docs/openapi.json, so
 * every API change shows up as a diff. Refresh it with:
 * {@code ./mvnw test -Dtest=OpenApiSnapshotTest -Dopenapi.snapshot.update=true}
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class OpenApiSnapshotTest {

    static final Path SNAPSHOT = Path.of("docs", "openapi.json");
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void servedSpecMatchesTheCommittedSnapshot() throws Exception {
        String served = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        JsonNode servedJson = MAPPER.readTree(served);
        if (Boolean.getBoolean("openapi.snapshot.update")) {
            Files.createDirectories(SNAPSHOT.getParent());
            Files.writeString(SNAPSHOT, MAPPER.writeValueAsString(servedJson) + "\n", StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(SNAPSHOT), "no snapshot at " + SNAPSHOT.toAbsolutePath());
        JsonNode snapshot = MAPPER.readTree(Files.readString(SNAPSHOT, StandardCharsets.UTF_8));
        List<String> differences = new ArrayList<>();
        diff("", snapshot, servedJson, differences);
        assertEquals(List.of(), differences.stream().limit(20).toList(),
                "The served OpenAPI differs from docs/openapi.json. If the API change is intended, refresh the snapshot "
                        + "with: ./mvnw test -Dtest=OpenApiSnapshotTest -Dopenapi.snapshot.update=true");
    }

    @Test
    void everyJsonAnswerOfTheApiTestsIsCheckedAgainstTheContract() {
        int before = ContractValidationFilter.validated();
        given().get("/api/v1/frameworks").then().statusCode(200);
        assertEquals(before + 1, ContractValidationFilter.validated(), "ContractValidationFilter is not installed");
    }

    @Test
    void specServesAsYamlTooAndSwaggerUiIsThere() {
        given().get("/q/openapi").then().statusCode(200).contentType(containsString("yaml"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void everyOperationHasSummaryDescriptionAndDocumentedParametersAndErrors() throws Exception {
        JsonNode spec = MAPPER.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        assertTrue(spec.at("/info/license/name").isTextual());
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(op -> {
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode o = op.getValue();
                if (!o.hasNonNull("summary") || !o.hasNonNull("description") || !o.hasNonNull("operationId")) {
                    problems.add(where + ": summary, description or operationId missing");
                }
                if (!o.has("tags")) {
                    problems.add(where + ": no tag");
                }
                o.path("parameters").forEach(parameter -> {
                    JsonNode p = parameter.has("$ref")
                            ? spec.at("/components/parameters/" + parameter.get("$ref").asText().replaceAll(".*/", ""))
                            : parameter;
                    if (!p.hasNonNull("description")) {
                        problems.add(where + ": parameter " + p.get("name") + " has no description");
                    }
                });
                o.path("responses").fields().forEachRemaining(r -> {
                    JsonNode response = r.getValue().has("$ref")
                            ? spec.at("/components/responses/" + r.getValue().get("$ref").asText().replaceAll(".*/", ""))
                            : r.getValue();
                    // 204 and 304 have no body by definition (RFC 9110).
                    if (!r.getKey().equals("304") && !r.getKey().equals("204") && !response.has("content")) {
                        problems.add(where + ": response " + r.getKey() + " has no content");
                    }
                    response.path("content").fields().forEachRemaining(c -> {
                        if (!c.getValue().has("schema") || !(c.getValue().has("examples") || c.getValue().has("example"))) {
                            problems.add(where + ": response " + r.getKey() + " " + c.getKey() + " lacks schema or example");
                        }
                    });
                });
                for (String code : List.of("404", "406", "500")) {
                    if (!o.path("responses").has(code)) {
                        problems.add(where + ": response " + code + " undocumented");
                    }
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    private static void diff(String at, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            expected.fieldNames().forEachRemaining(f -> {
                if (!actual.has(f)) {
                    out.add("removed " + at + "/" + f);
                } else {
                    diff(at + "/" + f, expected.get(f), actual.get(f), out);
                }
            });
            actual.fieldNames().forEachRemaining(f -> {
                if (!expected.has(f)) {
                    out.add("added " + at + "/" + f);
                }
            });
        } else {
            out.add("changed " + at);
        }
    }
}
