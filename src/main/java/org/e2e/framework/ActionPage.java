package org.e2e.framework;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of the flat list of recommended actions.")
public record ActionPage(
        @Schema(description = "Framework slug.", examples = "e2e-relationships") String framework,
        @Schema(description = "The version served.", examples = "1.0.0") String version,
        @Schema(description = "1-based page number.", examples = "1") int page,
        @Schema(description = "Page size.", examples = "20") int size,
        @Schema(description = "Number of actions that match the filters.", examples = "18") long totalItems,
        @Schema(description = "Number of pages.", examples = "1") int totalPages,
        @Schema(description = "The actions on this page, in framework order.") List<ActionItem> items) {

    @Schema(description = "A recommended action with its path through the framework.")
    public record ActionItem(
            @Schema(description = "Stable node id (UUID v5).") UUID id,
            @Schema(description = "Slug, unique within its category.", examples = "be-reliable") String slug,
            @Schema(description = "The action, verbatim.", examples = "Be reliable: Tell your colleagues what you are going to do, then do it.") String text,
            @Schema(description = "1-based position within its category.", examples = "9") int position,
            @Schema(description = "Breadcrumb path: layer, element, category.") List<Crumb> path,
            @Schema(description = "Root-relative link to the action node.") String self) {
    }
}
