package org.e2e.framework;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The Framework Principles: an introduction and the five principles.")
public record PrinciplesView(
        @Schema(required = true, description = "Stable node id (UUID v5).") UUID id,
        @Schema(required = true, description = "Slug.", examples = "principles") String slug,
        @Schema(required = true, description = "Title.", examples = "Framework Principles") String title,
        @Schema(description = "Introduction; absent when there is none.") String introduction,
        @Schema(required = true, description = "Root-relative link to the principles.", examples = "/api/v1/frameworks/e2e-relationships/principles?version=1.0.0") String self,
        @Schema(required = true, description = "The principles, in order.") List<PrincipleView> items) {

    @Schema(description = "One Framework Principle.")
    public record PrincipleView(
            @Schema(required = true, description = "Stable node id (UUID v5).") UUID id,
            @Schema(required = true, description = "Slug.", examples = "actionable") String slug,
            @Schema(required = true, description = "Name of the principle.", examples = "Actionable") String title,
            @Schema(required = true, description = "What the principle asks.", examples = "Actionable recommendations in the form of measures, activities, and other concrete resources.") String text,
            @Schema(required = true, description = "1-based position.", examples = "1") int position,
            @Schema(required = true, description = "Root-relative link to the principle node.") String self) {
    }
}
