package org.e2e.framework.published;

import java.util.Objects;

/**
 * A published read, typed: a framework, a version ({@code null}: the latest published one) and a {@link
 * Representation}. The route and the resource make one from the request; the cache keys its entries by one whose
 * version is resolved.
 */
public record PublishedRead(String framework, String version, Representation representation) {

    /** The framework of the frameworks list, which spans every framework; no framework has this slug. */
    public static final String ALL_FRAMEWORKS = "";

    public PublishedRead {
        Objects.requireNonNull(framework);
        Objects.requireNonNull(representation);
        if (representation instanceof Representation.Listing && version != null) {
            throw new IllegalArgumentException(representation + " spans versions; it names none");
        }
        if (representation instanceof Representation.FrameworksList && !framework.equals(ALL_FRAMEWORKS)) {
            throw new IllegalArgumentException("the frameworks list spans every framework");
        }
    }

    public static PublishedRead frameworks() {
        return new PublishedRead(ALL_FRAMEWORKS, null, Representation.FRAMEWORKS);
    }

    public static PublishedRead versions(String framework) {
        return new PublishedRead(framework, null, Representation.VERSIONS);
    }

    /** {@code representation} of {@code version} of {@code framework}, or of its latest published version when null. */
    public static PublishedRead of(String framework, String version, Representation representation) {
        return new PublishedRead(framework, version, representation);
    }

    /** Whether it is a list spanning versions ({@link Representation.Listing}). */
    public boolean spansVersions() {
        return representation instanceof Representation.Listing;
    }

    /** Whether it names its version, so its answer never changes (a list is never pinned). */
    public boolean pinned() {
        return version != null;
    }

    /** The same read of the given version: how the cache keys what the latest version answered. */
    PublishedRead at(String resolvedVersion) {
        return new PublishedRead(framework, resolvedVersion, representation);
    }
}
