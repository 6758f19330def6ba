package org.e2e.framework;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

/**
 * How a version stood when something was read from it: its life-cycle status and, when deprecated, since when, until
 * when it is served and the link to the version that replaces it. Carried with what was read ({@link Versioned}) and
 * in every cached published representation, so that the deprecation headers are written from it and nothing else.
 */
public record Release(VersionStatus status, Instant deprecatedAt, Instant sunsetAt, String successor) {

    /** What spans versions (the frameworks and versions lists) announces no deprecation. */
    public static final Release PUBLISHED = new Release(VersionStatus.PUBLISHED, null, null, null);

    public boolean deprecated() {
        return status == VersionStatus.DEPRECATED;
    }

    public boolean draft() {
        return status == VersionStatus.DRAFT;
    }

    /** A version's release as its row says; a deprecated one's successor costs one statement. */
    static Release of(EntityManager em, FrameworkEntity framework, FrameworkVersionEntity version) {
        if (version.status != VersionStatus.DEPRECATED) {
            return new Release(version.status, null, null, null);
        }
        return new Release(version.status, version.deprecatedAt, version.sunsetAt, successor(em, framework, version));
    }

    /** The link to what replaces a deprecated version: the next higher published version, else the latest. */
    private static String successor(EntityManager em, FrameworkEntity framework, FrameworkVersionEntity deprecated) {
        List<FrameworkVersionEntity> published = FrameworkVersionEntity.listForFramework(em, framework.id).stream()
                .filter(v -> v.status == VersionStatus.PUBLISHED)
                .toList();
        FrameworkVersionEntity next = null;
        for (FrameworkVersionEntity v : published) { // newest first
            if (compare(v, deprecated) > 0) {
                next = v;
            }
        }
        if (next == null && !published.isEmpty()) {
            next = published.get(0);
        }
        return next == null ? null : ApiPaths.tree(framework.slug, next.version);
    }

    private static int compare(FrameworkVersionEntity a, FrameworkVersionEntity b) {
        int c = Integer.compare(a.major, b.major);
        if (c == 0) {
            c = Integer.compare(a.minor, b.minor);
        }
        return c == 0 ? Integer.compare(a.patch, b.patch) : c;
    }
}
