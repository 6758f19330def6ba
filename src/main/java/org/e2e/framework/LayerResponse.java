package org.e2e.framework;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One layer with its subtree and breadcrumb path.")
public record LayerResponse(
        @Schema(description = "Framework slug.", examples = "e2e-relationships") String framework,
        @Schema(description = "The version served.") VersionInfo version,
        @Schema(description = "Breadcrumb path from the layer down to itself.") List<Crumb> path,
        @Schema(description = "The layer with its elements, categories and actions.") LayerView layer) {
}
