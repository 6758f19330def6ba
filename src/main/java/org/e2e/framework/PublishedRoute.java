package org.e2e.framework;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.e2e.config.ServiceConfig;
import org.e2e.framework.PublishedRepresentationCache.Entry;
import org.e2e.web.CompressedVariants.Variant;
import org.e2e.web.ContentCoding;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.core.http.HttpHeaders;

/**
 * The fast path of the published read API: on the event loop, before JAX-RS, a GET whose representation is already
 * precomputed is answered from {@link PublishedRepresentationCache} (200 with the bytes, or 304) with no database
 * access, no worker thread and no per-request encoding, in the content coding Accept-Encoding negotiates (identity,
 * gzip or Brotli, each precomputed with its own ETag, so a 304 works for every coding). Everything else (a miss, a draft, an error, a browser
 * request with Origin that needs CORS, a request with credentials, unknown query parameters) falls through to the
 * JAX-RS resources, which are the documented contract (OpenAPI) and produce the same bytes and headers.
 */
@ApplicationScoped
public class PublishedRoute {

    private static final String PREFIX = ApiPaths.FRAMEWORKS;
    private static final CharSequence JSON = HttpHeaders.createOptimized("application/json");
    private static final CharSequence VARY = HttpHeaders.createOptimized("Origin, Accept-Encoding");

    private final PublishedRepresentationCache cache;
    private final boolean enabled;

    public PublishedRoute(PublishedRepresentationCache cache, ServiceConfig config) {
        this.cache = cache;
        this.enabled = config.cache().fastRoute();
    }

    void register(@Observes Router router) {
        if (enabled) {
            // Before the JAX-RS handler; only GETs below /api/v1/frameworks are looked at.
            router.route(HttpMethod.GET, PREFIX + "*").order(-100).handler(this::handle);
        }
    }

    /** Which cached representation a request names, and whether its version is pinned. */
    record Target(String framework, String version, String representation, boolean pinned, boolean list) {
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        MultiMap headers = request.headers();
        if (headers.contains(HttpHeaderNames.ORIGIN) || headers.contains(HttpHeaderNames.AUTHORIZATION)
                || !acceptsJson(headers.get(HttpHeaderNames.ACCEPT))) {
            ctx.next();
            return;
        }
        Target target = target(request.path(), request.query());
        Entry entry = target == null ? null
                : target.list() ? cache.lookup(new PublishedRepresentationCache.Key(target.framework(), "", target.representation()))
                : cache.lookup(target.framework(), target.version(), target.representation());
        if (entry == null) {
            ctx.next();
            return;
        }
        Variant variant = entry.variants().select(headers.get(HttpHeaderNames.ACCEPT_ENCODING));
        HttpServerResponse response = ctx.response();
        MultiMap out = response.headers();
        out.add(HttpHeaderNames.ETAG, variant.etag());
        out.add(HttpHeaderNames.CACHE_CONTROL, cache.cacheControl(target.pinned()));
        out.add(HttpHeaderNames.VARY, VARY);
        for (Map.Entry<String, String> h : entry.deprecationHeaders()) {
            out.add(h.getKey(), h.getValue());
        }
        if (variant.matches(headers.get(HttpHeaderNames.IF_NONE_MATCH))) {
            response.setStatusCode(HttpResponseStatus.NOT_MODIFIED.code()).end();
            return;
        }
        out.add(HttpHeaderNames.CONTENT_TYPE, JSON);
        if (variant.coding() != ContentCoding.IDENTITY) {
            // set, not add: the bytes are already coded, so on-the-fly compression must leave them alone
            out.set(HttpHeaderNames.CONTENT_ENCODING, variant.coding().token());
        }
        response.end(Buffer.buffer(variant.buffer().duplicate()));
    }

    private static boolean acceptsJson(String accept) {
        return accept == null || accept.contains("json") || accept.contains("*/*") || accept.contains("application/*");
    }

    /** Maps a path below /api/v1/frameworks (and its query) to a cache key; null when it is not a cacheable GET. */
    static Target target(String path, String query) {
        String version = null;
        if (query != null && !query.isEmpty()) {
            if (!query.startsWith("version=") || query.indexOf('&') >= 0 || query.indexOf('%') >= 0) {
                return null;
            }
            version = query.substring("version=".length());
            if (version.isEmpty()) {
                return null;
            }
        }
        if (path.length() == PREFIX.length()) {
            return version == null ? new Target(PublishedRepresentationCache.ALL, "", "frameworks", false, true) : null;
        }
        if (path.charAt(PREFIX.length()) != '/' || path.indexOf('%') >= 0) {
            return null;
        }
        List<String> parts = List.of(path.substring(PREFIX.length() + 1).split("/", -1));
        if (parts.isEmpty() || parts.get(0).isEmpty()) {
            return null;
        }
        String fw = parts.get(0);
        switch (parts.size()) {
            case 1:
                return new Target(fw, version, "tree", version != null, false);
            case 2:
                return switch (parts.get(1)) {
                    case "principles", "outcomes", "references" ->
                            new Target(fw, version, parts.get(1), version != null, false);
                    case "versions" -> version == null ? new Target(fw, "", "versions", false, true) : null;
                    default -> null;
                };
            case 3:
                if (parts.get(1).equals("versions") && version == null) {
                    return new Target(fw, parts.get(2), "tree", true, false);
                }
                if (parts.get(1).equals("layers") && !parts.get(2).isEmpty()) {
                    return new Target(fw, version, "layer/" + parts.get(2), version != null, false);
                }
                if (parts.get(1).equals("elements") && !parts.get(2).isEmpty()) {
                    return new Target(fw, version, "element/" + parts.get(2), version != null, false);
                }
                return null;
            case 5:
                if (parts.get(1).equals("versions") && parts.get(3).equals("nodes") && version == null
                        && canonicalUuid(parts.get(4))) {
                    return new Target(fw, parts.get(2), "node/" + parts.get(4), true, false);
                }
                return null;
            default:
                return null;
        }
    }

    private static boolean canonicalUuid(String id) {
        try {
            return UUID.fromString(id).toString().equals(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
