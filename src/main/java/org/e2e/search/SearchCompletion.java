package org.e2e.search;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A completion: the title of a layer, element, category, action or resource that matches what is typed.")
public record SearchCompletion(
        @Schema(required = true, description = "What it is.", enumeration = { "layer", "element", "category", "action", "resource" },
                examples = "element") String type,
        @Schema(required = true, description = "Stable id of the node or resource.") UUID id,
        @Schema(required = true, description = "Slug.", examples = "relationships") String slug,
        @Schema(required = true, description = "The title (an action's text), verbatim.", examples = "Relationships") String title,
        @Schema(description = "Framework slug of a node; absent for a resource.", examples = "e2e-relationships") String framework,
        @Schema(description = "Version of a node (its framework's latest published version); absent for a resource.", examples = "1.0.0") String version,
        @Schema(required = true, description = "Root-relative link to the node or resource.",
                examples = "/api/v1/frameworks/e2e-relationships/elements/relationships?version=1.0.0") String self) {
}
