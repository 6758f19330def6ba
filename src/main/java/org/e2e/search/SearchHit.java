package org.e2e.search;

import java.util.List;
import java.util.UUID;

import org.e2e.framework.Crumb;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One search hit: a framework node (layer, element, category or action) or a resource.")
public record SearchHit(
        @Schema(description = "What was found.", enumeration = { "layer", "element", "category", "action", "resource" },
                examples = "category") String type,
        @Schema(description = "Stable id of the node or resource.") UUID id,
        @Schema(description = "Slug.", examples = "trust") String slug,
        @Schema(description = "Title of the hit (an action's text).", examples = "Trust") String title,
        @Schema(description = "Where the query matched, HTML-escaped, with matches wrapped in <mark>.",
                examples = "<mark>Trust</mark>") String snippet,
        @Schema(description = "Relevance: PostgreSQL ts_rank normalised by document length; higher is better.",
                examples = "0.6079") double score,
        @Schema(description = "Framework slug, for node hits.", examples = "e2e-relationships") String framework,
        @Schema(description = "Version the node was found in: the framework's latest published version.", examples = "1.0.0") String version,
        @Schema(description = "Breadcrumb path of a node hit.") List<Crumb> path,
        @Schema(description = "Root-relative link to the node or resource.") String self) {
}
