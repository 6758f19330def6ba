package org.e2e.framework.published;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** The published cache's meters at /q/metrics: hits, misses and invalidations, and what it holds. */
@ApplicationScoped
public class PublishedCacheMetrics {

    private final Counter hits;
    private final Counter misses;
    private final Counter invalidations;

    public PublishedCacheMetrics(PublishedRepresentationCache cache, MeterRegistry registry) {
        this.hits = Counter.builder("e2e.published.cache.hits").description("Published representations served from memory")
                .register(registry);
        this.misses = Counter.builder("e2e.published.cache.misses")
                .description("Published representation requests that had to read the database").register(registry);
        this.invalidations = Counter.builder("e2e.published.cache.invalidations")
                .description("Frameworks whose cached representations were dropped (publish, deprecate, reconnect)")
                .register(registry);
        Gauge.builder("e2e.published.cache.entries", cache, PublishedRepresentationCache::size)
                .description("Precomputed representations held").strongReference(true).register(registry);
        Gauge.builder("e2e.published.cache.bytes", cache, PublishedRepresentationCache::weightedBytes)
                .description("Bytes of precomputed representations held").baseUnit("bytes").strongReference(true)
                .register(registry);
    }

    /** A read answered from memory, on the event loop or through JAX-RS. */
    public void hit() {
        hits.increment();
    }

    /** A read that had to build its representation from the database. */
    public void miss() {
        misses.increment();
    }

    /** One framework's entries, or all of them, dropped. */
    public void invalidated() {
        invalidations.increment();
    }
}
