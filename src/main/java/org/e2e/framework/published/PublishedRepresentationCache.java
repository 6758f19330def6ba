package org.e2e.framework.published;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.e2e.config.ServiceConfig;
import org.e2e.framework.Release;
import org.e2e.web.CompressedVariants;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The precomputed published representations, and nothing else: no HTTP, no database. A published (or deprecated)
 * version never changes its content, so each representation of it is encoded once and kept, keyed by a {@link
 * PublishedRead} whose version is resolved (lists, which span versions, have none). A small index maps each framework
 * to its latest published version, so that "latest" reads are found without touching the database.
 *
 * <p>A generation counter makes sure that a representation built from data read before an invalidation is never
 * stored after it: a builder takes {@link #generation()} before it reads and hands it to {@link #store}. Who
 * invalidates, and when, is {@link PublishedChanges}'s business; who builds and answers, {@link PublishedResponses}'s
 * and {@link PublishedRoute}'s.
 */
@ApplicationScoped
public class PublishedRepresentationCache {

    /**
     * One precomputed representation: its identity bytes (for the JAX-RS path), every content coding of it as a
     * read-only direct buffer the event loop writes without copying ({@link CompressedVariants}, each with its own
     * strong ETag), how its version stood when it was built (for the deprecation headers) and its media type.
     */
    public record Entry(byte[] body, CompressedVariants variants, Release release, String mediaType) {

        public static final String JSON = "application/json";

        /** A JSON representation. */
        public Entry(byte[] body, CompressedVariants variants, Release release) {
            this(body, variants, release, JSON);
        }

        /** Bytes held on and off heap, for {@code e2e.cache.max-bytes}. */
        long weight() {
            return 2L * body.length + variants.compressedBytes() + 200;
        }
    }

    private final Cache<PublishedRead, Entry> entries;
    private final Map<String, String> latest = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    @Inject
    public PublishedRepresentationCache(ServiceConfig config) {
        this(config.cache().maxBytes());
    }

    /** Holds at most {@code maxBytes} of entries, on and off heap. */
    PublishedRepresentationCache(long maxBytes) {
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((PublishedRead k, Entry e) -> (int) Math.min(Integer.MAX_VALUE, e.weight())) // on and off heap, every coding
                .build();
    }

    /** The entry a read names, its latest version resolved through the index; null when it is not held. */
    public Entry lookup(PublishedRead read) {
        if (read.spansVersions() || read.pinned()) {
            return entries.getIfPresent(read);
        }
        String resolved = latest.get(read.framework());
        return resolved == null ? null : entries.getIfPresent(read.at(resolved));
    }

    /** Taken before reading what an entry is built from; see {@link #store}. */
    public long generation() {
        return generation.get();
    }

    /**
     * Keeps an entry under {@code key} (its version resolved), unless an invalidation happened since {@code before}
     * was taken: then it may be stale and is not kept. {@code latest}: the key's version is its framework's latest.
     */
    public synchronized void store(long before, PublishedRead key, Entry entry, boolean latest) {
        if (generation.get() != before) {
            return;
        }
        entries.put(key, entry);
        if (latest) {
            this.latest.put(key.framework(), key.version());
        }
    }

    /** Drops every entry of one framework, its "latest" pointer and the frameworks list. */
    public synchronized void invalidate(String framework) {
        generation.incrementAndGet();
        latest.remove(framework);
        List<PublishedRead> doomed = new ArrayList<>();
        for (PublishedRead k : entries.asMap().keySet()) {
            if (k.framework().equals(framework) || k.framework().equals(PublishedRead.ALL_FRAMEWORKS)) {
                doomed.add(k);
            }
        }
        entries.invalidateAll(doomed);
    }

    /** Drops everything. */
    public synchronized void invalidateAll() {
        generation.incrementAndGet();
        latest.clear();
        entries.invalidateAll();
    }

    /** Entries held, as Caffeine estimates them. */
    public long size() {
        return entries.estimatedSize();
    }

    /** Bytes held on and off heap, as weighed for {@code e2e.cache.max-bytes}. */
    public long weightedBytes() {
        return entries.policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L);
    }
}
