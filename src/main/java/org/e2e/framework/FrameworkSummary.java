package org.e2e.framework;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A framework as listed by GET /api/v1/frameworks.")
public record FrameworkSummary(
        @Schema(description = "Stable framework id (UUID v5).") UUID id,
        @Schema(description = "Slug used in every framework path.", examples = "e2e-relationships") String slug,
        @Schema(description = "Title.", examples = "The Educator-to-Educator Relationships Framework") String title,
        @Schema(description = "Short title.", examples = "E2R Framework") String shortTitle,
        @Schema(description = "Summary.") String summary,
        @Schema(description = "BCP 47 language tag of the content.", examples = "en") String language,
        @Schema(description = "The latest published version; absent when none is published.", examples = "1.0.0") String latestVersion,
        @Schema(description = "Links to the framework's resources.") FrameworkLinks links) {

    @Schema(description = "Root-relative links from a framework to what it offers.")
    public record FrameworkLinks(
            @Schema(description = "The whole tree at the latest published version.", examples = "/api/v1/frameworks/e2e-relationships") String self,
            @Schema(description = "The version list.", examples = "/api/v1/frameworks/e2e-relationships/versions") String versions,
            @Schema(description = "The flat list of recommended actions.", examples = "/api/v1/frameworks/e2e-relationships/actions") String actions,
            @Schema(description = "The Framework Principles.", examples = "/api/v1/frameworks/e2e-relationships/principles") String principles,
            @Schema(description = "The Positive Outcomes.", examples = "/api/v1/frameworks/e2e-relationships/outcomes") String outcomes,
            @Schema(description = "The reference list.", examples = "/api/v1/frameworks/e2e-relationships/references") String references) {
    }
}
