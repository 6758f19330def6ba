package org.e2e.search;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of search hits, best first.")
public record SearchPage(
        @Schema(required = true, description = "The query as searched.", examples = "trust") String query,
        @Schema(required = true, description = "The types searched.", examples = "[\"layer\", \"element\", \"category\", \"action\", \"resource\"]") List<String> types,
        @Schema(required = true, description = "1-based page number.", examples = "1") int page,
        @Schema(required = true, description = "Page size.", examples = "10") int size,
        @Schema(required = true, description = "Number of hits.", examples = "9") long totalItems,
        @Schema(required = true, description = "Number of pages.", examples = "1") int totalPages,
        @Schema(required = true, description = "The hits on this page, best first.") List<SearchHit> items) {
}
