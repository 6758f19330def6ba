package org.e2e.framework;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One element with its subtree and breadcrumb path.")
public record ElementResponse(
        @Schema(description = "Framework slug.", examples = "e2e-relationships") String framework,
        @Schema(description = "The version served.") VersionInfo version,
        @Schema(description = "Breadcrumb path: the layer, then the element.") List<Crumb> path,
        @Schema(description = "The element with its categories, quotes, actions and narratives.") ElementView element) {
}
