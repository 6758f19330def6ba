package org.e2e.framework;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A category of an element, such as Trust: an educator quote, the recommended actions and the research narrative.")
public record CategoryView(
        @Schema(description = "Stable node id (UUID v5).") UUID id,
        @Schema(description = "Slug.", examples = "trust") String slug,
        @Schema(description = "Title.", examples = "Trust") String title,
        @Schema(description = "1-based position within the element.", examples = "3") int position,
        @Schema(description = "Root-relative link to the category node.") String self,
        @Schema(description = "The educator quote that opens the category.") QuoteView quote,
        @Schema(description = "The recommended actions, in order.") List<ActionView> actions,
        @Schema(description = "The research narrative.") NarrativeView narrative) {
}
