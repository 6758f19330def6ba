package org.e2e.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Keeps the CASE binding as the official 1EdTech document (case/imscasev1p1_openapi3_v1p0.json) publishes it: each
 * CASE component schema of this document (CFDocumentDType, ...) gets the official {@code required} list, and each
 * query parameter of a CASE operation the official parameter schema (limit and offset are integers, orderBy a string
 * enum, fields an array of strings). Descriptions and examples stay this service's own. See docs/case.md.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CaseBindingFilter implements OASFilter {

    static final String OFFICIAL = "case/imscasev1p1_openapi3_v1p0.json";

    private final JsonNode official = read();

    private static JsonNode read() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : CaseBindingFilter.class.getClassLoader()).getResourceAsStream(OFFICIAL)) {
            if (in == null) {
                throw new IllegalStateException("The official CASE document " + OFFICIAL + " is not on the class path");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        JsonNode schemas = official.path("components").path("schemas");
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().forEach((name, schema) -> {
                JsonNode required = schemas.path(name).path("required");
                if (required.isArray()) {
                    List<String> names = new ArrayList<>();
                    required.forEach(r -> names.add(r.asText()));
                    schema.setRequired(names);
                }
            });
        }
        Map<String, JsonNode> officialOperations = new HashMap<>();
        official.path("paths").forEach(path -> path.forEach(op -> officialOperations.put(op.path("operationId").asText(), op)));
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            JsonNode theirs = officialOperations.get(op.getOperationId());
            if (theirs != null && isCase(op) && op.getParameters() != null) {
                op.getParameters().stream().filter(p -> p.getIn() == Parameter.In.QUERY)
                        .forEach(p -> theirs.path("parameters").forEach(o -> {
                            if (o.path("name").asText().equals(p.getName()) && o.path("in").asText().equals("query")) {
                                p.setSchema(schema(o.path("schema")));
                                p.setExample(example(p.getExample(), p.getSchema()));
                            }
                        }));
            }
        }));
    }

    private static boolean isCase(Operation op) {
        return op.getTags() != null && op.getTags().contains(ContractResponsesFilter.CASE_TAG);
    }

    /** The parameter's example in its schema's type: 10, not "10"; ["title", "version"], not "title,version". */
    static Object example(Object example, Schema schema) {
        if (!(example instanceof String text) || schema.getType() == null) {
            return example;
        }
        if (schema.getType().contains(Schema.SchemaType.INTEGER)) {
            return Integer.valueOf(text);
        }
        if (schema.getType().contains(Schema.SchemaType.ARRAY)) {
            return List.of(text.split(","));
        }
        return example;
    }

    /** The subset of JSON Schema the official parameters use: type, format, minimum, default, enum, items. */
    static Schema schema(JsonNode json) {
        Schema schema = OASFactory.createSchema();
        if (json.has("type")) {
            schema.addType(Schema.SchemaType.valueOf(json.get("type").asText().toUpperCase(Locale.ROOT)));
        }
        if (json.has("format")) {
            schema.format(json.get("format").asText());
        }
        if (json.has("minimum")) {
            schema.minimum(new BigDecimal(json.get("minimum").asText()));
        }
        if (json.has("default")) {
            JsonNode d = json.get("default");
            schema.defaultValue(d.isNumber() ? d.numberValue() : d.asText());
        }
        if (json.has("enum")) {
            List<Object> values = new ArrayList<>();
            json.get("enum").forEach(v -> values.add(v.asText()));
            schema.enumeration(values);
        }
        if (json.has("items")) {
            schema.items(schema(json.get("items")));
        }
        return schema;
    }
}
