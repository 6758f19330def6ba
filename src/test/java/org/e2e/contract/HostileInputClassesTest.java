package org.e2e.contract;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.e2e.contract.BodyFields.Field;
import org.e2e.contract.SpecOperations.Op;
import org.e2e.contract.SpecOperations.Param;
import org.e2e.support.PostgresTestDatabase;
import org.e2e.support.Tokens;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.util.KeyUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The classes of hostile input that {@link HostileInputTest} does not vary, driven by the served spec like it: token
 * claims of unexpected shape on every operation, strings that are not valid Unicode in every string field of every
 * body, every array and map of every body at its declared bound plus one (and with duplicates where the spec says
 * the items are a set), and each JSON syntax case (unknown member, trailing content, a second document, a duplicate
 * key, a number or boolean for a string, an empty body) for every body. Every answer is also held to the suite's
 * rules: below 500, a problem with a body, a documented status, at most 50 {@code errors}.
 */
@QuarkusTest
@TestProfile(HostileInputProfile.class)
@QuarkusTestResource(PostgresTestDatabase.class)
class HostileInputClassesTest {

    static final int MAX_ERRORS = 50;
    static final String MARK = "HOSTILE-MARK";
    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Raw JSON for {@code sub}: empty, NUL, control characters, lone surrogates (escaped, so the bytes are ASCII). */
    static final List<String> BAD_SUBJECTS = List.of("\"\"", "\"a\\u0000b\"", "\"a\\u0007b\"", "\"line\\nbreak\"",
            "\"\\u007f\"", "\"a\\ud800b\"", "\"\\udc00\"", "\"   \"");
    /** Raw JSON for {@code groups} of a shape no role list has. */
    static final List<String> BAD_GROUPS = List.of("{\"publisher\":true}", "7", "true", "[7]", "[\"publisher\",{\"x\":1}]",
            "[\"publisher\\u0000\"]");
    /** Texts that are not Unicode, as JSON escapes, and as raw bytes that are not UTF-8 (an encoded surrogate too). */
    static final List<String> ESCAPED_NON_UNICODE = List.of("a\\ud800b", "\\udfff", "x\\ud83d");
    static final List<byte[]> RAW_NON_UTF8 = List.of(new byte[] { 'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b' },
            new byte[] { (byte) 0xC3, '(' }, new byte[] { (byte) 0xFF });

    @TestHTTPResource("/")
    URL base;

    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    List<Op> operations;
    SpecOperations spec;
    BodyFields fields;

    @BeforeEach
    void readSpec() throws Exception {
        JsonNode served = HostileInputTest.MAPPER.readTree(send("GET", "/q/openapi?format=json", null, null, null).body());
        spec = new SpecOperations(served);
        operations = spec.operations();
        fields = new BodyFields(spec);
    }

    @Test
    void tokensWithClaimsOfUnexpectedShapeAre401() throws Exception {
        List<String> tokens = new ArrayList<>();
        BAD_SUBJECTS.forEach(sub -> tokens.add(token(sub, "[\"publisher\"]")));
        BAD_GROUPS.forEach(groups -> tokens.add(token("\"publisher-lee\"", groups)));
        run(op -> {
            String path = SpecOperations.expand(op, null, null);
            for (String token : tokens) {
                HttpResponse<String> r = sendOp(op, path, token, validBody(op), op.mediaType());
                check(op, "token " + abbreviate(claimsOf(token)), r);
                if (r.statusCode() != 401) {
                    failures.add(op.label() + " [token " + abbreviate(claimsOf(token)) + "] -> " + r.statusCode() + ", not 401");
                }
            }
        });
    }

    @Test
    void stringsThatAreNotUnicodeAreRefusedInEveryBodyField() throws Exception {
        run(op -> {
            for (Field field : bodyFields(op)) {
                if (!field.isString()) {
                    continue;
                }
                byte[] template = body(op, field.pointer(), TextNode.valueOf(MARK));
                for (String escaped : ESCAPED_NON_UNICODE) {
                    refused(op, "body " + field.pointer() + "=\"" + escaped + "\"", replace(template, escaped.getBytes(US_ASCII)), 400, 422);
                }
                for (byte[] raw : RAW_NON_UTF8) {
                    refused(op, "body " + field.pointer() + "=bytes " + hex(raw), replace(template, raw), 400, 422);
                }
            }
        });
    }

