package org.e2e.search;

import java.util.List;
import java.util.Map;

import org.e2e.discovery.DidYouMean;
import org.e2e.discovery.FacetCount;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of search hits, best first.")
public record SearchPage(
        @Schema(required = true, description = "The query as searched.", examples = "trust") String query,
        @Schema(required = true, description = "The types searched.", examples = "[\"layer\", \"element\", \"category\", \"action\", \"resource\"]") List<String> types,
        @Schema(required = true, description = "1-based page number.", examples = "1") int page,
        @Schema(required = true, description = "Page size.", examples = "10") int size,
        @Schema(required = true, description = "Number of hits.", examples = "9") long totalItems,
        @Schema(required = true, description = "Number of pages.", examples = "1") int totalPages,
        @Schema(required = true, description = "The hits on this page, best first.") List<SearchHit> items,
        @Schema(description = "\"Did you mean\": present when some words of the query are in no text and a corrected query finds more.")
        DidYouMean suggestion,
        @Schema(description = "Facet counts, present when asked for with `facets`: by facet (type, framework), its values "
                + "with the number of hits each has for this query and the other filters.")
        Map<String, List<FacetCount>> facets) {
}
