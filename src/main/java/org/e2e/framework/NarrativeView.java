package org.e2e.framework;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A research narrative. The text keeps its superscript citation markers (such as ⁷); "
        + "'citations' lists their numbers in order of appearance.")
public record NarrativeView(
        @Schema(description = "Stable node id (UUID v5).") UUID id,
        @Schema(description = "Slug.", examples = "research") String slug,
        @Schema(description = "The narrative, verbatim, with its citation markers.") String text,
        @Schema(description = "The citation numbers that the markers in the text carry.", examples = "[7, 8, 9]") List<Integer> citations,
        @Schema(description = "Root-relative link to the narrative node.") String self) {
}
