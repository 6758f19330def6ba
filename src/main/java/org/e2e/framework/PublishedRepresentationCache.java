package org.e2e.framework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.e2e.auth.CurrentUser;
import org.e2e.config.ServiceConfig;
import org.e2e.db.ReadRouting;
import org.e2e.framework.FrameworkTreeService.VersionSnapshot;
import org.e2e.web.CompressedVariants;
import org.e2e.web.CompressedVariants.Variant;
import org.e2e.web.ContentCoding;
import org.e2e.web.JsonRepresentation;
import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.event.Event;

/**
 * The one place where published representations are precomputed. A published (or deprecated) version never
 * changes its content, so each representation of it (tree, layer, element, node, principles, outcomes,
 * references, versions list, frameworks list) is encoded once, keyed by framework, version and representation,
 * with a strong ETag from the SHA-256 of its bytes. A small index maps each framework to its latest published
 * version, so "latest" URLs are answered, and If-None-Match turned into a 304, without touching the database.
 *
 * <p>Drafts are never stored: a representation is only stored when the version it was built from is not a draft.
 * Publishing and deprecating call {@link #announce(String)} inside their transaction: it sends
 * {@code NOTIFY e2e_published} (every instance's {@link PublishedChangeListener} then drops that framework's
 * entries) and drops them locally once the transaction completes. A generation counter makes sure that a
 * representation built from data read before an invalidation is never stored after it.
 */
@ApplicationScoped
public class PublishedRepresentationCache {

    private static final Logger LOG = Logger.getLogger(PublishedRepresentationCache.class);
    /** The PostgreSQL channel that announces a changed framework; the payload is its slug. */
    public static final String CHANNEL = "e2e_published";
    /** The announcement that the library's resources changed; no framework has this slug. */
    public static final String RESOURCES = "~resources";
    /** Framework-independent entries (the frameworks list) use this framework key. */
    static final String ALL = "";
    static final String DRAFT_CACHE_CONTROL = "private, no-store";

    /** Where a representation lives: framework slug, version (or "" when it spans versions) and what it is. */
    public record Key(String framework, String version, String representation) {
    }

    /**
     * One precomputed representation: its identity bytes (for the JAX-RS path), every content coding of it as a
     * read-only direct buffer the event loop writes without copying ({@link CompressedVariants}, each with its own
     * strong ETag), and how the version stood when it was built (for the deprecation headers).
     */
    public record Entry(byte[] body, CompressedVariants variants, VersionStatus status, Instant deprecatedAt,
            Instant sunsetAt, String successor) {

        public List<Map.Entry<String, String>> deprecationHeaders() {
            return status == VersionStatus.DEPRECATED
                    ? DeprecationHeaders.headers(deprecatedAt, sunsetAt, successor)
                    : List.of();
        }

        /** The quoted strong ETag of the identity representation. */
        public String etag() {
            return variants.get(ContentCoding.IDENTITY).etag();
        }

        /** Bytes held on and off heap, for {@code e2e.cache.max-bytes}. */
        long weight() {
            return 2L * body.length + variants.compressedBytes() + 200;
        }
    }

    private final FrameworkTreeService trees;
    private final JsonRepresentation json;
    private final CurrentUser currentUser;
    private final ServedVersion served;
    private final EntityManager em;
    private final ReadRouting reads;
    private final TransactionSynchronizationRegistry transactions;
    private final Event<PublishedContentChanged> changed;
    private final CurrentVertxRequest vertxRequest;
    private final Cache<Key, Entry> entries;
    private final Map<String, String> latest = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Counter hits;
    private final Counter misses;
    private final Counter invalidations;
    private final String latestCacheControl;
    private final String pinnedCacheControl;

