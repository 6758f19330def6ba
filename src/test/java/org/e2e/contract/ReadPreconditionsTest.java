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
import java.util.List;

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
 * If-Match and If-Unmodified-Since on every read of the served spec, evaluated as RFC 9110 section 13.2.2 says and
 * the same on the event-loop route and on JAX-RS: a stale or weak If-Match is a 412 problem (CASE: imsx_StatusInfo)
 * with none of the representation's headers; the current ETag (of any content coding) or "*" reads as usual, and
 * If-None-Match is evaluated after it (304); If-Unmodified-Since is ignored (no read has a modification date); a read
 * that is not a 2xx without the preconditions answers the same with them; a read without an ETag (the audit log and
 * webhook lists) matches only "*".
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class ReadPreconditionsTest {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String STALE = "\"tjLfqOs8kD77BCu37pMZnDbAX4KKISzRyFLSKR8Gp1A\"";

    @TestHTTPResource("/")
    URL base;

    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final List<String> failures = new ArrayList<>();

    @Test
    void everyReadEvaluatesIfMatchAndIgnoresIfUnmodifiedSince() throws Exception {
        JsonNode spec = MAPPER.readTree(get("/q/openapi?format=json", null, "Accept", "application/json").body());
        List<Op> reads = new SpecOperations(spec).operations().stream().filter(op -> op.method().equals("GET")).toList();
        int withEtag = 0;
        for (Op op : reads) {
            String url = SpecOperations.expand(op, null, null) + query(op);
            String token = op.secured() ? Tokens.publisher() : null;
            HttpResponse<String> plain = get(url, token);
            int status = plain.statusCode();
            if (!op.documented().contains("412")) {
                failures.add(op.label() + ": 412 is not documented");
            }
            if (status / 100 != 2) {
                expect(op, "stale If-Match on a " + status, get(url, token, "If-Match", STALE), status);
                continue;
            }
            String etag = plain.headers().firstValue("ETag").orElse(null);
            if (etag == null) {
                // No entity tag can match a representation that has none; "*" still does (it exists).
                expectPreconditionFailed(op, "If-Match on a read without ETag", get(url, token, "If-Match", STALE));
                expect(op, "If-Match * on a read without ETag", get(url, token, "If-Match", "*"), status);
                continue;
            }
            withEtag++;
            expectPreconditionFailed(op, "stale If-Match", get(url, token, "If-Match", STALE));
            expectPreconditionFailed(op, "weak If-Match", get(url, token, "If-Match", "W/" + etag));
            expectPreconditionFailed(op, "stale If-Match with gzip",
                    get(url, token, "If-Match", STALE + ", \"other\"", "Accept-Encoding", "gzip"));
            expect(op, "current If-Match", get(url, token, "If-Match", etag), status);
            expect(op, "If-Match *", get(url, token, "If-Match", "*"), status);
            expect(op, "current If-Match in a list", get(url, token, "If-Match", STALE + ", " + etag), status);
            expect(op, "identity If-Match, gzip served", get(url, token, "If-Match", etag, "Accept-Encoding", "gzip"), status);
            expect(op, "current If-Match and If-None-Match", get(url, token, "If-Match", etag, "If-None-Match", etag), 304);
            expectPreconditionFailed(op, "stale If-Match and current If-None-Match",
                    get(url, token, "If-Match", STALE, "If-None-Match", etag));
            expect(op, "If-Unmodified-Since in the past",
                    get(url, token, "If-Unmodified-Since", "Sat, 01 Jan 2000 00:00:00 GMT"), status);
            expect(op, "malformed If-Unmodified-Since", get(url, token, "If-Unmodified-Since", "yesterday"), status);
        }
        System.out.printf("Read preconditions: %d reads, %d with an ETag%n", reads.size(), withEtag);
        assertTrue(withEtag >= 30, withEtag + " reads answered 200 with an ETag");
        assertEquals(List.of(), failures, failures.size() + " failures");
    }

    @Test
    void theEventLoopRouteAndJaxRsAgreeOnAPublishedRead() throws Exception {
        String url = "/api/v1/frameworks/e2e-relationships/principles";
        String etag = get(url, null).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> cached = get(url, null); // now answered from the precomputed bytes on the event loop
        assertEquals(etag, cached.headers().firstValue("ETag").orElseThrow());
        HttpResponse<String> stale = get(url, null, "If-Match", STALE);
        assertEquals(412, stale.statusCode());
        assertEquals("application/problem+json", stale.headers().firstValue("Content-Type").orElse(""));
        assertTrue(stale.body().contains("\"status\":412"), stale.body());
        assertEquals(200, get(url, null, "If-Match", etag).statusCode());
    }

    /** A read whose spec requires a query parameter gets the sample of each required one. */
    private static String query(Op op) {
        StringBuilder q = new StringBuilder();
        for (SpecOperations.Param p : op.params()) {
            if (p.in().equals("query") && (p.name().equals("q") || p.name().equals("url"))) {
                q.append(q.isEmpty() ? "?" : "&").append(p.name()).append('=').append(HostileCorpus.encode(p.sample()));
            }
        }
        return q.toString();
    }

    private void expect(Op op, String what, HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            failures.add(op.label() + " [" + what + "] -> " + r.statusCode() + ", expected " + status);
        }
    }

    private void expectPreconditionFailed(Op op, String what, HttpResponse<String> r) {
        String where = op.label() + " [" + what + "] -> " + r.statusCode();
        if (r.statusCode() != 412) {
            failures.add(where + ", expected 412");
            return;
        }
        String type = r.headers().firstValue("Content-Type").orElse("");
        boolean problem = op.isCase() ? type.startsWith("application/json") && r.body().contains("\"imsx_codeMajor\"")
                : type.equals("application/problem+json") && r.body().contains("\"status\":412");
        if (!problem) {
            failures.add(where + ": not a problem: " + type + " " + r.body());
        }
        for (String header : List.of("ETag", "Content-Encoding", "Cache-Control", "Deprecation")) {
            if (r.headers().firstValue(header).isPresent()) {
                failures.add(where + ": carries " + header + " of the representation it did not send");
            }
        }
    }

    private HttpResponse<String> get(String path, String token, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
