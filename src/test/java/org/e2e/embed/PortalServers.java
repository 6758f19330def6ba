package org.e2e.embed;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Two stand-in district portals on loopback, both serving the example portal page from examples/portal: one
 * whose origin is in the service's portal allowlist, one whose origin is not. The page's service URL is replaced
 * with the URL of the service under test at request time.
 */
public class PortalServers implements QuarkusTestResourceLifecycleManager {

    static volatile String serviceUrl = "http://localhost:8080";
    static HttpServer allowed;
    static HttpServer refused;

    static String allowedOrigin() {
        return "http://127.0.0.1:" + allowed.getAddress().getPort();
    }

    static String refusedOrigin() {
        return "http://127.0.0.1:" + refused.getAddress().getPort();
    }

    @Override
    public Map<String, String> start() {
        allowed = serve();
        refused = serve();
        return Map.of("e2e.embed.portal-origins", "https://portal.district.example," + allowedOrigin());
    }

    private static HttpServer serve() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String page = Files.readString(Path.of("examples", "portal", "index.html"), StandardCharsets.UTF_8)
                        .replace("http://localhost:8080", serviceUrl);
                byte[] body = page.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        allowed.stop(0);
        refused.stop(0);
    }
}
