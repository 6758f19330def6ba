package org.e2e.framework;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A quote with its attribution. The text is verbatim without its enclosing quotation marks.")
public record QuoteView(
        @Schema(description = "Stable node id (UUID v5).") UUID id,
        @Schema(description = "Slug.", examples = "quote") String slug,
        @Schema(description = "The quoted words.") String text,
        @Schema(description = "Who said it.", examples = "An educator") String attribution,
        @Schema(description = "The context the source gives for the quote.", examples = "discussing the importance of trust") String context,
        @Schema(description = "Reference numbers cited by the quote.") List<Integer> citations,
        @Schema(description = "Root-relative link to the quote node.") String self) {
}
