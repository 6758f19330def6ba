package org.e2e.framework;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A quote with its attribution. The text is verbatim without its enclosing quotation marks.")
public record QuoteView(
        @Schema(required = true, description = "Stable node id (UUID v5).") UUID id,
        @Schema(required = true, description = "Slug.", examples = "quote") String slug,
        @Schema(required = true, description = "The quoted words.") String text,
        @Schema(required = true, description = "Who said it.", examples = "An educator") String attribution,
        @Schema(description = "The context the source gives for the quote; absent when it gives none.", examples = "discussing the importance of trust") String context,
        @Schema(required = true, description = "Reference numbers cited by the quote.") List<Integer> citations,
        @Schema(required = true, description = "Root-relative link to the quote node.") String self) {
}
