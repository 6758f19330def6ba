package org.e2e.framework;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A layer of the framework (Roots, Soil, Bedrock or Environment) with its elements.")
public record LayerView(
        @Schema(required = true, description = "Stable node id (UUID v5).") UUID id,
        @Schema(required = true, description = "Slug.", examples = "roots") String slug,
        @Schema(required = true, description = "Title.", examples = "Roots") String title,
        @Schema(required = true, description = "Subtitle.", examples = "Educator-to-educator relationships") String subtitle,
        @Schema(required = true, description = "The one-sentence definition that opens the layer's description.", examples = "The critical elements of strong and healthy educator-to-educator relationships.") String summary,
        @Schema(required = true, description = "The sentence of the description that carries the layer's metaphor.", examples = "Like roots, these relationships provide connection, stability, encouragement, guidance, and opportunities for everyone to thrive.") String metaphor,
        @Schema(required = true, description = "The full description.") String description,
        @Schema(required = true, description = "1-based position among the layers.", examples = "1") int position,
        @Schema(required = true, description = "Root-relative link to the layer.", examples = "/api/v1/frameworks/e2e-relationships/layers/roots?version=1.0.0") String self,
        @Schema(required = true, description = "The layer's elements, in order.") List<ElementView> elements) {
}
