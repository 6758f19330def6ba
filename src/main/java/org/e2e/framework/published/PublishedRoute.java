package org.e2e.framework.published;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.e2e.config.ServiceConfig;
import org.e2e.framework.ApiPaths;
import org.e2e.framework.published.PublishedRepresentationCache.Entry;
import org.e2e.framework.published.Representation.Element;
import org.e2e.framework.published.Representation.Layer;
import org.e2e.framework.published.Representation.Node;
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
 * request with Origin that needs CORS, a request with credentials or If-Match, unknown query parameters) falls through to the
 * JAX-RS resources, which are the documented contract (OpenAPI) and produce the same bytes and headers.
 */
@ApplicationScoped
public class PublishedRoute {

    private static final String PREFIX = ApiPaths.FRAMEWORKS;
    private static final CharSequence JSON = HttpHeaders.createOptimized("application/json");
    private static final CharSequence SVG = HttpHeaders.createOptimized(DiagramResource.SVG);
    private static final CharSequence VARY = HttpHeaders.createOptimized("Origin, Accept-Encoding");

    private final PublishedRepresentationCache cache;
    private final PublishedCacheMetrics metrics;
    private final PublishedHeaders publishedHeaders;
    private final boolean enabled;

    public PublishedRoute(PublishedRepresentationCache cache, PublishedCacheMetrics metrics, PublishedHeaders publishedHeaders,
            ServiceConfig config) {
        this.cache = cache;
        this.metrics = metrics;
        this.publishedHeaders = publishedHeaders;
        this.enabled = config.cache().fastRoute();
    }

    void register(@Observes Router router) {
        if (enabled) {
            // Before the JAX-RS handler; only GETs below /api/v1/frameworks are looked at.
            router.route(HttpMethod.GET, PREFIX + "*").order(-100).handler(this::handle);
        }
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        MultiMap headers = request.headers();
        // If-Match is evaluated in one place for every read (web.ReadPreconditions), on the JAX-RS path.
        if (headers.contains(HttpHeaderNames.ORIGIN) || headers.contains(HttpHeaderNames.AUTHORIZATION)
                || headers.contains(HttpHeaderNames.IF_MATCH)) {
            ctx.next();
            return;
        }
        PublishedRead target = target(request.path(), request.query());
        Entry entry = target == null ? null : cache.lookup(target);
        if (entry == null || !accepts(headers.get(HttpHeaderNames.ACCEPT), entry.mediaType())) {
            ctx.next();
            return;
        }
        metrics.hit();
        Variant variant = entry.variants().select(headers.get(HttpHeaderNames.ACCEPT_ENCODING));
        HttpServerResponse response = ctx.response();
        MultiMap out = response.headers();
        out.add(HttpHeaderNames.ETAG, variant.etag());
        out.add(HttpHeaderNames.CACHE_CONTROL, publishedHeaders.cacheControl(target.pinned()));
        out.add(HttpHeaderNames.VARY, VARY);
        PublishedHeaders.writeDeprecation(entry.release(), out::add);
        if (variant.matches(headers.get(HttpHeaderNames.IF_NONE_MATCH))) {
            response.setStatusCode(HttpResponseStatus.NOT_MODIFIED.code()).end();
            return;
        }
        out.add(HttpHeaderNames.CONTENT_TYPE, entry.mediaType().equals(Entry.JSON) ? JSON : SVG);
        if (variant.coding() != ContentCoding.IDENTITY) {
            // set, not add: the bytes are already coded, so on-the-fly compression must leave them alone
            out.set(HttpHeaderNames.CONTENT_ENCODING, variant.coding().token());
        }
        response.end(Buffer.buffer(variant.buffer().duplicate()));
    }

    /** Whether Accept plainly allows the entry's media type (anything subtler goes to JAX-RS, which negotiates). */
    static boolean accepts(String accept, String mediaType) {
        if (accept == null || accept.contains("*/*")) {
            return true;
        }
        return mediaType.equals(Entry.JSON) ? accept.contains("json") || accept.contains("application/*")
                : accept.contains(mediaType) || accept.contains("image/*");
    }

    /**
     * What a GET of a path below /api/v1/frameworks (and its query) reads; null when it is not a read the cache may
     * answer: a percent-encoded path or query, a query other than one {@code version}, an empty segment, a node id
     * not in canonical form, a path no published read has.
     */
    static PublishedRead target(String path, String query) {
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
        if (!path.startsWith(PREFIX)) {
            return null;
        }
        if (path.length() == PREFIX.length()) {
            return version == null ? PublishedRead.frameworks() : null;
        }
        if (path.charAt(PREFIX.length()) != '/' || path.indexOf('%') >= 0) {
            return null;
        }
        List<String> parts = List.of(path.substring(PREFIX.length() + 1).split("/", -1));
        if (parts.stream().anyMatch(String::isEmpty)) {
            return null;
        }
        String fw = parts.get(0);
        switch (parts.size()) {
            case 1:
                return PublishedRead.of(fw, version, Representation.TREE);
            case 2:
                return switch (parts.get(1)) {
                    case "principles" -> PublishedRead.of(fw, version, Representation.PRINCIPLES);
                    case "outcomes" -> PublishedRead.of(fw, version, Representation.OUTCOMES);
                    case "references" -> PublishedRead.of(fw, version, Representation.REFERENCES);
                    case "diagram" -> PublishedRead.of(fw, version, Representation.DIAGRAM);
                    case "versions" -> version == null ? PublishedRead.versions(fw) : null;
                    default -> null;
                };
            case 3:
                return switch (parts.get(1)) {
                    case "versions" -> version == null ? PublishedRead.of(fw, parts.get(2), Representation.TREE) : null;
                    case "layers" -> PublishedRead.of(fw, version, new Layer(parts.get(2)));
                    case "elements" -> PublishedRead.of(fw, version, new Element(parts.get(2)));
                    default -> null;
                };
            case 4:
                return parts.get(1).equals("versions") && parts.get(3).equals("diagram") && version == null
                        ? PublishedRead.of(fw, parts.get(2), Representation.DIAGRAM) : null;
            case 5:
                if (parts.get(1).equals("versions") && parts.get(3).equals("nodes") && version == null) {
                    UUID id = canonicalUuid(parts.get(4));
                    return id == null ? null : PublishedRead.of(fw, parts.get(2), new Node(id));
                }
                return null;
            default:
                return null;
        }
    }

    /** The id when {@code text} is a UUID exactly as the API writes it (lower case, hyphenated), else null. */
    private static UUID canonicalUuid(String text) {
        try {
            UUID id = UUID.fromString(text);
            return id.toString().equals(text) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
