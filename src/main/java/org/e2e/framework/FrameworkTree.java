package org.e2e.framework;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The whole framework at one version: its four layers with their elements, categories, "
        + "recommended actions, quotes and research narratives, and the principles, outcomes and references. A draft, "
        + "which only editors read, may lack a content field that publishing requires (such as a title) until it "
        + "passes the publish checks; published and deprecated versions have them all.")
public record FrameworkTree(
        @Schema(required = true, description = "Stable framework id (UUID v5).") UUID id,
        @Schema(required = true, description = "Framework slug.", examples = "e2e-relationships") String slug,
        @Schema(required = true, description = "Title.", examples = "The Educator-to-Educator Relationships Framework") String title,
        @Schema(description = "Short title; absent when the framework has none.", examples = "E2R Framework") String shortTitle,
        @Schema(required = true, description = "Summary.") String summary,
        @Schema(required = true, description = "BCP 47 language tag of the content.", examples = "en") String language,
        @Schema(required = true, description = "The version this tree is.") VersionInfo version,
        @Schema(required = true, description = "Roots, Soil, Bedrock and Environment, in order.") List<LayerView> layers,
        @Schema(description = "The Framework Principles; absent when the version has none.") PrinciplesView principles,
        @Schema(description = "The Positive Outcomes; absent when the version has none.") OutcomesView outcomes,
        @Schema(description = "The reference list that the citation numbers point into; absent when the version has none.") ReferencesView references,
        @Schema(required = true, description = "Root-relative link to this version of the tree.", examples = "/api/v1/frameworks/e2e-relationships/versions/1.0.0") String self) {
}
