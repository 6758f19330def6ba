package org.e2e.web;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.e2e.problem.ProblemRendering;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP server's size limits, refused with a problem (or, under the CASE API, imsx_StatusInfo) instead of the
 * server's empty answers: a request line over {@code quarkus.http.limits.max-initial-line-length} is a 414, request
 * headers over {@code quarkus.http.limits.max-header-size} are a 431, and a body whose Content-Length is over
 * {@code quarkus.http.limits.max-body-size} is a 413, all before anything else runs. To be able to answer the 414
 * and 431 itself, the service lets the server's own codec read request lines and headers up to
 * {@link #CODEC_HEADROOM} times the limit; only requests past that are still cut off by the server (an empty
 * answer, then the connection is closed).
 */
@ApplicationScoped
public class HttpLimits implements HttpServerOptionsCustomizer {

    static final int CODEC_HEADROOM = 4;

    private final ProblemRendering rendering;
    private final long maxHeaderBytes;
    private final long maxBodyBytes;
    private final int maxRequestLine;

    public HttpLimits(ProblemRendering rendering,
            @ConfigProperty(name = "quarkus.http.limits.max-header-size", defaultValue = "20K") MemorySize maxHeaderSize,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize,
            @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length", defaultValue = "4096") int maxRequestLine) {
        this.rendering = rendering;
        this.maxHeaderBytes = maxHeaderSize.asLongValue();
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.maxRequestLine = maxRequestLine;
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setMaxHeaderSize((int) Math.min(Integer.MAX_VALUE, maxHeaderBytes * CODEC_HEADROOM));
        options.setMaxInitialLineLength((int) Math.min(Integer.MAX_VALUE, (long) maxRequestLine * CODEC_HEADROOM));
        // No cleartext HTTP/2 (h2c, by Upgrade or prior knowledge): RFC 9113 deprecates the Upgrade, proxies that pass
        // it on can be tunnelled through ("h2c smuggling"), and this service sits behind a proxy that speaks HTTP/1.1
        // to it. HTTP/2 over TLS (ALPN) stays available where TLS is configured.
        options.setHttp2ClearTextEnabled(false);
    }

    void register(@Observes Router router) {
        router.route().order(-1000).handler(this::check);
    }

    void check(RoutingContext ctx) {
        int requestLine = ctx.request().method().name().length() + ctx.request().uri().length() + " HTTP/1.1".length() + 1;
        if (requestLine > maxRequestLine) {
            refuse(ctx, 414, "The request line takes " + requestLine + " bytes, more than the " + maxRequestLine
                    + " this service reads; send long input in a request body where the operation takes one.");
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : ctx.request().headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaderBytes) {
            refuse(ctx, 431, "The request headers take " + headerBytes + " bytes, more than the " + maxHeaderBytes
                    + " this service reads.");
            return;
        }
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > maxBodyBytes) {
            refuse(ctx, 413, "The request body exceeds the limit of " + maxBodyBytes + " bytes.");
            return;
        }
        ctx.next();
    }

    private void refuse(RoutingContext ctx, int status, String detail) {
        refuse(rendering, ctx, status, detail);
    }

    /** Answers the request with a problem and closes the connection: what follows on it cannot be trusted. */
    static void refuse(ProblemRendering rendering, RoutingContext ctx, int status, String detail) {
        ProblemRendering.Rendered rendered = rendering.render(status, detail, ctx.request().path());
        HttpServerResponse response = ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, rendered.mediaType())
                .putHeader(HttpHeaders.CONNECTION, "close");
        response.end(Buffer.buffer(rendered.body()));
    }
}
