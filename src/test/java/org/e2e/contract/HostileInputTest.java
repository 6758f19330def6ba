package org.e2e.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.e2e.contract.HostileCorpus.UriValue;
import org.e2e.contract.SpecOperations.Op;
import org.e2e.contract.SpecOperations.Param;
import org.e2e.support.PostgresTestDatabase;
import org.e2e.support.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The hostile-input suite. It reads the served OpenAPI document and, for every operation and every parameter and
 * body field it declares, sends the {@link HostileCorpus}: to every path, query and header parameter (anonymous, as an
 * editor and as a publisher), to every body field and as whole bodies (as a publisher, whom every write admits), with
 * wrong content types, bodies past the limits, oversized headers, an unacceptable Accept and a method the path does
 * not allow. Every answer must be below 500; every 4xx application/problem+json (CASE: imsx_StatusInfo JSON) with a
 * body; no error body may show a Java type, package, stack frame or SQL; and every status must be documented on the
 * operation. New operations are covered as soon as the spec describes them.
 */
@QuarkusTest
@TestProfile(HostileInputProfile.class)
@QuarkusTestResource(PostgresTestDatabase.class)
class HostileInputTest {

    /** What must never reach a client: Java types and packages, stack frames, SQL and database errors. */
    static final Pattern LEAK = Pattern.compile("(?i)(\\bat [\\w$]+\\.[\\w$.]+\\(|\\.java\\b|exception|\\b(java|javax|jakarta"
            + "|org\\.e2e|org\\.hibernate|org\\.postgresql|io\\.quarkus|io\\.vertx|io\\.smallrye|com\\.fasterxml)\\."
            + "|\\w\\$\\w|hibernate|postgres|sqlstate|syntax error|\\bselect\\b.+\\bfrom\\b|\\binsert into\\b)");
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** Requests in flight at once: the suite waits on the service, not on the CPU. */
    static final int CONCURRENCY = 6;
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    @TestHTTPResource("/")
    URL base;

    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger requests = new AtomicInteger();

