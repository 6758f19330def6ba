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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.e2e.contract.SpecOperations.Op;
import org.e2e.support.PostgresTestDatabase;
import org.e2e.support.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every method on every path of the served OpenAPI document (pages and the CASE binding included): a method the spec
 * documents for the URL is left to HostileInputTest; every other one is a 405 with an Allow header that lists exactly
 * the methods the spec documents for that URL (with HEAD where GET is, and OPTIONS), a problem body (CASE:
 * imsx_StatusInfo) and a status the operations of the path document. OPTIONS answers 204 with the same Allow. The
 * expected methods of a URL are those of every spec path whose template matches it, as a router matches it
 * ({@code …/versions/import} is also a version read).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class MethodsNotAllowedTest {

    static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "TRACE", "PROPFIND");
    static final ObjectMapper MAPPER = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyPathAnswersEveryMethodItLacksWith405AndAllow() throws Exception {
        JsonNode spec = MAPPER.readTree(send("GET", "/q/openapi?format=json", "Accept", "application/json").body());
        List<Op> operations = new SpecOperations(spec).operations();
        Map<String, Op> firstOfPath = new LinkedHashMap<>();
        operations.forEach(op -> firstOfPath.putIfAbsent(op.path(), op));
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Op op : firstOfPath.values()) {
            String url = SpecOperations.expand(op, null, null);
            Set<String> methods = methodsFor(url, operations);
            Set<String> documented = new TreeSet<>();
            operations.stream().filter(o -> o.path().equals(op.path())).forEach(o -> documented.addAll(o.documented()));
            String allow = allow(methods);
            for (String method : METHODS) {
                if (methods.contains(method)) {
                    continue;
                }
                sent++;
                HttpResponse<String> r = send(method, url, "Authorization", Tokens.publisher(), "Content-Type",
                        "application/json");
                String where = method + " " + url + " -> " + r.statusCode();
                if (r.statusCode() != 405) {
                    failures.add(where + ", not 405: " + abbreviate(r.body()));
                    continue;
                }
                if (!documented.contains("405")) {
                    failures.add(where + ": 405 is not documented on " + op.path());
                }
                String actualAllow = r.headers().firstValue("Allow").orElse("(none)");
                if (!methodSet(actualAllow).equals(methodSet(allow))) {
                    failures.add(where + ": Allow " + actualAllow + ", expected " + allow);
                }
                if (!method.equals("HEAD") && !isProblem(op, r)) {
                    failures.add(where + ": not a problem body: " + r.headers().firstValue("Content-Type").orElse("")
                            + " " + abbreviate(r.body()));
                }
            }
            sent++;
            HttpResponse<String> options = send("OPTIONS", url);
            String optionsAllow = options.headers().firstValue("Allow").orElse("(none)");
            if (options.statusCode() != 204 || !methodSet(optionsAllow).equals(methodSet(allow))) {
                failures.add("OPTIONS " + url + " -> " + options.statusCode() + " Allow " + optionsAllow + ", expected 204 "
                        + allow);
            }
        }
        System.out.printf("Methods suite: %d requests over %d paths%n", sent, firstOfPath.size());
        assertTrue(firstOfPath.size() >= 45, "the served spec lists " + firstOfPath.size() + " paths");
        assertEquals(List.of(), failures, failures.size() + " failures");
    }

    @Test
    void optionsOnAPathNothingServesIsA404Problem() throws Exception {
        HttpResponse<String> r = send("OPTIONS", "/api/v1/nothing-here");
        assertEquals(404, r.statusCode());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
    }

    /** The methods the spec documents for a concrete URL: those of every path template that matches it. */
    static Set<String> methodsFor(String url, List<Op> operations) {
        Set<String> methods = new TreeSet<>();
        for (Op op : operations) {
            String regex = Arrays.stream(op.path().split("(?=\\{)|(?<=})"))
                    .map(part -> part.startsWith("{") ? "[^/]+" : Pattern.quote(part)).reduce("", String::concat);
            if (url.matches(regex)) {
                methods.add(op.method());
            }
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        return methods;
    }

    private static String allow(Set<String> methods) {
        Set<String> allow = new TreeSet<>(methods);
        allow.add("OPTIONS");
        return String.join(", ", allow);
    }

    private static Set<String> methodSet(String allow) {
        Set<String> set = new TreeSet<>();
        for (String m : allow.split(",")) {
            set.add(m.strip());
        }
        return set;
    }

    private static boolean isProblem(Op op, HttpResponse<String> r) {
        String type = r.headers().firstValue("Content-Type").orElse("");
        String body = r.body() == null ? "" : r.body();
        return op.isCase() ? type.startsWith("application/json") && body.contains("\"imsx_codeMajor\"")
                : type.startsWith("application/problem+json") && body.contains("\"status\":405");
    }

    private HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        boolean withBody = Set.of("POST", "PUT", "PATCH").contains(method);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, withBody ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (withBody || !headers[i].equals("Content-Type")) {
                request.header(headers[i], headers[i + 1]);
            }
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviate(String s) {
        String flat = s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
