package org.e2e.framework;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One layer with its subtree and breadcrumb path.")
public record LayerResponse(
        @Schema(required = true, description = "Framework slug.", examples = "e2e-relationships") String framework,
        @Schema(required = true, description = "The version served.") VersionInfo version,
        @Schema(required = true, description = "Breadcrumb path from the layer down to itself.") List<Crumb> path,
        @Schema(required = true, description = "The layer with its elements, categories and actions.") LayerView layer) {
}
