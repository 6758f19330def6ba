package org.e2e.resource;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rubric: criteria, each described at progressive levels. */
@Schema(description = "A rubric: criteria, each described at three progressive levels.")
public record Rubric(
        @Schema(required = true, description = "True when the level names are editorial because the source names no levels.") boolean levelNamesEditorial,
        @Schema(required = true, description = "The criteria, in order.") List<Criterion> criteria) {

    @Schema(name = "RubricCriterion", description = "One criterion (practice component) of a rubric.")
    public record Criterion(
            @Schema(required = true, description = "1-based position.", examples = "2") int position,
            @Schema(required = true, description = "Slug, unique within the rubric.", examples = "supporting-staff-trust-and-belonging") String slug,
            @Schema(required = true, description = "Title, verbatim.", examples = "Supporting Staff Trust and Belonging") String title,
            @Schema(required = true, description = "The levels, from the first to the most developed.") List<Level> levels) {
    }

    @Schema(name = "RubricLevel", description = "One level of a criterion.")
    public record Level(
            @Schema(required = true, description = "1-based position; higher is more developed.", examples = "1") int position,
            @Schema(required = true, description = "Level name (editorial when levelNamesEditorial is true).", examples = "Level 1") String name,
            @Schema(required = true, description = "The level's description, verbatim, one string per paragraph.") List<String> paragraphs) {
    }
}
