package org.e2e.contract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.e2e.contract.SpecOperations.Op;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The typed fields of an operation's request body, read from its schema (a merge patch takes the schema of the PUT on
 * the same path): every string field and every array or map, with the bounds the spec declares, as JSON pointers
 * (array items at index 0).
 */
final class BodyFields {

    private static final int MAX_DEPTH = 6;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** A field of the body: where it is and its (resolved) schema. */
    record Field(String pointer, JsonNode schema) {

        boolean isString() {
            return "string".equals(schema.path("type").asText());
        }

        boolean isArray() {
            return "array".equals(schema.path("type").asText());
        }

        boolean isMap() {
            return schema.path("additionalProperties").isObject();
        }
    }

    private final SpecOperations spec;

    BodyFields(SpecOperations spec) {
        this.spec = spec;
    }

    /** The schema that describes the body: its own, or for a merge patch the PUT's of the same path. */
    JsonNode schemaOf(Op op, List<Op> operations) {
        if (op.mediaType() != null && op.mediaType().contains("merge-patch")) {
            return operations.stream().filter(o -> o.path().equals(op.path()) && o.method().equals("PUT"))
                    .map(Op::bodySchema).findFirst().orElse(op.bodySchema());
        }
        return op.bodySchema();
    }

    List<Field> fields(JsonNode schema) {
        List<Field> out = new ArrayList<>();
        walk(schema, "", 0, out);
        return out;
    }

    private void walk(JsonNode schemaOrRef, String at, int depth, List<Field> out) {
        JsonNode schema = merged(schemaOrRef);
        if (schema == null || depth > MAX_DEPTH) {
            return;
        }
        if (!at.isEmpty()) {
            out.add(new Field(at, schema));
        }
        schema.path("properties").fields().forEachRemaining(p -> walk(p.getValue(), at + "/" + p.getKey(), depth + 1, out));
        if (schema.has("items")) {
            walk(schema.get("items"), at + "/0", depth + 1, out);
        }
    }

    /** A schema with its $ref and allOf parts folded into one object (the field's own keywords win). */
    JsonNode merged(JsonNode schemaOrRef) {
        JsonNode schema = spec.resolve(schemaOrRef);
        if (schema == null || schema.isMissingNode()) {
            return null;
        }
        ObjectNode out = JSON.objectNode();
        for (JsonNode part : schema.path("allOf")) {
            JsonNode resolved = merged(part);
            if (resolved != null) {
                out.setAll((ObjectNode) resolved);
            }
        }
        if (schemaOrRef.has("$ref")) {
            out.setAll((ObjectNode) schema.deepCopy());
        }
        for (Iterator<Map.Entry<String, JsonNode>> own = schemaOrRef.fields(); own.hasNext();) {
            Map.Entry<String, JsonNode> e = own.next();
            if (!e.getKey().equals("$ref") && !e.getKey().equals("allOf")) {
                out.set(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** {@code count} values of an array's items, as distinct as the item schema allows, the example's first as model. */
    ArrayNode items(Field array, JsonNode example, int count) {
        JsonNode items = merged(array.schema().path("items"));
        JsonNode model = example == null ? null : example.at(array.pointer() + "/0");
        ArrayNode out = JSON.arrayNode();
        for (int i = 0; i < count; i++) {
            out.add(item(items, model == null || model.isMissingNode() ? null : model, i));
        }
        return out;
    }

    /** An object with a sample of each required property (the i-th: slugs and positions stay distinct). */
    private ObjectNode required(JsonNode schema, int i) {
        ObjectNode out = JSON.objectNode();
        for (JsonNode name : schema.path("required")) {
            JsonNode property = merged(schema.path("properties").path(name.asText()));
            String type = property == null ? "" : property.path("type").asText();
            out.set(name.asText(), switch (type) {
                case "array" -> JSON.arrayNode().add(item(merged(property.path("items")), null, 0));
                case "boolean" -> JSON.booleanNode(false);
                case "object" -> required(property, 0);
                default -> item(property, null, i);
            });
        }
        return out;
    }

    private JsonNode item(JsonNode schema, JsonNode model, int i) {
        String type = schema == null ? "" : schema.path("type").asText();
        if (schema != null && schema.has("enum")) {
            return schema.get("enum").get(i % schema.get("enum").size());
        }
        if (model != null && model.isObject()) {
            ObjectNode copy = model.deepCopy();
            if (copy.has("slug")) {
                copy.put("slug", copy.get("slug").asText() + "-" + i);
            }
            if (copy.has("position")) {
                copy.put("position", i + 1);
            }
            return copy;
        }
        return switch (type) {
            case "integer", "number" -> JSON.numberNode(i + 1);
            case "string" -> "uuid".equals(schema.path("format").asText())
                    ? JSON.textNode(String.format("00000000-0000-5000-8000-%012d", i))
                    : JSON.textNode((model != null && model.isTextual() ? model.asText() : "item") + "-" + i);
            case "object" -> required(schema, i);
            default -> model != null ? model : JSON.textNode("item-" + i);
        };
    }
}
