package org.e2e.framework;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of the flat list of recommended actions.")
public record ActionPage(
        @Schema(required = true, description = "Framework slug.", examples = "e2e-relationships") String framework,
        @Schema(required = true, description = "The version served.", examples = "1.0.0") String version,
        @Schema(required = true, description = "1-based page number.", examples = "1") int page,
        @Schema(required = true, description = "Page size.", examples = "20") int size,
        @Schema(required = true, description = "Number of actions that match the filters.", examples = "18") long totalItems,
        @Schema(required = true, description = "Number of pages.", examples = "1") int totalPages,
        @Schema(required = true, description = "The actions on this page, in framework order.") List<ActionItem> items) {

    @Schema(description = "A recommended action with its path through the framework.")
    public record ActionItem(
            @Schema(required = true, description = "Stable node id (UUID v5).") UUID id,
            @Schema(required = true, description = "Slug, unique within its category.", examples = "be-reliable") String slug,
            @Schema(required = true, description = "The action, verbatim.", examples = "Be reliable: Tell your colleagues what you are going to do, then do it.") String text,
            @Schema(required = true, description = "1-based position within its category.", examples = "9") int position,
            @Schema(required = true, description = "Breadcrumb path: layer, element, category.") List<Crumb> path,
            @Schema(required = true, description = "Root-relative link to the action node.") String self) {
    }
}
