package org.e2e.caseapi;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.e2e.framework.VersionReleaseChanged;
import org.e2e.framework.VersionStatus;
import org.e2e.web.JsonRepresentation.Encoded;
import org.e2e.framework.PublishedContentChanged;

/**
 * The CASE representations of released versions, built once and kept with their pre-encoded bytes and strong ETags,
 * keyed by version id. Every entry carries the release state it was built from ({@link Release}); the service
 * compares it with the version rows it reads on each request, so a deprecation made by another instance is seen at
 * once. {@link #evict} and {@link #evictAll} are the hooks for invalidation (this instance's status changes arrive
 * as {@link VersionReleaseChanged}).
 */
@ApplicationScoped
public class CaseCache {

    /** What a version's CASE records depend on besides its (immutable) nodes. */
    public record Release(VersionStatus status, Instant publishedAt, Instant deprecatedAt, Instant sunsetAt, UUID predecessor) {
    }

    /** One version's CASE records with their encoded bytes: document, package and every object by identifier. */
    public record Entry(Release release, CaseMapper.Built built, Encoded document, Encoded pkg, Map<String, Encoded> objects) {
    }

    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();

    Entry get(UUID versionId) {
        return entries.get(versionId);
    }

    void put(UUID versionId, Entry entry) {
        entries.put(versionId, entry);
    }

    /** Drops what was built from one version. */
    public void evict(UUID versionId) {
        entries.remove(versionId);
    }

    /** Drops everything. */
    public void evictAll() {
        entries.clear();
    }

    /**
     * Published content changed on some instance (told through PostgreSQL): a version was released or
     * deprecated, or resources changed, which packages relate items to and embed the rubric of. Rebuilding is
     * cheap, so everything is dropped.
     */
    void onPublishedContentChanged(@Observes PublishedContentChanged event) {
        evictAll();
    }

    void onReleaseChanged(@Observes VersionReleaseChanged event) {
        evict(event.versionId());
    }
}
