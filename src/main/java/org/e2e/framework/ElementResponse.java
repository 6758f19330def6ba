package org.e2e.framework;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One element with its subtree and breadcrumb path.")
public record ElementResponse(
        @Schema(required = true, description = "Framework slug.", examples = "e2e-relationships") String framework,
        @Schema(required = true, description = "The version served.") VersionInfo version,
        @Schema(required = true, description = "Breadcrumb path: the layer, then the element.") List<Crumb> path,
        @Schema(required = true, description = "The element with its categories, quotes, actions and narratives.") ElementView element) {
}
