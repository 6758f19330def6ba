package org.e2e.search;

import java.util.List;
import java.util.UUID;

import org.e2e.framework.Crumb;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One search hit: a framework node (layer, element, category or action) or a resource.")
public record SearchHit(
        @Schema(required = true, description = "What was found.", enumeration = { "layer", "element", "category", "action", "resource" },
                examples = "category") String type,
        @Schema(required = true, description = "Stable id of the node or resource.") UUID id,
        @Schema(required = true, description = "Slug.", examples = "trust") String slug,
        @Schema(required = true, description = "Title of the hit (an action's text).", examples = "Trust") String title,
        @Schema(required = true, description = "The best passages of the text for the query (up to two, joined by \" … \"), HTML-escaped, with every matched word wrapped in <mark>.",
                examples = "<mark>Trust</mark>") String snippet,
        @Schema(required = true, description = "Relevance (BM25: title above summary above body; exact words above near misses and word beginnings); "
                + "higher is better, comparable within one search only.", examples = "7.8421") double score,
        @Schema(description = "Framework slug of a node hit; absent for a resource hit.", examples = "e2e-relationships") String framework,
        @Schema(description = "Version a node hit was found in (the framework's latest published version); absent for a resource hit.", examples = "1.0.0") String version,
        @Schema(required = true, description = "Breadcrumb path of a node hit, from its layer down to the node; empty for a resource hit.") List<Crumb> path,
        @Schema(required = true, description = "Root-relative link to the node or resource.") String self) {
}