    public PublishedRepresentationCache(FrameworkTreeService trees, JsonRepresentation json, CurrentUser currentUser,
            ServedVersion served, EntityManager em, TransactionSynchronizationRegistry transactions, ServiceConfig config,
            MeterRegistry registry, Event<PublishedContentChanged> changed, ReadRouting reads,
            CurrentVertxRequest vertxRequest) {
        this.changed = changed;
        this.reads = reads;
        this.vertxRequest = vertxRequest;
        this.trees = trees;
        this.json = json;
        this.currentUser = currentUser;
        this.served = served;
        this.em = em;
        this.transactions = transactions;
        this.entries = Caffeine.newBuilder()
                .maximumWeight(config.cache().maxBytes())
                .weigher((Key k, Entry e) -> (int) Math.min(Integer.MAX_VALUE, e.weight())) // on and off heap, every coding
                .build();
        this.latestCacheControl = "public, max-age=" + config.cache().latestMaxAge().toSeconds();
        this.pinnedCacheControl = "public, max-age=" + config.cache().pinnedMaxAge().toSeconds() + ", immutable";
        this.hits = Counter.builder("e2e.published.cache.hits").description("Published representations served from memory")
                .register(registry);
        this.misses = Counter.builder("e2e.published.cache.misses")
                .description("Published representation requests that had to read the database").register(registry);
        this.invalidations = Counter.builder("e2e.published.cache.invalidations")
                .description("Frameworks whose cached representations were dropped (publish, deprecate, reconnect)")
                .register(registry);
        Gauge.builder("e2e.published.cache.entries", entries, c -> c.estimatedSize())
                .description("Precomputed representations held").register(registry);
        Gauge.builder("e2e.published.cache.bytes", entries,
                c -> c.policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L))
                .description("Bytes of precomputed representations held").baseUnit("bytes").register(registry);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Lookups without database access (used by the event-loop route and by the JAX-RS resources).

    /** The cached representation for a pinned version, or for the latest one when {@code version} is null. */
    public Entry lookup(String framework, String version, String representation) {
        String resolved = version != null ? version : latest.get(framework);
        if (resolved == null) {
            return null;
        }
        return lookup(new Key(framework, resolved, representation));
    }

    public Entry lookup(Key key) {
        Entry entry = entries.getIfPresent(key);
        if (entry != null) {
            hits.increment();
        }
        return entry;
    }

    public String cacheControl(boolean pinned) {
        return pinned ? pinnedCacheControl : latestCacheControl;
    }

    // ---------------------------------------------------------------------------------------------------------
    // JAX-RS: serve from memory, or build once (drafts: build every time, never store).

    /**
     * A representation of one version: {@code version} null means the latest published one. On a miss the
     * version is resolved and the representation built from its immutable snapshot (a fixed number of
     * statements), then stored unless the version is a draft.
     */
    public Response respond(Request request, String framework, String version, String representation,
            Function<VersionSnapshot, Object> build) {
        Entry cached = lookup(framework, version, representation);
        if (cached != null) {
            served.set(cached.status(), cached.deprecatedAt(), cached.sunsetAt(), cached.successor());
            return response(request, cached, version != null);
        }
        misses.increment();
        long before = generation.get();
        VersionSnapshot snapshot = trees.snapshot(framework, version);
        Object value = build.apply(snapshot);
        boolean draft = snapshot.version().status == VersionStatus.DRAFT;
        Entry entry = entry(value, snapshot.version().status, !draft);
        if (draft) {
            return response(request, entry, DRAFT_CACHE_CONTROL);
        }
        store(before, new Key(framework, snapshot.version().version, representation), entry,
                version == null ? framework : null, snapshot.version().version);
        return response(request, entry, version != null);
    }

    /**
     * A representation spanning versions (the frameworks list, a framework's versions list). Editors see drafts
     * in such lists, so their answers are neither read from nor written to the cache.
     */
    public Response respondList(Request request, String framework, String representation, Supplier<Object> build) {
        boolean shared = !currentUser.canReadDrafts();
        Key key = new Key(framework, "", representation);
        if (shared) {
            Entry cached = lookup(key);
            if (cached != null) {
                return response(request, cached, false);
            }
        }
        misses.increment();
        long before = generation.get();
        Entry entry = entry(build.get(), VersionStatus.PUBLISHED, shared);
        if (!shared) {
            return response(request, entry, DRAFT_CACHE_CONTROL);
        }
        store(before, key, entry, null, null);
        return response(request, entry, false);
    }

