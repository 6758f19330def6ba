package org.e2e.framework;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A category of an element, such as Trust: an educator quote, the recommended actions and the research narrative.")
public record CategoryView(
        @Schema(required = true, description = "Stable node id (UUID v5).") UUID id,
        @Schema(required = true, description = "Slug.", examples = "trust") String slug,
        @Schema(required = true, description = "Title.", examples = "Trust") String title,
        @Schema(required = true, description = "1-based position within the element.", examples = "3") int position,
        @Schema(required = true, description = "Root-relative link to the category node.") String self,
        @Schema(description = "The educator quote that opens the category; absent when the sources give none.") QuoteView quote,
        @Schema(required = true, description = "The recommended actions, in order.") List<ActionView> actions,
        @Schema(description = "The research narrative; absent when the sources give none.") NarrativeView narrative) {
}
