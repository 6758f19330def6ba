package org.e2e.framework;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The facts of a version that never change once it is published, so that a pinned representation stays the same
 * bytes forever. Its life-cycle status (published, deprecated) changes, so it is not here: it is in
 * GET .../versions, and a deprecated version's responses carry the Deprecation, Sunset and Link headers.
 */
@Schema(description = "The version a representation is of: facts that never change once it is published. The "
        + "version's life-cycle status is listed by GET /api/v1/frameworks/{framework}/versions; a deprecated "
        + "version's responses carry Deprecation (RFC 9745), Sunset (RFC 8594) and a successor-version Link.")
public record VersionInfo(
        @Schema(required = true, description = "Semantic version.", examples = "1.0.0") String version,
        @Schema(description = "When the version was published; absent for a draft.", examples = "2026-11-22T00:00:00Z") Instant publishedAt,
        @Schema(description = "Release notes of the version; absent when none were given.") String releaseNotes,
        @Schema(required = true, description = "Root-relative link to the whole tree of this version.", examples = "/api/v1/frameworks/e2e-relationships/versions/1.0.0") String self) {
}
