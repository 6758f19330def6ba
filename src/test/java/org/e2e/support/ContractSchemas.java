package org.e2e.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Validates JSON against the schemas of this service's OpenAPI 3.1 document, {@code required} included: a schema
 * (usually {@code {"$ref": "#/components/schemas/X"}}) is validated next to a copy of the document's components, so
 * every {@code $ref} resolves inside the document. OpenAPI 3.1 schemas are JSON Schema 2020-12.
 */
public final class ContractSchemas {

    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final JsonNode spec;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    public ContractSchemas(JsonNode spec) {
        this.spec = spec;
    }

    public JsonNode spec() {
        return spec;
    }

    /** The violations of {@code value} against {@code schema}, a schema object of the document. */
    public List<Error> errors(JsonNode schema, JsonNode value) {
        return compiled.computeIfAbsent(schema.toString(), key -> REGISTRY.getSchema(root(schema, null))).validate(value);
    }

    /**
     * As {@link #errors(JsonNode, JsonNode)}, with the {@code required} list of one component schema dropped: a
     * CASE {@code fields} selection sends only the properties asked for, each of which must still be valid.
     */
    public List<Error> errorsRelaxing(JsonNode schema, JsonNode value, String component) {
        return REGISTRY.getSchema(root(schema, component)).validate(value);
    }

    private ObjectNode root(JsonNode schema, String relaxRequired) {
        ObjectNode root = schema.isObject() ? ((ObjectNode) schema).deepCopy() : MAPPER.createObjectNode();
        ObjectNode components = MAPPER.createObjectNode();
        ObjectNode schemas = spec.path("components").path("schemas").deepCopy();
        if (relaxRequired != null && schemas.get(relaxRequired) instanceof ObjectNode relaxed) {
            relaxed.remove("required");
        }
        components.set("schemas", schemas);
        root.set("components", components);
        return root;
    }

    /** Follows a local {@code $ref} (e.g. to #/components/responses/NotFound); other nodes are returned as they are. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current != null && current.has("$ref") && current.get("$ref").asText().startsWith("#/")) {
            current = spec.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }
}
