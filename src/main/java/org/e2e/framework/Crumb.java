package org.e2e.framework;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One step of a node's breadcrumb path, from its layer (or section) down to the node itself.")
public record Crumb(
        @Schema(required = true, description = "The node type.", examples = "element") NodeType type,
        @Schema(required = true, description = "Stable node id (UUID v5), the same in every version.", examples = "5a0e7a55-3c0f-5f28-9d35-2f7a2a1c6a01") UUID id,
        @Schema(required = true, description = "Human slug of the node.", examples = "beliefs") String slug,
        @Schema(required = true, description = "Title of the node, or its text when it has no title.", examples = "Beliefs") String title,
        @Schema(required = true, description = "Root-relative link to the node.", examples = "/api/v1/frameworks/e2e-relationships/elements/beliefs?version=1.0.0") String self) {
}
