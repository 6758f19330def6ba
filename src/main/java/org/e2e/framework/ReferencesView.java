package org.e2e.framework;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The reference list of the framework overview, numbered as its citation markers are.")
public record ReferencesView(
        @Schema(required = true, description = "Stable node id (UUID v5).") UUID id,
        @Schema(required = true, description = "Slug.", examples = "references") String slug,
        @Schema(required = true, description = "Title.", examples = "References") String title,
        @Schema(required = true, description = "Root-relative link to the references.", examples = "/api/v1/frameworks/e2e-relationships/references?version=1.0.0") String self,
        @Schema(required = true, description = "The references, in order of their numbers.") List<ReferenceView> items) {

    @Schema(description = "One reference (citation).")
    public record ReferenceView(
            @Schema(required = true, description = "Stable node id (UUID v5).") UUID id,
            @Schema(required = true, description = "Slug.", examples = "reference-3") String slug,
            @Schema(required = true, description = "The number that citation markers use.", examples = "3") int number,
            @Schema(required = true, description = "The citation, verbatim.", examples = "Barth, 2003") String text,
            @Schema(required = true, description = "1-based position.", examples = "3") int position,
            @Schema(required = true, description = "Root-relative link to the reference node.") String self) {
    }
}