    @Test
    void everyOperationHoldsUnderHostileInput() throws Exception {
        long start = System.nanoTime();
        JsonNode spec = MAPPER.readTree(send("GET", "/q/openapi?format=json", null, null, null, "Accept", "application/json").body());
        List<Op> operations = new SpecOperations(spec).operations();
        String[] identities = { null, Tokens.editor(), Tokens.publisher() };
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        List<Future<?>> runs = new ArrayList<>();
        for (Op op : operations) {
            runs.add(pool.submit(() -> parameters(op, identities)));
            runs.add(pool.submit(() -> bodies(op, Tokens.publisher())));
            runs.add(pool.submit(() -> protocol(op, operations)));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Hostile-input suite: %d requests over %d operations in %.1f s%n", requests.get(), operations.size(), seconds);
        assertTrue(operations.size() >= 50, "the served spec lists " + operations.size() + " operations");
        assertEquals(List.of(), failures.stream().limit(40).toList(), failures.size() + " failures");
    }

    /**
     * Every path, query and header parameter, one at a time, with every hostile value; the others keep their samples.
     * The identities take turns value by value (shifted per parameter), so each sends the whole corpus across the
     * parameters of an operation while every value reaches every parameter once.
     */
    private Void parameters(Op op, String[] identities) throws Exception {
        int turn = 0;
        for (Param p : op.params()) {
            turn++;
            switch (p.in()) {
                case "path" -> {
                    for (UriValue v : HostileCorpus.URI_VALUES) {
                        String token = identities[turn++ % identities.length];
                        check(op, "path " + p.name() + "=" + v.raw(), v.text(),
                                sendOp(op, SpecOperations.expand(op, p.name(), v.raw()), token, validBody(op), null));
                    }
                }
                case "query" -> {
                    for (UriValue v : HostileCorpus.URI_VALUES) {
                        String token = identities[turn++ % identities.length];
                        check(op, "query " + p.name() + "=" + v.raw(), v.text(),
                                sendOp(op, SpecOperations.expand(op, null, null) + "?" + p.name() + "=" + v.raw(), token,
                                        validBody(op), null));
                    }
                }
                case "header" -> {
                    if (p.name().equalsIgnoreCase("Content-Length")) {
                        continue;
                    }
                    for (String v : HostileCorpus.HEADER_VALUES) {
                        String token = identities[turn++ % identities.length];
                        check(op, "header " + p.name() + "=" + abbreviate(v), v,
                                sendOp(op, SpecOperations.expand(op, null, null), token, validBody(op), null, p.name(), v));
                    }
                }
                default -> {
                }
            }
        }
        return null;
    }

    /** Every body field with every hostile JSON value, then whole bodies, wrong content types and oversized bodies. */
    private Void bodies(Op op, String token) throws Exception {
        if (op.mediaType() == null) {
            return null;
        }
        String path = SpecOperations.expand(op, null, null);
        List<JsonNode> values = HostileCorpus.fieldValues();
        List<JsonNode> nested = HostileCorpus.nestedFieldValues();
        for (String field : op.fields()) {
            for (JsonNode value : field.chars().filter(c -> c == '/').count() <= 2 ? values : nested) {
                String body = MAPPER.writeValueAsString(with(op.example(), field, value));
                check(op, "body " + field + "=" + abbreviate(value.toString()), value.isTextual() ? value.asText() : value.toString(),
                        sendOp(op, path, token, body, op.mediaType()));
            }
        }
        for (String body : HostileCorpus.BODIES) {
            check(op, "body " + abbreviate(body), body, sendOp(op, path, token, body, op.mediaType()));
        }
        for (String type : HostileCorpus.WRONG_CONTENT_TYPES) {
            check(op, "Content-Type " + type, type, sendOp(op, path, token, validBody(op), type));
        }
        check(op, "11 MB body", "", sendOp(op, path, token, "{\"x\":\"" + "c".repeat(11 * 1024 * 1024) + "\"}", op.mediaType()));
        return null;
    }

    /** Oversized headers, an Accept no operation offers, problem+json as Accept, and a method the path lacks. */
    private Void protocol(Op op, List<Op> operations) throws Exception {
        String path = SpecOperations.expand(op, null, null);
        check(op, "40 KB header", "", sendOp(op, path, null, validBody(op), null, "X-Padding", "p".repeat(40_000)));
        check(op, "Accept: application/xml", "", sendOp(op, path, Tokens.publisher(), validBody(op), null, "Accept", "application/xml"));
        HttpResponse<String> problemAccept = sendOp(op, path, Tokens.publisher(), validBody(op), null, "Accept",
                "application/problem+json");
        check(op, "Accept: application/problem+json", "", problemAccept);
        if (op.bodyless() && problemAccept.statusCode() == 406) {
            failures.add(op.label() + ": answers no body on success, yet refuses Accept: application/problem+json with 406");
        }
        Set<String> declared = new TreeSet<>();
        operations.stream().filter(o -> o.path().equals(op.path())).forEach(o -> declared.add(o.method()));
        String missing = METHODS.stream().filter(m -> !declared.contains(m)).findFirst().orElse(null);
        if (missing != null && declared.iterator().next().equals(op.method())) {
            HttpResponse<String> r = send(missing, path, Tokens.publisher(), "{}", "application/json");
            check(op, missing + " (not allowed)", "", r);
            // 404 when the path also matches another operation's template (GET …/versions/import is a version read).
            if (r.statusCode() != 405 && r.statusCode() != 404) {
                failures.add(op.label() + ": " + missing + " answered " + r.statusCode() + ", not 405");
            }
        }
        return null;
    }

    private void check(Op op, String what, String sent, HttpResponse<String> r) {
        int status = r.statusCode();
        String where = op.label() + " [" + what + "] -> " + status;
        String body = r.body() == null ? "" : r.body();
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (status >= 500 && !(status == 501 && op.documented().contains("501"))) {
            failures.add(where + ": server error " + abbreviate(body));
        }
        if (!op.documented().contains(String.valueOf(status))) {
            failures.add(where + ": status not documented (documented: " + op.documented() + ")");
        }
        if (status >= 400) {
            boolean rightType = op.isCase() ? type.startsWith("application/json") && body.contains("\"imsx_codeMajor\"")
                    : type.startsWith("application/problem+json") || op.answersHtml(status) && type.startsWith("text/html");
            if (!rightType || body.isBlank()) {
                failures.add(where + ": error body is '" + type + "' " + abbreviate(body));
            }
            String cleaned = withoutEcho(body, sent);
            if (LEAK.matcher(cleaned).find()) {
                failures.add(where + ": leaks internals: " + abbreviate(cleaned));
            }
        }
    }

    /** The body without the hostile value itself, as sent, JSON-escaped and percent-encoded, which it may echo. */
    private static String withoutEcho(String body, String sent) {
        if (sent == null || sent.isEmpty()) {
            return body;
        }
        String out = body;
        try {
            String json = MAPPER.writeValueAsString(sent);
            out = out.replace(json.substring(1, json.length() - 1), "");
        } catch (Exception ignored) {
            // a string always serializes
        }
        return out.replace(sent, "").replace(HostileCorpus.encode(sent), "");
    }

    static JsonNode with(JsonNode example, String pointer, JsonNode value) {
        JsonNode root = example == null ? JsonNodeFactory.instance.objectNode() : example.deepCopy();
        if (!root.isObject()) {
            return root;
        }
        List<String> parts = Arrays.asList(pointer.substring(1).split("/"));
        JsonNode node = root;
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i).replace("~1", "/").replace("~0", "~");
            boolean last = i == parts.size() - 1;
            boolean nextIsIndex = !last && parts.get(i + 1).matches("\\d+");
            if (node instanceof ObjectNode object) {
                if (last) {
                    object.set(part, value);
                } else if (!object.has(part) || !(object.get(part).isContainerNode())) {
                    object.set(part, nextIsIndex ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode());
                }
                node = object.get(part);
            } else if (node instanceof ArrayNode array) {
                if (array.isEmpty()) {
                    array.add(last ? value : nextIsIndex ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode());
                } else if (last) {
                    array.set(0, value);
                }
                node = array.get(0);
            }
        }
        return root;
    }

    private static String validBody(Op op) throws Exception {
        return op.mediaType() == null ? null : op.example() == null ? "{}" : MAPPER.writeValueAsString(op.example());
    }

    private HttpResponse<String> sendOp(Op op, String path, String token, String body, String contentType, String... headers)
            throws Exception {
        return send(op.method(), path, token, body, contentType != null ? contentType : op.mediaType(), headers);
    }

    private HttpResponse<String> send(String method, String path, String token, String body, String contentType,
            String... headers) throws Exception {
        requests.incrementAndGet();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", token);
        }
        if (body != null && contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviate(String s) {
        String flat = s.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 160 ? flat.substring(0, 160) + "…(" + flat.length() + ")" : flat;
    }
}
