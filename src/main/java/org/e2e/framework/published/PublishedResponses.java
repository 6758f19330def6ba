package org.e2e.framework.published;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.e2e.auth.CurrentUser;
import org.e2e.framework.FrameworkTreeService;
import org.e2e.framework.FrameworkTreeService.VersionSnapshot;
import org.e2e.framework.Release;
import org.e2e.framework.Versioned;
import org.e2e.framework.published.PublishedRepresentationCache.Entry;
import org.e2e.web.CompressedVariants;
import org.e2e.web.CompressedVariants.Variant;
import org.e2e.web.ContentCoding;
import org.e2e.web.JsonRepresentation;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;

/**
 * The JAX-RS side of published reads: answers from {@link PublishedRepresentationCache}, or builds the representation
 * once (a fixed number of statements through {@link FrameworkTreeService}), encodes it with its gzip and Brotli
 * variants and stores it unless it was read from a draft. Answers in the coding Accept-Encoding negotiates, or 304
 * when If-None-Match holds that coding's ETag, with the headers of {@link PublishedHeaders}.
 */
@ApplicationScoped
public class PublishedResponses {

    private final PublishedRepresentationCache cache;
    private final PublishedCacheMetrics metrics;
    private final PublishedHeaders headers;
    private final FrameworkTreeService trees;
    private final JsonRepresentation json;
    private final CurrentUser currentUser;
    private final CurrentVertxRequest vertxRequest;
    /** The representations being built now, each with the lock its other requests wait on. */
    private final Map<PublishedRead, Object> building = new ConcurrentHashMap<>();

    public PublishedResponses(PublishedRepresentationCache cache, PublishedCacheMetrics metrics, PublishedHeaders headers,
            FrameworkTreeService trees, JsonRepresentation json, CurrentUser currentUser, CurrentVertxRequest vertxRequest) {
        this.cache = cache;
        this.metrics = metrics;
        this.headers = headers;
        this.trees = trees;
        this.json = json;
        this.currentUser = currentUser;
        this.vertxRequest = vertxRequest;
    }

    /**
     * A representation of one version. On a miss the version is resolved and the representation built from its
     * immutable snapshot, then stored (with the version, when the read named none, as its framework's latest) unless
     * the version is a draft.
     */
    public Response respond(PublishedRead read, Function<VersionSnapshot, Object> build) {
        Entry cached = lookup(read);
        if (cached != null) {
            return response(cached, headers.cacheControl(read.pinned()));
        }
        // One build per representation: requests that miss while it is built wait for it and are answered from the
        // cache, rather than each reading the version and encoding and compressing it again (a burst right after a
        // publish or a start would otherwise build a large tree once per request, with its Brotli buffers).
        Object lock = building.computeIfAbsent(read, k -> new Object());
        try {
            synchronized (lock) {
                cached = lookup(read);
                return cached != null ? response(cached, headers.cacheControl(read.pinned())) : build(read, build);
            }
        } finally {
            building.remove(read, lock);
        }
    }

    private Response build(PublishedRead read, Function<VersionSnapshot, Object> build) {
        metrics.miss();
        long before = cache.generation();
        Versioned<VersionSnapshot> resolved = trees.resolve(read.framework(), read.version());
        Object value = build.apply(resolved.value());
        boolean draft = resolved.release().draft();
        Entry entry = entry(value, resolved.release(), !draft);
        if (draft) {
            return response(entry, PublishedHeaders.DRAFT_CACHE_CONTROL);
        }
        cache.store(before, read.at(resolved.value().version().version), entry, !read.pinned());
        return response(entry, headers.cacheControl(read.pinned()));
    }

    /**
     * A representation spanning versions (the frameworks list, a framework's versions list). Editors see drafts
     * in such lists, so their answers are neither read from nor written to the cache.
     */
    public Response respondList(PublishedRead read, Supplier<Object> build) {
        boolean shared = !currentUser.canReadDrafts();
        if (shared) {
            Entry cached = lookup(read);
            if (cached != null) {
                return response(cached, headers.cacheControl(false));
            }
        }
        metrics.miss();
        long before = cache.generation();
        Entry entry = entry(build.get(), Release.PUBLISHED, shared);
        if (!shared) {
            return response(entry, PublishedHeaders.DRAFT_CACHE_CONTROL);
        }
        cache.store(before, read, entry, false);
        return response(entry, headers.cacheControl(false));
    }

    private Entry lookup(PublishedRead read) {
        Entry entry = cache.lookup(read);
        if (entry != null) {
            metrics.hit();
        }
        return entry;
    }

    /**
     * A representation that is not JSON (a picture), as its builder rendered it: its bytes and media type. A build
     * function returns one instead of a record to encode.
     */
    public record Rendered(byte[] bytes, String mediaType) {
    }

    /** {@code kept}: the entry will be stored and served again, so its compressed codings are worth making. */
    private Entry entry(Object value, Release release, boolean kept) {
        Rendered rendered = value instanceof Rendered r ? r : null;
        JsonRepresentation.Encoded encoded = rendered != null ? JsonRepresentation.of(rendered.bytes()) : json.encode(value);
        byte[] body = encoded.body();
        String etag = encoded.etag().toString();
        return new Entry(body, kept ? CompressedVariants.of(body, etag) : CompressedVariants.identityOnly(body, etag), release,
                rendered != null ? rendered.mediaType() : Entry.JSON);
    }

    /** The negotiated coding of the entry (200) or a 304 when the client holds that coding's ETag. */
    private Response response(Entry entry, String cacheControl) {
        HttpServerRequest http = vertxRequest.getCurrent().request();
        Variant variant = entry.variants().select(http.getHeader(HttpHeaders.ACCEPT_ENCODING));
        EntityTag tag = new EntityTag(unquote(variant.etag()));
        Response.ResponseBuilder answer;
        if (variant.matches(http.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            answer = Response.notModified(tag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        } else {
            answer = Response.ok(variant.coding() == ContentCoding.IDENTITY ? entry.body() : variant.bytes(),
                    MediaType.valueOf(entry.mediaType())).tag(tag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            if (variant.coding() != ContentCoding.IDENTITY) {
                answer.header(HttpHeaders.CONTENT_ENCODING, variant.coding().token());
            }
        }
        return PublishedHeaders.withDeprecation(answer, entry.release()).build();
    }

    private static String unquote(String etag) {
        return etag.substring(1, etag.length() - 1);
    }
}
