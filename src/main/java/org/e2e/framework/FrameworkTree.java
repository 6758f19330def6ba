package org.e2e.framework;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The whole framework at one version: its four layers with their elements, categories, "
        + "recommended actions, quotes and research narratives, and the principles, outcomes and references.")
public record FrameworkTree(
        @Schema(description = "Stable framework id (UUID v5).") UUID id,
        @Schema(description = "Framework slug.", examples = "e2e-relationships") String slug,
        @Schema(description = "Title.", examples = "The Educator-to-Educator Relationships Framework") String title,
        @Schema(description = "Short title.", examples = "E2R Framework") String shortTitle,
        @Schema(description = "Summary.") String summary,
        @Schema(description = "BCP 47 language tag of the content.", examples = "en") String language,
        @Schema(description = "The version this tree is.") VersionInfo version,
        @Schema(description = "Roots, Soil, Bedrock and Environment, in order.") List<LayerView> layers,
        @Schema(description = "The Framework Principles.") PrinciplesView principles,
        @Schema(description = "The Positive Outcomes.") OutcomesView outcomes,
        @Schema(description = "The reference list that the citation numbers point into.") ReferencesView references,
        @Schema(description = "Root-relative link to this version of the tree.", examples = "/api/v1/frameworks/e2e-relationships/versions/1.0.0") String self) {
}
