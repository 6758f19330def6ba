package org.e2e.framework;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A framework as listed by GET /api/v1/frameworks.")
public record FrameworkSummary(
        @Schema(required = true, description = "Stable framework id (UUID v5).") UUID id,
        @Schema(required = true, description = "Slug used in every framework path.", examples = "e2e-relationships") String slug,
        @Schema(required = true, description = "Title.", examples = "The Educator-to-Educator Relationships Framework") String title,
        @Schema(description = "Short title; absent when the framework has none.", examples = "E2R Framework") String shortTitle,
        @Schema(required = true, description = "Summary.") String summary,
        @Schema(required = true, description = "BCP 47 language tag of the content.", examples = "en") String language,
        @Schema(description = "The latest published version; absent when none is published.", examples = "1.0.0") String latestVersion,
        @Schema(required = true, description = "Links to the framework's resources.") FrameworkLinks links) {

    @Schema(description = "Root-relative links from a framework to what it offers.")
    public record FrameworkLinks(
            @Schema(required = true, description = "The whole tree at the latest published version.", examples = "/api/v1/frameworks/e2e-relationships") String self,
            @Schema(required = true, description = "The version list.", examples = "/api/v1/frameworks/e2e-relationships/versions") String versions,
            @Schema(required = true, description = "The flat list of recommended actions.", examples = "/api/v1/frameworks/e2e-relationships/actions") String actions,
            @Schema(required = true, description = "The Framework Principles.", examples = "/api/v1/frameworks/e2e-relationships/principles") String principles,
            @Schema(required = true, description = "The Positive Outcomes.", examples = "/api/v1/frameworks/e2e-relationships/outcomes") String outcomes,
            @Schema(required = true, description = "The reference list.", examples = "/api/v1/frameworks/e2e-relationships/references") String references) {
    }
}
