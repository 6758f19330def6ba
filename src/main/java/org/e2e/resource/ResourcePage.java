package org.e2e.resource;

import java.util.List;
import java.util.Map;

import org.e2e.discovery.DidYouMean;
import org.e2e.discovery.FacetCount;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of resources.")
public record ResourcePage(
        @Schema(required = true, description = "1-based page number.", examples = "1") int page,
        @Schema(required = true, description = "Page size.", examples = "20") int size,
        @Schema(required = true, description = "Number of resources that match the filters.", examples = "4") long totalItems,
        @Schema(required = true, description = "Number of pages.", examples = "1") int totalPages,
        @Schema(required = true, description = "The resources on this page, in the requested order.") List<ResourceSummary> items,
        @Schema(description = "Facet counts, present when asked for with `facets`: by facet (audience, type, layer, "
                + "element, tag), its values with the number of resources each has for the query and the other filters "
                + "(a facet's own filter left out). Audience and type list every value, the others those with resources.")
        Map<String, List<FacetCount>> facets,
        @Schema(description = "\"Did you mean\": present when some words of `q` are in no resource and a corrected query finds more.")
        DidYouMean suggestion) {
}