    /** {@code kept}: the entry will be stored and served again, so its compressed codings are worth making. */
    private Entry entry(Object value, VersionStatus status, boolean kept) {
        JsonRepresentation.Encoded encoded = json.encode(value);
        byte[] body = encoded.body();
        String etag = encoded.etag().toString();
        boolean deprecated = status == VersionStatus.DEPRECATED && served.deprecated();
        return new Entry(body, kept ? CompressedVariants.of(body, etag) : CompressedVariants.identityOnly(body, etag), status,
                deprecated ? served.deprecatedAt() : null, deprecated ? served.sunsetAt() : null,
                deprecated ? served.successor() : null);
    }

    private synchronized void store(long before, Key key, Entry entry, String latestOf, String version) {
        if (generation.get() != before) {
            return; // an invalidation happened while this was built: it may be stale, so it is not kept
        }
        entries.put(key, entry);
        if (latestOf != null) {
            latest.put(latestOf, version);
        }
    }

    private Response response(Request request, Entry entry, boolean pinned) {
        return response(request, entry, cacheControl(pinned));
    }

    /** The negotiated coding of the entry (200) or a 304 when the client holds that coding's ETag. */
    private Response response(Request request, Entry entry, String cacheControl) {
        HttpServerRequest http = vertxRequest.getCurrent().request();
        Variant variant = entry.variants().select(http.getHeader(HttpHeaders.ACCEPT_ENCODING));
        EntityTag tag = new EntityTag(unquote(variant.etag()));
        if (variant.matches(http.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            return Response.notModified(tag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build();
        }
        Response.ResponseBuilder ok = Response.ok(variant.coding() == ContentCoding.IDENTITY ? entry.body() : variant.bytes(),
                MediaType.APPLICATION_JSON_TYPE).tag(tag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (variant.coding() != ContentCoding.IDENTITY) {
            ok.header(HttpHeaders.CONTENT_ENCODING, variant.coding().token());
        }
        return ok.build();
    }

    private static String unquote(String etag) {
        return etag.substring(1, etag.length() - 1);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Invalidation.

    /**
     * Called inside the transaction that publishes or deprecates a version of {@code framework}: every instance
     * (this one included) is told through PostgreSQL when the transaction commits, and this instance also drops
     * the framework's entries as soon as the transaction completes, so its own next read sees the change.
     */
    public void announce(String framework) {
        em.createNativeQuery("select pg_notify(:channel, :framework)")
                .setParameter("channel", CHANNEL).setParameter("framework", framework)
                .getSingleResult();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    reads.published(); // first: nothing rebuilt after the drop may come from a replica behind this commit
                    invalidate(framework);
                }
            }
        });
        invalidate(framework); // also now, so nothing read before the commit outlives it
    }

    /** Drops every entry of one framework, its "latest" pointer and the frameworks list. */
    public synchronized void invalidate(String framework) {
        generation.incrementAndGet();
        latest.remove(framework);
        List<Key> doomed = new ArrayList<>();
        for (Key k : entries.asMap().keySet()) {
            if (k.framework().equals(framework) || k.framework().equals(ALL)) {
                doomed.add(k);
            }
        }
        entries.invalidateAll(doomed);
        invalidations.increment();
        LOG.debugf("Dropped the cached representations of framework %s", framework);
        changed.fire(new PublishedContentChanged(framework));
    }

    /** Drops everything: after the listener reconnects, notifications may have been missed. */
    public synchronized void invalidateAll() {
        generation.incrementAndGet();
        latest.clear();
        entries.invalidateAll();
        invalidations.increment();
        changed.fire(new PublishedContentChanged(null));
    }
}
