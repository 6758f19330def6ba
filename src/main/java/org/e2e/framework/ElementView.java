package org.e2e.framework;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An element of a layer, such as Beliefs, with its categories. Elements the sources only "
        + "name have a description and an empty category list.")
public record ElementView(
        @Schema(required = true, description = "Stable node id (UUID v5).") UUID id,
        @Schema(required = true, description = "Slug, unique within the framework.", examples = "beliefs") String slug,
        @Schema(required = true, description = "Title.", examples = "Beliefs") String title,
        @Schema(required = true, description = "Description.") String description,
        @Schema(required = true, description = "1-based position within the layer.", examples = "2") int position,
        @Schema(required = true, description = "Root-relative link to the element.", examples = "/api/v1/frameworks/e2e-relationships/elements/beliefs?version=1.0.0") String self,
        @Schema(required = true, description = "The element's categories, in order; empty where the sources give none.") List<CategoryView> categories) {
}