    @Test
    void arraysAndMapsPastTheirBoundAndDuplicateSetItemsAreRefused() throws Exception {
        run(op -> {
            for (Field field : bodyFields(op)) {
                if (field.isArray()) {
                    JsonNode max = field.schema().path("maxItems");
                    if (!max.isInt()) {
                        failures.add(op.label() + ": array " + field.pointer() + " declares no maxItems");
                        continue;
                    }
                    String what = "body " + field.pointer() + " with " + (max.asInt() + 1) + " items";
                    refused(op, what, body(op, field.pointer(), fields.items(field, op.example(), max.asInt() + 1)), 422);
                    HttpResponse<String> huge = sendOp(op, SpecOperations.expand(op, null, null), Tokens.publisher(),
                            body(op, field.pointer(), fields.items(field, op.example(), 50_000)), op.mediaType());
                    check(op, "body " + field.pointer() + " with 50,000 items", huge);
                    if (huge.statusCode() != 422 && huge.statusCode() != 413) {
                        failures.add(op.label() + " [" + field.pointer() + " with 50,000 items] -> " + huge.statusCode());
                    }
                    if (field.schema().path("uniqueItems").asBoolean(false)) {
                        JsonNode one = fields.items(field, op.example(), 1).get(0);
                        refused(op, "body " + field.pointer() + " with a duplicate", body(op, field.pointer(), JSON.arrayNode().add(one).add(one)), 422);
                    }
                } else if (field.isMap()) {
                    if (!field.schema().path("maxProperties").isInt()) {
                        failures.add(op.label() + ": map " + field.pointer() + " declares no maxProperties");
                        continue;
                    }
                    ObjectNode map = JSON.objectNode();
                    for (int i = 0; i <= field.schema().get("maxProperties").asInt(); i++) {
                        map.put("key-" + i, 1);
                    }
                    refused(op, "body " + field.pointer() + " with " + map.size() + " members", body(op, field.pointer(), map), 422);
                }
            }
            for (Param p : op.params()) {
                JsonNode schema = p.in().equals("query") ? fields.merged(p.schema()) : null;
                if (schema != null && schema.path("additionalProperties").isObject()) {
                    int max = schema.path("maxProperties").asInt(-1);
                    if (max < 0) {
                        failures.add(op.label() + ": query " + p.name() + " declares no maxProperties");
                        continue;
                    }
                    String query = IntStream.rangeClosed(0, max).mapToObj(i -> "key-" + i + "=1").collect(Collectors.joining("&"));
                    HttpResponse<String> r = sendOp(op, SpecOperations.expand(op, null, null) + "?" + query, null, null, null);
                    check(op, "query " + p.name() + " with " + (max + 1) + " members", r);
                    if (r.statusCode() != 400) {
                        failures.add(op.label() + " [query " + p.name() + " with " + (max + 1) + " members] -> " + r.statusCode() + ", not 400");
                    }
                }
            }
        });
    }

    @Test
    void everyBodyIsReadAsStrictJson() throws Exception {
        run(op -> {
            if (op.mediaType() == null || op.example() == null || !op.example().isObject() || op.example().isEmpty()) {
                return;
            }
            String example = HostileInputTest.MAPPER.writeValueAsString(op.example());
            String first = op.example().fieldNames().next();
            String firstValue = HostileInputTest.MAPPER.writeValueAsString(op.example().get(first));
            ObjectNode unknown = op.example().deepCopy();
            unknown.put("unknown-member", 1);
            invalid(op, "unknown member", HostileInputTest.MAPPER.writeValueAsBytes(unknown), "/unknown-member");
            invalid(op, "trailing content", (example + " x").getBytes(UTF_8), null);
            invalid(op, "a second document", (example + example).getBytes(UTF_8), null);
            invalid(op, "duplicate key", (example.substring(0, example.length() - 1) + ",\"" + first + "\":" + firstValue + "}")
                    .getBytes(UTF_8), "/" + first);
            if (op.bodyRequired()) {
                invalid(op, "empty body", new byte[0], null);
            }
            for (Field field : bodyFields(op)) {
                if (field.isString() && !field.pointer().contains("/0/")) {
                    invalid(op, field.pointer() + "=42", body(op, field.pointer(), IntNode.valueOf(42)), field.pointer());
                    invalid(op, field.pointer() + "=true", body(op, field.pointer(), JSON.booleanNode(true)), field.pointer());
                }
            }
        });
    }

    private interface OpCheck {
        void run(Op op) throws Exception;
    }

