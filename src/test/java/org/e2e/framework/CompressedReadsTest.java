package org.e2e.framework;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import jakarta.inject.Inject;

import org.e2e.support.PostgresTestDatabase;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import com.aayushatharva.brotli4j.decoder.Decoder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.e2e.support.Fixtures;

/**
 * Published representations in every content coding: served precomputed (0 SQL) by the event-loop route and by the
 * JAX-RS path (a request with Origin takes it), with Content-Encoding, Vary: Accept-Encoding, a distinct strong ETag
 * per coding and a 304 for each; every body decodes to the identity bytes. A plain HTTP client is used, since it does
 * not decode bodies behind the test's back.
 */
@QuarkusTest
@TestProfile(CompressedReadsProfile.class)
@QuarkusTestResource(PostgresTestDatabase.class)
class CompressedReadsTest {

    static final String FW = "/api/v1/frameworks/e2e-relationships";
    static final List<String> PATHS = List.of(FW, FW + "?version=1.0.0", FW + "/layers/roots", FW + "/elements/beliefs",
            FW + "/versions/1.0.0/nodes/" + Fixtures.BE_RELIABLE, FW + "/references", FW + "/versions",
            "/api/v1/frameworks", FW + "/diagram", FW + "/versions/1.0.0/diagram");
    static final String PORTAL = "https://portal.district.example";

    @TestHTTPResource("/")
    URL base;
    @Inject
    SessionFactory sessionFactory;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyCodingIsPrecomputedWithItsOwnETagAndItsOwn304OnBothPaths() throws Exception {
        for (String path : PATHS) {
            get(path, "gzip, br", null, null); // built once (a miss), then served from memory
        }
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        for (String path : PATHS) {
            for (String origin : new String[] { null, PORTAL }) { // the event-loop route, then JAX-RS (CORS)
                HttpResponse<byte[]> identity = get(path, null, null, origin);
                assertEquals(200, identity.statusCode(), path);
                assertTrue(identity.headers().firstValue("Content-Encoding").isEmpty(), "identity has no Content-Encoding: " + path);
                Set<String> etags = new HashSet<>();
                etags.add(etag(identity));
                for (String coding : new String[] { "gzip", "br" }) {
                    HttpResponse<byte[]> coded = get(path, coding, null, origin);
                    String where = coding + " " + path + (origin == null ? "" : " with Origin");
                    assertEquals(200, coded.statusCode(), where);
                    assertEquals(coding, coded.headers().firstValue("Content-Encoding").orElse(null), where);
                    assertTrue(coded.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Encoding")),
                            "Vary: Accept-Encoding on " + where);
                    assertArrayEquals(identity.body(), decode(coding, coded.body()), "decodes to the identity bytes: " + where);
                    assertTrue(coded.body().length < identity.body().length || identity.body().length < 100, where);
                    assertTrue(etags.add(etag(coded)), "a distinct ETag for " + where + ": " + etags);
                    assertTrue(etag(coded).matches("\"[^\"]+\""), "a strong ETag: " + etag(coded));

                    HttpResponse<byte[]> notModified = get(path, coding, etag(coded), origin);
                    assertEquals(304, notModified.statusCode(), "304 for the " + where);
                    assertEquals(etag(coded), etag(notModified));
                    assertEquals(0, notModified.body().length);
                    // The ETag of another coding is another representation: the client gets this coding's bytes.
                    assertEquals(200, get(path, coding, etag(identity), origin).statusCode(), where);
                }
                assertEquals(304, get(path, null, etag(identity), origin).statusCode(), "304 for identity " + path);
            }
        }
        assertEquals(0, statistics.getPrepareStatementCount(), "every coding and every 304 is served from memory");
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding, String ifNoneMatch, String origin)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String etag(HttpResponse<?> response) {
        String etag = response.headers().firstValue("ETag").orElse(null);
        assertNotEquals(null, etag, "an ETag on " + response.uri());
        return etag;
    }

    private static byte[] decode(String coding, byte[] body) throws IOException {
        if (coding.equals("br")) {
            return Decoder.decompress(body).getDecompressedData();
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
