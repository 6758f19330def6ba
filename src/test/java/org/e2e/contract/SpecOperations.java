package org.e2e.contract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The operations of a served OpenAPI document, as the hostile-input suite needs them: every parameter with a valid
 * sample value (from the spec's own examples), the request body's example and the JSON pointers of every field its
 * schema or example declares, and the statuses the operation documents. Nothing here names an operation: a new one
 * is covered as soon as the spec describes it.
 */
final class SpecOperations {

    /** A UUID for path parameters whose spec gives no example (a well-formed id that names nothing). */
    static final String SAMPLE_UUID = "00000000-0000-5000-8000-000000000000";
    private static final int MAX_FIELD_DEPTH = 4;

    record Param(String name, String in, String sample, JsonNode schema) {
    }

    record Op(String method, String path, String operationId, List<Param> params, String mediaType, JsonNode example,
            List<String> fields, Set<String> documented, boolean isCase, boolean secured, boolean bodyless,
            JsonNode bodySchema, boolean bodyRequired, Set<String> htmlErrors) {

        String label() {
            return method + " " + path;
        }

        /** Whether the spec documents this error status as an HTML page (pages for people: a problem is fine there too). */
        boolean answersHtml(int status) {
            return htmlErrors.contains(String.valueOf(status));
        }
    }

    private final JsonNode spec;

    SpecOperations(JsonNode spec) {
        this.spec = spec;
    }

    List<Op> operations() {
        List<Op> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> e = ops.next();
                out.add(operation(e.getKey().toUpperCase(), path.getKey(), e.getValue()));
            }
        }
        return out;
    }

    private Op operation(String method, String path, JsonNode op) {
        List<Param> params = new ArrayList<>();
        op.path("parameters").forEach(p -> {
            JsonNode param = resolve(p);
            params.add(new Param(param.get("name").asText(), param.get("in").asText(), sample(param), param.path("schema")));
        });
        String mediaType = null;
        JsonNode example = null;
        JsonNode bodySchema = null;
        List<String> fields = new ArrayList<>();
        JsonNode content = op.path("requestBody").path("content");
        if (content.fields().hasNext()) {
            Map.Entry<String, JsonNode> media = content.fields().next();
            mediaType = media.getKey();
            example = example(media.getValue());
            bodySchema = resolve(media.getValue().path("schema"));
            Set<String> pointers = new TreeSet<>();
            schemaFields(media.getValue().path("schema"), "", 0, pointers);
            exampleFields(example, "", 0, pointers);
            fields.addAll(pointers);
        }
        Set<String> documented = new TreeSet<>();
        op.path("responses").fieldNames().forEachRemaining(documented::add);
        List<JsonNode> successes = op.path("responses").properties().stream().filter(r -> r.getKey().startsWith("2"))
                .map(r -> resolve(r.getValue())).toList();
        boolean bodyless = !successes.isEmpty() && successes.stream().noneMatch(r -> r.has("content"));
        boolean secured = op.has("security") && !op.get("security").isEmpty();
        boolean isCase = op.path("tags").toString().contains("\"CASE\"");
        Set<String> htmlErrors = new TreeSet<>();
        op.path("responses").properties().forEach(r -> {
            if (r.getKey().startsWith("4") && resolve(r.getValue()).path("content").has("text/html")) {
                htmlErrors.add(r.getKey());
            }
        });
        return new Op(method, path, op.path("operationId").asText(), params, mediaType, example, fields, documented,
                isCase, secured, bodyless, bodySchema, op.path("requestBody").path("required").asBoolean(false), htmlErrors);
    }

    JsonNode resolve(JsonNode node) {
        JsonNode n = node;
        while (n != null && n.has("$ref")) {
            n = spec.at(n.get("$ref").asText().substring(1));
        }
        return n;
    }

    private String sample(JsonNode param) {
        JsonNode schema = resolve(param.path("schema"));
        for (JsonNode candidate : List.of(param.path("example"), schema.path("example"), schema.path("examples").path(0),
                schema.path("default"), schema.path("enum").path(0))) {
            if (!candidate.isMissingNode() && !candidate.isNull()) {
                return candidate.asText();
            }
        }
        if (param.path("examples").fields().hasNext()) {
            return resolve(param.path("examples").fields().next().getValue()).path("value").asText();
        }
        if ("uuid".equals(schema.path("format").asText())) {
            return SAMPLE_UUID;
        }
        return schema.path("type").asText().equals("integer") ? "1" : "x";
    }

    private JsonNode example(JsonNode media) {
        if (media.has("example")) {
            return media.get("example");
        }
        if (media.path("examples").fields().hasNext()) {
            return resolve(media.get("examples").fields().next().getValue()).get("value");
        }
        return null;
    }

    /** Every property a schema declares, as JSON pointers; array items as index 0. */
    private void schemaFields(JsonNode schemaOrRef, String at, int depth, Set<String> out) {
        JsonNode schema = resolve(schemaOrRef);
        if (schema == null || depth > MAX_FIELD_DEPTH) {
            return;
        }
        schema.path("properties").fields().forEachRemaining(p -> {
            out.add(at + "/" + p.getKey());
            schemaFields(p.getValue(), at + "/" + p.getKey(), depth + 1, out);
        });
        if (schema.has("items")) {
            schemaFields(schema.get("items"), at + "/0", depth + 1, out);
        }
        for (String group : List.of("allOf", "anyOf", "oneOf")) {
            schema.path(group).forEach(s -> schemaFields(s, at, depth, out));
        }
    }

    /** Every field of an example body (merge patches declare their fields only by example). */
    private static void exampleFields(JsonNode example, String at, int depth, Set<String> out) {
        if (example == null || depth > MAX_FIELD_DEPTH) {
            return;
        }
        if (example.isObject()) {
            example.fields().forEachRemaining(f -> {
                out.add(at + "/" + f.getKey());
                exampleFields(f.getValue(), at + "/" + f.getKey(), depth + 1, out);
            });
        } else if (example.isArray() && !example.isEmpty()) {
            exampleFields(example.get(0), at + "/0", depth + 1, out);
        }
    }

    /** The path with each path parameter replaced: by {@code value} for {@code target}, by its sample otherwise. */
    static String expand(Op op, String target, String rawValue) {
        String path = op.path();
        Map<String, String> values = new LinkedHashMap<>();
        for (Param p : op.params()) {
            if (p.in().equals("path")) {
                values.put(p.name(), p.name().equals(target) ? rawValue : HostileCorpus.encode(p.sample()));
            }
        }
        for (Map.Entry<String, String> v : values.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", v.getValue());
        }
        return path;
    }
}