    private void run(OpCheck check) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(HostileInputTest.CONCURRENCY);
        List<Future<?>> runs = new ArrayList<>();
        for (Op op : operations) {
            runs.add(pool.submit(() -> {
                check.run(op);
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();
        failures.forEach(System.out::println);
        assertEquals(List.of(), failures.stream().sorted().limit(60).toList(), failures.size() + " failures");
    }

    private List<Field> bodyFields(Op op) {
        JsonNode schema = op.mediaType() == null ? null : fields.schemaOf(op, operations);
        return schema == null ? List.of() : fields.fields(schema);
    }

    /** The example body with {@code value} at {@code pointer}, as bytes. */
    private static byte[] body(Op op, String pointer, JsonNode value) throws Exception {
        return HostileInputTest.MAPPER.writeValueAsBytes(HostileInputTest.with(op.example(), pointer, value));
    }

    private void refused(Op op, String what, byte[] body, int... statuses) throws Exception {
        HttpResponse<String> r = sendOp(op, SpecOperations.expand(op, null, null), Tokens.publisher(), body, op.mediaType());
        check(op, what, r);
        if (Arrays.stream(statuses).noneMatch(s -> s == r.statusCode())) {
            failures.add(op.label() + " [" + what + "] -> " + r.statusCode() + ", not " + Arrays.toString(statuses) + ": "
                    + abbreviate(r.body()));
        }
    }

    /** A 400 whose errors name {@code pointer} when one is given. */
    private void invalid(Op op, String what, byte[] body, String pointer) throws Exception {
        HttpResponse<String> r = sendOp(op, SpecOperations.expand(op, null, null), Tokens.publisher(), body, op.mediaType());
        check(op, what, r);
        if (r.statusCode() != 400) {
            failures.add(op.label() + " [" + what + "] -> " + r.statusCode() + ", not 400: " + abbreviate(r.body()));
        } else if (pointer != null && !r.body().contains("\"name\":\"" + pointer + "\"")) {
            failures.add(op.label() + " [" + what + "] -> 400 without the pointer " + pointer + ": " + abbreviate(r.body()));
        }
    }

    private void check(Op op, String what, HttpResponse<String> r) throws Exception {
        int status = r.statusCode();
        String where = op.label() + " [" + what + "] -> " + status;
        if (status >= 500) {
            failures.add(where + ": server error " + abbreviate(r.body()));
        }
        if (!op.documented().contains(String.valueOf(status))) {
            failures.add(where + ": status not documented (documented: " + op.documented() + ")");
        }
        if (status >= 400) {
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (r.body().isBlank() || !(op.isCase() ? type.startsWith("application/json")
                    : type.startsWith("application/problem+json") || op.answersHtml(status) && type.startsWith("text/html"))) {
                failures.add(where + ": error body is '" + type + "' " + abbreviate(r.body()));
            } else if (!op.isCase() && type.startsWith("application/problem+json") && HostileInputTest.MAPPER.readTree(r.body()).path("errors").size() > MAX_ERRORS) {
                failures.add(where + ": more than " + MAX_ERRORS + " errors");
            }
        }
    }

    /** A token signed with the test key whose payload is exactly these raw JSON claims. */
    static String token(String sub, String groups) {
        long now = System.currentTimeMillis() / 1000;
        String payload = "{\"iss\":\"https://e2e.test/issuer\",\"iat\":" + now + ",\"exp\":" + (now + 600) + ",\"sub\":" + sub
                + ",\"upn\":" + sub + ",\"groups\":" + groups + "}";
        try {
            PrivateKey key = KeyUtils.readPrivateKey("jwt/privateKey.pem");
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayloadBytes(payload.getBytes(US_ASCII));
            jws.setKey(key);
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "JWT");
            return "Bearer " + jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String claimsOf(String bearer) {
        String payload = bearer.split("\\.")[1];
        String json = new String(Base64.getUrlDecoder().decode(payload), UTF_8);
        return json.replaceAll("\"(iss|iat|exp)\":[^,]*,", "");
    }

    private static byte[] replace(byte[] template, byte[] with) {
        byte[] mark = MARK.getBytes(US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < template.length; i++) {
            if (i + mark.length <= template.length && Arrays.equals(template, i, i + mark.length, mark, 0, mark.length)) {
                out.writeBytes(with);
                i += mark.length - 1;
            } else {
                out.write(template[i]);
            }
        }
        return out.toByteArray();
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02X ", b & 0xff));
        }
        return out.toString().trim();
    }

    private static byte[] validBody(Op op) throws Exception {
        return op.mediaType() == null ? null : op.example() == null ? "{}".getBytes(UTF_8) : HostileInputTest.MAPPER.writeValueAsBytes(op.example());
    }

    private HttpResponse<String> sendOp(Op op, String path, String token, byte[] body, String contentType) throws Exception {
        return send(op.method(), path, token, body, contentType);
    }

    private HttpResponse<String> send(String method, String path, String token, byte[] body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", token);
        }
        if (body != null && contentType != null) {
            request.header("Content-Type", contentType);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviate(String s) {
        String flat = s.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 200 ? flat.substring(0, 200) + "…(" + flat.length() + ")" : flat;
    }
}
