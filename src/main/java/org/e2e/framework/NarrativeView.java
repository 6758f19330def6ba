package org.e2e.framework;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A research narrative. The text keeps its superscript citation markers (such as ⁷); "
        + "'citations' lists their numbers in order of appearance.")
public record NarrativeView(
        @Schema(required = true, description = "Stable node id (UUID v5).") UUID id,
        @Schema(required = true, description = "Slug.", examples = "research") String slug,
        @Schema(required = true, description = "The narrative, verbatim, with its citation markers.") String text,
        @Schema(required = true, description = "The citation numbers that the markers in the text carry.", examples = "[7, 8, 9]") List<Integer> citations,
        @Schema(required = true, description = "Root-relative link to the narrative node.") String self) {
}
