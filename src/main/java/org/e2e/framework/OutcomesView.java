package org.e2e.framework;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The Positive Outcomes: an introduction, a quote and the outcomes.")
public record OutcomesView(
        @Schema(required = true, description = "Stable node id (UUID v5).") UUID id,
        @Schema(required = true, description = "Slug.", examples = "outcomes") String slug,
        @Schema(required = true, description = "Title.", examples = "Positive Outcomes") String title,
        @Schema(description = "Introduction, paragraphs separated by a blank line; absent when there is none.") String introduction,
        @Schema(description = "The quote the introduction leads into; absent when there is none.") QuoteView quote,
        @Schema(required = true, description = "Root-relative link to the outcomes.", examples = "/api/v1/frameworks/e2e-relationships/outcomes?version=1.0.0") String self,
        @Schema(required = true, description = "The outcomes, in order.") List<OutcomeView> items) {

    @Schema(description = "One positive outcome. The first outcome has no title in the sources.")
    public record OutcomeView(
            @Schema(required = true, description = "Stable node id (UUID v5).") UUID id,
            @Schema(required = true, description = "Slug.", examples = "mental-wellness") String slug,
            @Schema(description = "Title, when the sources give one.", examples = "Mental Wellness") String title,
            @Schema(required = true, description = "Text, verbatim, with its citation markers.") String text,
            @Schema(required = true, description = "The citation numbers that the markers in the text carry.", examples = "[5]") List<Integer> citations,
            @Schema(required = true, description = "1-based position.", examples = "2") int position,
            @Schema(required = true, description = "Root-relative link to the outcome node.") String self) {
    }
}
