package org.e2e.framework;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A version as listed by GET /api/v1/frameworks/{framework}/versions.")
public record VersionSummary(
        @Schema(required = true, description = "Semantic version.", examples = "1.0.0") String version,
        @Schema(required = true, description = "Life-cycle status.", examples = "published") VersionStatus status,
        @Schema(description = "When the version was published; absent for a draft (listed to editors only).", examples = "2026-11-22T00:00:00Z") Instant publishedAt,
        @Schema(description = "When the version was deprecated; absent while it is not.") Instant deprecatedAt,
        @Schema(description = "When a deprecated version stops being served (RFC 8594); absent when no date is set.") Instant sunsetAt,
        @Schema(required = true, description = "Root-relative link to the whole tree of this version.", examples = "/api/v1/frameworks/e2e-relationships/versions/1.0.0") String self) {
}
