package org.e2e.discovery;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.e2e.config.ServiceConfig;
import org.e2e.framework.PublishedContentChanged;
import org.e2e.web.CompressedVariants;
import org.e2e.web.ContentCoding;
import org.e2e.web.JsonRepresentation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Precomputed discovery answers. A search, a completion list or a library page depends on nothing but its
 * parameters and the published content, so its bytes (identity, gzip, Brotli, each with its ETag) are kept per
 * index snapshot: an identical request is answered from memory, with no search and no SQL. Bounded in bytes (least
 * recently used out first); emptied when published content changes (after the index took the change); counted
 * ({@code e2e_discovery_cache_requests_total{result}} and {@code e2e_discovery_cache_hit_ratio}).
 */
@ApplicationScoped
public class DiscoveryCache {

    /** What an answer is built from: the operation and its parsed parameters (records), on one snapshot. */
    private record Key(long snapshot, Object request) {
    }

    /**
     * A precomputed answer: its JSON, the total behind it (X-Total-Count, Link) and, from its second use on, its
     * compressed variants (compressing every answer of a long tail of one-off queries would cost more than it saves).
     */
    public static final class Answer {
        private final byte[] body;
        private final String etag;
        private final long total;
        private volatile CompressedVariants variants;

        Answer(byte[] body, String etag, long total) {
            this.body = body;
            this.etag = etag;
            this.total = total;
            this.variants = CompressedVariants.identityOnly(body, etag);
        }

        public long total() {
            return total;
        }

        CompressedVariants variants() {
            return variants;
        }

        void compress() {
            if (variants.get(ContentCoding.GZIP) == null && variants.compressedBytes() == 0) {
                variants = CompressedVariants.of(body, etag);
            }
        }

        int weight() {
            return body.length * 2 + 200; // identity, and at most as much again compressed
        }
    }

    private final Cache<Key, Answer> answers;
    private final Discovery discovery;
    private final JsonRepresentation json;
    private final Counter hits;
    private final Counter misses;
    private final AtomicLong hitCount = new AtomicLong();
    private final AtomicLong requestCount = new AtomicLong();

    public DiscoveryCache(Discovery discovery, JsonRepresentation json, ServiceConfig config, MeterRegistry registry) {
        this.discovery = discovery;
        this.json = json;
        this.answers = Caffeine.newBuilder().maximumWeight(config.search().cacheMaxBytes())
                .weigher((Key k, Answer a) -> a.weight())
                .build();
        this.hits = Counter.builder("e2e.discovery.cache.requests").tag("result", "hit")
                .description("Discovery requests (search, suggestions, library pages) by cache result").register(registry);
        this.misses = Counter.builder("e2e.discovery.cache.requests").tag("result", "miss")
                .description("Discovery requests (search, suggestions, library pages) by cache result").register(registry);
        Gauge.builder("e2e.discovery.cache.hit.ratio", this, c -> c.requestCount.get() == 0 ? 0
                : (double) c.hitCount.get() / c.requestCount.get())
                .description("Share of discovery requests answered from precomputed bytes").register(registry);
        Gauge.builder("e2e.discovery.cache.entries", answers, Cache::estimatedSize)
                .description("Precomputed discovery answers held").register(registry);
    }

    /**
     * The answer to {@code request} (a record of the operation's parsed parameters) on the current snapshot: kept,
     * or built from the value {@code build} returns (encoded as JSON) and kept. {@code total} is the total behind it.
     */
    public <T> Answer answer(Object request, Supplier<T> build, ToLongFunction<T> total) {
        Key key = new Key(discovery.snapshotNumber(), request);
        requestCount.incrementAndGet();
        Answer kept = answers.getIfPresent(key);
        if (kept != null) {
            hitCount.incrementAndGet();
            hits.increment();
            kept.compress();
            return kept;
        }
        misses.increment();
        T value = build.get();
        JsonRepresentation.Encoded encoded = json.encode(value);
        Answer built = new Answer(encoded.body(), encoded.etag().toString(), total.applyAsLong(value));
        answers.put(key, built);
        return built;
    }

    /** 200 with the answer in the coding Accept-Encoding negotiates, or 304 when the client holds that coding's ETag. */
    public Response.ResponseBuilder respond(HttpHeaders request, Answer answer) {
        CompressedVariants.Variant variant = answer.variants().select(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        EntityTag tag = new EntityTag(variant.etag().substring(1, variant.etag().length() - 1));
        CacheControl revalidate = new CacheControl();
        revalidate.setNoTransform(false);
        revalidate.setNoCache(true);
        if (variant.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH))) {
            return Response.notModified(tag).cacheControl(revalidate).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        Response.ResponseBuilder ok = Response.ok(variant.coding() == ContentCoding.IDENTITY ? answer.body : variant.bytes(),
                MediaType.APPLICATION_JSON_TYPE).tag(tag).cacheControl(revalidate).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (variant.coding() != ContentCoding.IDENTITY) {
            ok.header(HttpHeaders.CONTENT_ENCODING, variant.coding().token());
        }
        return ok;
    }

    /** Drops every answer: the snapshot they were built on is no longer the current one (or soon will not be). */
    void onPublishedContentChanged(@Observes @Priority(Interceptor.Priority.APPLICATION + 1100) PublishedContentChanged event) {
        answers.invalidateAll();
    }

    /** For tests: how many answers are held. */
    long size() {
        answers.cleanUp();
        return answers.estimatedSize();
    }
}
