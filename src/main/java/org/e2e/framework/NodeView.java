package org.e2e.framework;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Any single node of a version, flat: which fields are present depends on its type. "
        + "A layer has title, subtitle, summary, metaphor and description; an element title and description; a "
        + "category title; an action text; a quote text, attribution and context; a narrative text and citations; "
        + "a reference number and text.")
public record NodeView(
        @Schema(required = true, description = "Stable node id (UUID v5), the same in every version.") UUID id,
        @Schema(required = true, description = "Node type.", examples = "action") NodeType type,
        @Schema(required = true, description = "Slug, unique among siblings of the same type.", examples = "be-reliable") String slug,
        @Schema(description = "Id of the parent node; absent for layers and sections.") UUID parentId,
        @Schema(required = true, description = "1-based position among siblings of the same type.", examples = "9") int position,
        String title,
        String subtitle,
        String summary,
        String metaphor,
        String description,
        @Schema(description = "Verbatim text of an action, quote, narrative, principle, outcome or reference.") String text,
        @Schema(description = "Who said a quote.") String attribution,
        @Schema(description = "Context of a quote.") String context,
        @Schema(description = "Number of a reference.") Integer number,
        @Schema(required = true, description = "Citation numbers in the text.") List<Integer> citations,
        @Schema(required = true, description = "Breadcrumb path from the top of the tree down to this node.") List<Crumb> path,
        @Schema(required = true, description = "Root-relative link to this node.") String self) {
}
