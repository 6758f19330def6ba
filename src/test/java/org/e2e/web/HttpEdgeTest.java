package org.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Requests that fail below JAX-RS, sent over a plain socket: each gets a problem (status and body as RFC 9457) or the
 * connection closed, never the framework's error JSON or an empty 400 on an open connection, and nothing is logged
 * at ERROR or with a stack trace for what is the client's mistake.
 */
@QuarkusTest
@TestProfile(HttpEdgeProfile.class)
@QuarkusTestResource(PostgresTestDatabase.class)
class HttpEdgeTest {

    static final String ASSESSMENT = "/api/v1/resources/staff-relationships-and-collaboration/assessment";
    static final String POST = "POST " + ASSESSMENT + " HTTP/1.1\\r\\nHost: e2e.test\\r\\nContent-Type: application/json\\r\\n";

    @TestHTTPResource("/")
    URL base;

    final List<LogRecord> logged = Collections.synchronizedList(new ArrayList<>());
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue() || record.getThrown() != null) {
                logged.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    record Answer(int status, String head, String body, boolean closed) {
        boolean isProblem() {
            return head.toLowerCase().contains("content-type: application/problem+json") && body.contains("\"status\":" + status);
        }
    }

    @BeforeEach
    void captureLogs() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void nothingLoggedAsAnError() {
        Logger.getLogger("").removeHandler(capture);
        assertEquals(List.of(), logged.stream().map(r -> r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage()
                + (r.getThrown() == null ? "" : " " + r.getThrown())).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no Host | GET /api/v1/frameworks HTTP/1.1\\r\\n\\r\\n | 400",
            "two Hosts | GET /api/v1/frameworks HTTP/1.1\\r\\nHost: a.test\\r\\nHost: b.test\\r\\n\\r\\n | 400",
            "unknown transfer coding | " + POST + "Transfer-Encoding: gzip\\r\\n\\r\\n{} | 501",
            "chunked twice | " + POST + "Transfer-Encoding: chunked, chunked\\r\\n\\r\\n0\\r\\n\\r\\n | 400" })
    void framingErrorsAreProblems(String what, String request, int status) throws Exception {
        Answer answer = send(request.replace("\\r\\n", "\\r\\n"));
        assertEquals(status, answer.status(), answer.head());
        assertTrue(answer.isProblem(), answer.head() + answer.body());
    }

    @Test
    void aRequestLineOverTheLimitIsA414Problem() throws Exception {
        Answer answer = send("GET /api/v1/search?q=" + "a".repeat(70_000) + " HTTP/1.1\\r\\nHost: e2e.test\\r\\n\\r\\n");
        assertEquals(414, answer.status());
        assertTrue(answer.isProblem(), answer.head() + answer.body());
    }

    /** What the server's codec refuses before any handler: an answer without a body, and the connection closed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "conflicting Content-Length | " + POST + "Content-Length: 2\\r\\nContent-Length: 5\\r\\n\\r\\n{}",
            "Content-Length and chunked | " + POST + "Content-Length: 2\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n0\\r\\n\\r\\n",
            "chunked not last | " + POST + "Transfer-Encoding: chunked\\r\\nTransfer-Encoding: identity\\r\\n\\r\\n0\\r\\n\\r\\n",
            "Content-Length not a number | " + POST + "Content-Length: abc\\r\\n\\r\\n{}",
            "a header without a colon | GET /api/v1/frameworks HTTP/1.1\\r\\nHost: e2e.test\\r\\nBroken\\r\\n\\r\\n",
            "no request line | GARBAGE\\r\\n\\r\\n" })
    void codecErrorsCloseTheConnection(String what, String request) throws Exception {
        Answer answer = send(request.replace("\\r\\n", "\\r\\n"));
        assertTrue(answer.closed(), "the connection stays open after " + answer.head());
        assertTrue(answer.status() == 0 || answer.isProblem() || answer.body().isEmpty(), answer.body());
    }

    @Test
    void aRequestLineFarOverTheLimitClosesTheConnection() throws Exception {
        Answer answer = send("GET /api/v1/search?q=" + "a".repeat(300_000) + " HTTP/1.1\\r\\nHost: e2e.test\\r\\n\\r\\n");
        assertTrue(answer.closed());
    }

    @Test
    void aMalformedChunkIsAProblemOrAClosedConnection() throws Exception {
        Answer answer = send(POST + "Transfer-Encoding: chunked\\r\\n\\r\\nzz\\r\\n{}\\r\\n0\\r\\n\\r\\n");
        assertTrue(answer.closed() || answer.isProblem(), answer.head() + answer.body());
        if (answer.status() != 0) {
            assertEquals(400, answer.status());
            assertTrue(answer.isProblem(), answer.body());
        }
    }

    /** After quarkus.http.read-timeout (2 s here) without a byte, the server closes the connection; nothing is logged. */
    @Test
    void aBodyThatStopsArrivingClosesTheConnection() throws Exception {
        Answer answer = send(POST + "Content-Length: 100\\r\\n\\r\\n{\"ratings\"");
        assertTrue(answer.closed(), answer.head());
        assertTrue(answer.status() == 0 || answer.isProblem(), answer.head() + answer.body());
    }

    @Test
    void cleartextHttp2UpgradeIsNotOffered() throws Exception {
        Answer answer = send("GET /api/v1/frameworks HTTP/1.1\\r\\nHost: e2e.test\\r\\nConnection: Upgrade, HTTP2-Settings\\r\\n"
                + "Upgrade: h2c\\r\\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\\r\\n\\r\\n");
        assertEquals(200, answer.status(), answer.head());
        assertTrue(answer.head().startsWith("HTTP/1.1 200"), answer.head());
    }

    /** Sends the bytes and reads one answer (head, then the body by Content-Length), then whether the server closed. */
    private Answer send(String request) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(request.replace("\\r\\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            try {
                while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                    int b = in.read();
                    if (b < 0) {
                        return new Answer(status(head.toString(StandardCharsets.ISO_8859_1)), head.toString(StandardCharsets.ISO_8859_1), "", true);
                    }
                    head.write(b);
                }
            } catch (IOException reset) {
                return new Answer(0, head.toString(StandardCharsets.ISO_8859_1), "", true);
            }
            String headText = head.toString(StandardCharsets.ISO_8859_1);
            int length = 0;
            for (String line : headText.split("\r\n")) {
                if (line.toLowerCase().startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).strip());
                }
            }
            byte[] body = in.readNBytes(length);
            socket.setSoTimeout(3_000);
            boolean closed;
            try {
                closed = in.read() < 0;
            } catch (SocketTimeoutException open) {
                closed = false;
            } catch (IOException reset) {
                closed = true;
            }
            return new Answer(status(headText), headText, new String(body, StandardCharsets.UTF_8), closed);
        }
    }

    private static int status(String head) {
        String[] parts = head.split(" ", 3);
        return parts.length > 1 && parts[1].matches("\\d{3}") ? Integer.parseInt(parts[1]) : 0;
    }
}
