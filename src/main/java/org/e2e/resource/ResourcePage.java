package org.e2e.resource;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of resources.")
public record ResourcePage(
        @Schema(required = true, description = "1-based page number.", examples = "1") int page,
        @Schema(required = true, description = "Page size.", examples = "20") int size,
        @Schema(required = true, description = "Number of resources that match the filters.", examples = "4") long totalItems,
        @Schema(required = true, description = "Number of pages.", examples = "1") int totalPages,
        @Schema(required = true, description = "The resources on this page, in the requested order.") List<ResourceSummary> items) {
}
