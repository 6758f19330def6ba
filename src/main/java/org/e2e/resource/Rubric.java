package org.e2e.resource;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.e2e.content.ContentPackage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rubric: criteria, each described at progressive levels, with the editorial links that support each criterion. */
@Schema(description = "A rubric: criteria, each described at three progressive levels.")
public record Rubric(
        @Schema(required = true, description = "True when the level names are editorial because the source names no levels.") boolean levelNamesEditorial,
        @Schema(required = true, description = "The criteria, in order.", maxItems = 50)
        @NotNull(message = "is required") @Size(min = 1, message = "must list at least one criterion")
        List<@NotNull @Valid Criterion> criteria) {

    @Schema(name = "RubricCriterion", description = "One criterion (practice component) of a rubric.")
    public record Criterion(
            @Schema(required = true, description = "1-based position.", examples = "2") int position,
            @Schema(required = true, description = "Slug, unique within the rubric.", examples = "supporting-staff-trust-and-belonging")
            @NotNull(message = "is required") @Pattern(regexp = ResourcePackage.SLUG, message = "must be a slug")
            @Size(max = ContentPackage.MAX_SLUG_LENGTH, message = "must be at most {max} characters long") String slug,
            @Schema(required = true, description = "Title, verbatim.", examples = "Supporting Staff Trust and Belonging")
            @NotBlank(message = "is required") String title,
            @Schema(required = true, description = "The levels, from the first to the most developed.", maxItems = 10)
            @NotNull(message = "is required") @Size(min = 1, message = "must list at least one level")
            List<@NotNull @Valid Level> levels,
            @Schema(description = "Editorial links: the framework nodes (categories, elements, actions) that support the "
                    + "criterion, by stable node id once saved. Each must exist in the latest published version of its framework. "
                    + "Absent when there are none.", maxItems = 50, uniqueItems = true)
            List<ResourcePackage.@NotNull @Valid NodeRef> supports,
            @Schema(description = "Editorial links: slugs of the library's published resources that support the criterion. Absent when "
                    + "there are none.",
                    examples = "[\"how-to-build-a-teacher-alliance\"]", maxItems = 50, uniqueItems = true)
            List<@NotNull @Pattern(regexp = ResourcePackage.SLUG, message = "must be a resource slug") String> supportingResources) {

        public List<ResourcePackage.NodeRef> supportsOrEmpty() {
            return supports == null ? List.of() : supports;
        }

        public List<String> supportingResourcesOrEmpty() {
            return supportingResources == null ? List.of() : supportingResources;
        }
    }

    @Schema(name = "RubricLevel", description = "One level of a criterion.")
    public record Level(
            @Schema(required = true, description = "1-based position; higher is more developed.", examples = "1") int position,
            @Schema(required = true, description = "Level name (editorial when levelNamesEditorial is true).", examples = "Level 1")
            @NotBlank(message = "is required") String name,
            @Schema(required = true, description = "The level's description, verbatim, one string per paragraph.", maxItems = 20)
            @NotNull(message = "is required") @Size(min = 1, message = "must have at least one paragraph")
            List<@NotNull String> paragraphs) {
    }
}
